import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/actions";

// A plain form: works without JavaScript, on any connection. No change-on-select (WCAG 3.2.2).
export async function LanguageSwitcher() {
  const t = await getTranslations("language");
  const locale = await getLocale();
  return (
    <form action={setLocaleAction} className="flex items-center gap-2" data-testid="language-switcher">
      <label htmlFor="locale-select" className="sr-only">
        {t("label")}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        className="rounded border border-line bg-white px-2 py-1 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-brand px-2 py-1 text-sm text-brand hover:bg-brand hover:text-white">
        {t("apply")}
      </button>
    </form>
  );
}
