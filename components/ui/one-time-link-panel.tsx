"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A link shown once, because it could not be mailed (an invitation, a password reset): it is not
 * stored anywhere, and a reload loses it on purpose. Focus goes to the link, selected, so it is
 * announced and can be copied at once with the keyboard; with `copy` labels a Copy button is added.
 * The link reads left to right in every language.
 */
export function OneTimeLinkPanel({
  id,
  testId,
  link,
  labels,
  copy,
}: {
  /** The input's id; the note takes `${id}-note`. */
  id: string;
  /** The panel's test id; the input takes the same one without `-panel`. */
  testId: `${string}-panel`;
  link: string;
  /** Already in the reader's language; `mailFailed` only when the mail was tried and failed. */
  labels: { label: string; note: string; mailFailed?: string };
  copy?: { label: string; copied: string; failed: string };
}) {
  const linkRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    linkRef.current?.focus();
    linkRef.current?.select();
  }, [link]);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  const input = (
    <input
      ref={linkRef}
      id={id}
      type="text"
      readOnly
      dir="ltr"
      value={link}
      aria-describedby={`${id}-note`}
      onFocus={(e) => e.currentTarget.select()}
      className={`${copy ? "min-w-0 flex-1" : "w-full"} rounded border border-line bg-white px-3 py-2 font-mono text-sm`}
      data-testid={testId.slice(0, -"-panel".length)}
    />
  );
  return (
    <div className="space-y-2 rounded border border-brand bg-surface p-3" data-testid={testId}>
      {labels.mailFailed && <p className="text-danger">{labels.mailFailed}</p>}
      <label htmlFor={id} className="block font-medium">
        {labels.label}
      </label>
      {copy ? (
        <div className="flex flex-wrap gap-2">
          {input}
          <button type="button" onClick={() => void copyLink()} className="rounded border border-brand px-3 py-2 text-brand hover:bg-brand hover:text-white">
            {copy.label}
          </button>
        </div>
      ) : (
        input
      )}
      <p id={`${id}-note`} className="text-sm text-muted">
        {labels.note}
      </p>
      {copy && (
        <p role="status" className="text-sm">
          {copyState === "copied" ? copy.copied : copyState === "failed" ? copy.failed : ""}
        </p>
      )}
    </div>
  );
}
