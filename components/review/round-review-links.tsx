import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { canOnCountry, type Actor } from "@/lib/authz";

/** The round page's way to its review (reviewers) or its review and comments (the country) and its history. */
export async function RoundReviewLinks({ actor, round }: { actor: Actor; round: { id: string; country: { id: string; programmeRegionId: string | null } } }) {
  const t = await getTranslations("review.links");
  const reviewer = canOnCountry(actor, "round.review", round.country);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-4 rounded-lg border border-line bg-white p-4" data-testid="round-review-links">
      <Link href={`/rounds/${round.id}/review`} className="font-medium text-brand underline" data-testid="review-link">
        {reviewer ? t("review") : t("countryReview")}
      </Link>
      <Link href={`/rounds/${round.id}/history`} className="font-medium text-brand underline" data-testid="round-history-link">
        {t("history")}
      </Link>
    </nav>
  );
}
