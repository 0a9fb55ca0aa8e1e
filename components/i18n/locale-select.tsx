"use client";

import { useRef, useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/config";

// Keys with which a closed native <select> changes its value at once (Chrome fires `change` on
// each; so does type-ahead). A language is applied only when chosen, not on every step: after these keys the choice
// waits for Enter or for focus to leave (WCAG 3.2.2, no change of context while still choosing).
const noSubscription = () => () => {};

const STEP_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/**
 * The language menu of LanguageSwitcher. With JavaScript, a choice by pointer (or Enter in the open
 * list) applies at once; arrow-key steps apply on Enter or when leaving the menu. The form's
 * "Change" button stays for browsers without JavaScript; with it, the button is visually hidden
 * but shows when it takes focus, so that a keyboard user still finds it.
 */
export function LocaleSelect({ current, options, label, apply }: { current: Locale; options: { value: Locale; name: string }[]; label: string; apply: string }) {
  // False in the server's HTML, true once hydrated: the button hides only where this script runs.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const stepping = useRef(false);

  function submit(select: HTMLSelectElement) {
    stepping.current = false;
    if (select.value !== current) select.form?.requestSubmit();
  }

  return (
    <>
      <label htmlFor="locale-select" className="sr-only">
        {label}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={current}
        className="rounded border border-line bg-white px-2 py-1 text-sm"
        onKeyDown={(event) => {
          // Type-ahead ("F" for Français) steps too: the menu moves to the first match.
          if (STEP_KEYS.has(event.key) || event.key.length === 1) stepping.current = true;
          else if (event.key === "Enter") {
            event.preventDefault();
            submit(event.currentTarget);
          }
        }}
        onChange={(event) => {
          if (!stepping.current) submit(event.currentTarget);
        }}
        onBlur={(event) => {
          if (stepping.current) submit(event.currentTarget);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className={`${scripted ? "sr-only focus:not-sr-only " : ""}rounded border border-brand px-2 py-1 text-sm text-brand hover:bg-brand hover:text-white`}
        data-testid="language-apply"
      >
        {apply}
      </button>
    </>
  );
}
