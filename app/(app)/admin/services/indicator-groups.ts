import { localize, type Locale } from "@/lib/i18n/config";
import type { IndicatorChoices } from "@/lib/services/service";
import type { IndicatorGroup } from "@/components/admin/service-form";

/** The published framework's indicators, by pillar, in the reader's language, for the form's checkboxes. */
export function indicatorGroupsOf(choices: IndicatorChoices, locale: Locale): IndicatorGroup[] {
  return choices.pillars.map((p) => ({
    code: p.code,
    name: localize(p.name, locale).text,
    indicators: p.indicators.map((i) => ({ code: i.code, title: localize(i.title, locale).text })),
  }));
}
