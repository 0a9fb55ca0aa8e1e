"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/team/failure-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PrimaryButton } from "@/components/ui/primary-button";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";
import type { ActionResult } from "@/lib/team/action-result";

/** The preferred language; saved, it applies at once (the page is rendered again in it). */
export function LocaleForm({ current, save }: { current: Locale; save: (input: { locale: Locale }) => Promise<ActionResult<{ locale: string }>> }) {
  const t = useTranslations("account");
  const [locale, setLocale] = useState<Locale>(current);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await save({ locale });
      if (!result.ok) {
        setError(failureMessage(t, result));
        setPending(false);
        return;
      }
      // A full load: every part of the page, the header and the document's lang and dir included.
      window.location.reload();
    } catch {
      setError(t("errors.other"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-3" data-testid="locale-form">
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div>
        <label htmlFor="account-locale" className="mb-1 block font-medium">
          {t("language.label")}
        </label>
        <select id="account-locale" value={locale} onChange={(e) => setLocale(e.target.value as Locale)} className="rounded border border-line bg-white px-3 py-2">
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <PrimaryButton type="submit" pending={pending} fullWidth={false} label={t("language.submit")} pendingLabel={t("language.submitting")} />
    </form>
  );
}
