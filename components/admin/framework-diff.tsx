import { getTranslations } from "next-intl/server";
import type { FrameworkDiff, IndicatorField } from "@/lib/frameworks/diff";
import { LOCALE_NAMES } from "@/lib/i18n/config";

/** The translation key of a changed field (next-intl keys cannot hold the dots of `articles.budapest`). */
function fieldKey(field: IndicatorField | "name" | "description" | "position"): string {
  if (field === "articles.unCybercrime") return "articlesUnCybercrime";
  if (field === "articles.budapest") return "articlesBudapest";
  return field;
}

/**
 * A draft's differences from the published version, as two tables: pillars and indicators added,
 * removed and changed (with the fields, the languages whose wording changed, and whether only the
 * wording did). Everything is said in words; no colour carries meaning alone.
 */
export async function FrameworkDiffView({ diff, base }: { diff: FrameworkDiff; base: string }) {
  const t = await getTranslations("admin.frameworks.diff");
  const fields = (list: readonly (IndicatorField | "name" | "description" | "position")[]) => (list.length > 0 ? list.map((f) => t(`fieldNames.${fieldKey(f)}`)).join(", ") : t("none"));
  const cell = "border-b border-line px-3 py-2 text-start align-top";
  const pillarRows = [
    ...diff.pillars.added.map((code) => ({ code, change: t("added"), fields: t("none") })),
    ...diff.pillars.removed.map((code) => ({ code, change: t("removed"), fields: t("none") })),
    ...diff.pillars.changed.map((c) => ({ code: c.code, change: t("changed"), fields: fields(c.fields) })),
  ];
  const indicatorRows = [
    ...diff.indicators.added.map((i) => ({ ...i, change: t("added"), fields: t("none"), languages: [] as (keyof typeof LOCALE_NAMES)[], kind: t("structural") })),
    ...diff.indicators.removed.map((i) => ({ ...i, change: t("removed"), fields: t("none"), languages: [] as (keyof typeof LOCALE_NAMES)[], kind: t("structural") })),
    ...diff.indicators.changed.map((c) => ({ code: c.code, pillar: c.pillar, change: t("changed"), fields: fields(c.fields), languages: c.languages, kind: c.textOnly ? t("textOnly") : t("structural") })),
  ];
  return (
    <section aria-labelledby="framework-diff-heading" className="space-y-4" data-testid="framework-diff">
      <h2 id="framework-diff-heading" className="text-xl font-semibold">
        {t("heading", { label: base })}
      </h2>
      {diff.isEmpty && <p>{t("empty", { label: base })}</p>}
      {diff.versionFields.length > 0 && <p>{t("versionFields", { fields: fields(diff.versionFields) })}</p>}

      <h3 className="text-lg font-semibold">{t("pillarsHeading")}</h3>
      {pillarRows.length === 0 ? (
        <p className="text-muted">{t("noPillarChanges")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
          <table className="w-full border-collapse text-sm" data-testid="framework-diff-pillars">
            <caption className="sr-only">{t("pillarsCaption")}</caption>
            <thead>
              <tr className="bg-surface">
                <th scope="col" className={cell}>{t("code")}</th>
                <th scope="col" className={cell}>{t("change")}</th>
                <th scope="col" className={cell}>{t("fields")}</th>
              </tr>
            </thead>
            <tbody>
              {pillarRows.map((r) => (
                <tr key={r.code}>
                  <th scope="row" className={`${cell} font-mono font-normal`}>{r.code}</th>
                  <td className={cell}>{r.change}</td>
                  <td className={cell}>{r.fields}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 className="text-lg font-semibold">{t("indicatorsHeading")}</h3>
      {indicatorRows.length === 0 ? (
        <p className="text-muted">{t("noIndicatorChanges")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
          <table className="w-full border-collapse text-sm" data-testid="framework-diff-indicators">
            <caption className="sr-only">{t("indicatorsCaption")}</caption>
            <thead>
              <tr className="bg-surface">
                <th scope="col" className={cell}>{t("code")}</th>
                <th scope="col" className={cell}>{t("pillar")}</th>
                <th scope="col" className={cell}>{t("change")}</th>
                <th scope="col" className={cell}>{t("fields")}</th>
                <th scope="col" className={cell}>{t("languages")}</th>
                <th scope="col" className={cell}>{t("kind")}</th>
              </tr>
            </thead>
            <tbody>
              {indicatorRows.map((r) => (
                <tr key={r.code} data-testid="framework-diff-indicator" data-code={r.code}>
                  <th scope="row" className={`${cell} font-mono font-normal`}>{r.code}</th>
                  <td className={`${cell} font-mono`}>{r.pillar}</td>
                  <td className={cell}>{r.change}</td>
                  <td className={cell}>{r.fields}</td>
                  <td className={cell}>
                    {r.languages.length === 0
                      ? t("none")
                      : r.languages.map((l, i) => (
                          <span key={l}>
                            {i > 0 && ", "}
                            <span lang={l}>{LOCALE_NAMES[l]}</span>
                          </span>
                        ))}
                  </td>
                  <td className={cell}>{r.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
