import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/authz";
import type { RoundStatus } from "@/lib/generated/prisma/enums";
import { localize, type Locale } from "@/lib/i18n/config";
import { listIndicatorsToRevisit, mayHaveIndicatorsToRevisit } from "@/lib/review/service";

/**
 * The indicators a reviewer asked the country to revisit, while the round is back with it: on the
 * round page (all of them) and on a pillar's questionnaire (that pillar's). Nothing when there are none.
 */
export async function RevisitList({ actor, round, locale, pillarCode }: { actor: Actor; round: { id: string; status: RoundStatus }; locale: Locale; pillarCode?: string }) {
  // The page has the round's status already: no second read of the round when it cannot have any
  // (the service still checks the reader when it reads them).
  if (!mayHaveIndicatorsToRevisit(round.status)) return null;
  const all = await listIndicatorsToRevisit(actor, round.id);
  const items = pillarCode ? all.filter((i) => i.pillarCode === pillarCode) : all;
  if (items.length === 0) return null;
  const t = await getTranslations("review.revisit");
  return (
    <section aria-labelledby="revisit-h" className="space-y-2 rounded-lg border-s-4 border-amber-600 bg-amber-50 p-4" data-testid="revisit-list">
      <h2 id="revisit-h" className="text-lg font-semibold">
        {t("title")} ({items.length})
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <ul className="list-disc space-y-1 ps-6 text-sm">
        {items.map((i) => (
          <li key={i.code}>
            <Link href={`/rounds/${round.id}/pillars/${i.pillarCode}#${i.code}`} className="text-brand underline">
              {i.code}
            </Link>{" "}
            {localize(i.title, locale).text}
          </li>
        ))}
      </ul>
    </section>
  );
}
