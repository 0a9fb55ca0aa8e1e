import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LocaleSelect } from "./locale-select";

// A plain form that works without JavaScript (choose, then "Change"); with JavaScript the choice
// applies by itself (see LocaleSelect for the keyboard).
export async function LanguageSwitcher() {
  const t = await getTranslations("language");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  return (
    <form action={setLocaleAction} className="flex items-center gap-2" data-testid="language-switcher">
      <LocaleSelect current={locale} options={LOCALES.map((l) => ({ value: l, name: LOCALE_NAMES[l] }))} label={t("label")} apply={t("apply")} />
    </form>
  );
}
