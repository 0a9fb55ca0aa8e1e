import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export type IndicatorState = "answered" | "notApplicable" | "dontKnow" | "unanswered";

export interface IndexEntry {
  code: string;
  title: string;
  state: IndicatorState;
}

export interface PillarLink {
  href: string;
  name: string;
}

const TONE: Record<IndicatorState, string> = {
  answered: "bg-green-100 text-green-900",
  notApplicable: "bg-slate-100 text-slate-800",
  dontKnow: "bg-amber-100 text-amber-900",
  unanswered: "bg-white text-ink border border-line",
};

/** The state of an answer as the index shows it ("don't know" counts as unanswered for submission). */
export function stateOf(kind: string | null | undefined): IndicatorState {
  if (kind === "LEVEL") return "answered";
  if (kind === "NOT_APPLICABLE") return "notApplicable";
  if (kind === "DONT_KNOW") return "dontKnow";
  return "unanswered";
}

/**
 * The pillar's indicators with their state when the page was loaded, each an anchor to its card,
 * and the previous and next pillars. A server component: it costs the browser no script.
 */
export async function PillarIndex({ entries, mine }: { entries: IndexEntry[]; mine: boolean | null }) {
  const t = await getTranslations("pillarIndex");
  return (
    <nav aria-labelledby="pillar-index-h" className="space-y-2 rounded-lg border border-line bg-white p-3 text-sm" data-testid="pillar-index">
      <h2 id="pillar-index-h" className="font-semibold">{t("title")}</h2>
      {mine !== null && <p className="text-muted">{mine ? t("mine") : t("notMine")}</p>}
      <ol className="space-y-1">
        {entries.map((e) => (
          <li key={e.code} className="flex flex-wrap items-baseline gap-2">
            <a href={`#${e.code}`} className="font-medium text-brand underline">{e.code}</a>
            <span className="min-w-0 flex-1">{e.title}</span>
            <span className={`rounded px-1.5 text-xs ${TONE[e.state]}`} data-testid={`index-state-${e.code}`} data-state={e.state}>{t(`state.${e.state}`)}</span>
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted">{t("asLoaded")}</p>
    </nav>
  );
}

/**
 * Previous and next pillar, in the framework's order. Shown above and below the questionnaire;
 * only the first is a navigation landmark (two landmarks with one name would confuse).
 */
export async function PillarPager({ previous, next, landmark = true }: { previous: PillarLink | null; next: PillarLink | null; landmark?: boolean }) {
  const t = await getTranslations("pillarIndex");
  if (!previous && !next) return null;
  const Wrapper = landmark ? "nav" : "div";
  return (
    <Wrapper aria-label={landmark ? t("pager") : undefined} className="flex flex-wrap justify-between gap-3 text-sm" data-testid="pillar-pager">
      {previous ? (
        <Link href={previous.href} rel="prev" className="text-brand underline">
          <span aria-hidden="true" className="inline-block rtl:rotate-180">←</span> {t("previous", { name: previous.name })}
        </Link>
      ) : <span />}
      {next ? (
        <Link href={next.href} rel="next" className="text-brand underline">
          {t("next", { name: next.name })} <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
        </Link>
      ) : <span />}
    </Wrapper>
  );
}
