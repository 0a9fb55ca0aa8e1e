import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/rounds/status-badge";
import { ErrorAlert } from "@/components/ui/error-alert";
import { requirePageActor } from "@/lib/auth/session";
import { canOnCountry } from "@/lib/authz";
import { localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { CANCEL_REASON_MAX } from "@/lib/rounds/schemas";
import { getRoundOverview, roundPermissions } from "@/lib/rounds/service";
import { cancelRoundAction, deleteRoundAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roundManage"))("closeTitle") };
}

type Search = { error?: string; field?: string; reason?: string; ref?: string };

/**
 * The confirmation step before a round is deleted (a draft nobody has written in) or cancelled (the
 * answers are kept, with the focal point's reason). A page rather than a dialog: it works without
 * JavaScript, and nothing happens on the round page by a single click.
 */
export default async function CloseRoundPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<Search> }) {
  const actor = await requirePageActor();
  const { roundId } = await params;
  const search = await searchParams;
  const { round, progress, answerRows } = await loadOr404(() => getRoundOverview(actor, roundId));
  if (!canOnCountry(actor, "round.manage", round.country)) forbidden();
  const t = await getTranslations("roundManage");
  const te = await getTranslations("errors");
  if (!roundPermissions(actor, round).canManage) {
    // The focal point, on a round no longer editable (submitted meanwhile, or already cancelled).
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("closeTitle")}</h1>
        <ErrorAlert testId="close-error">{te("ROUND_NOT_EDITABLE")}</ErrorAlert>
        <Link href={`/rounds/${round.id}`} className="text-brand underline">{t("backToRound", { country: localize(round.country.name, await pageLocale()).text, cycle: round.cycle })}</Link>
      </div>
    );
  }
  const tv = await getTranslations("validation");
  const locale = await pageLocale();
  const country = localize(round.country.name, locale).text;
  const deletable = answerRows === 0 && round.status === "DRAFT";
  const fieldError = search.field && tv.has(search.field) ? tv(search.field) : null;
  const failure = fieldError
    ? null
    : search.reason === "roundHasAnswers"
      ? t("hasAnswersNow")
      : search.error === "INTERNAL"
        ? te("INTERNAL", { requestId: search.ref ?? "-" })
        : search.error
          ? te.has(search.error)
            ? te(search.error)
            : te("INTERNAL", { requestId: "-" })
          : null;
  const back = (
    <Link href={`/rounds/${round.id}`} className="rounded border border-line px-4 py-2 font-medium text-brand" data-testid="keep-round">
      {t("keep")}
    </Link>
  );
  return (
    <div className="max-w-2xl space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/rounds/${round.id}`} className="text-brand underline">{t("backToRound", { country, cycle: round.cycle })}</Link>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{deletable ? t("deleteHeading", { cycle: round.cycle }) : t("cancelHeading", { cycle: round.cycle })}</h1>
        <StatusBadge status={round.status} />
      </div>
      {failure && <ErrorAlert testId="close-error">{failure}</ErrorAlert>}
      {deletable ? (
        <form action={deleteRoundAction} className="space-y-4 rounded-lg border border-line bg-white p-4">
          <input type="hidden" name="roundId" value={round.id} />
          <p>{t("deleteExplain", { country, cycle: round.cycle })}</p>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="rounded bg-danger px-4 py-2 font-medium text-white" data-testid="confirm-delete">{t("deleteConfirm")}</button>
            {back}
          </div>
        </form>
      ) : (
        <form action={cancelRoundAction} className="space-y-4 rounded-lg border border-line bg-white p-4">
          <input type="hidden" name="roundId" value={round.id} />
          <p>{t("cancelExplain", { country, cycle: round.cycle, answered: progress.answered })}</p>
          <div>
            <label htmlFor="cancel-reason" className="mb-1 block font-medium">{t("reason")}</label>
            <textarea
              id="cancel-reason"
              name="reason"
              required
              maxLength={CANCEL_REASON_MAX}
              rows={3}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "cancel-reason-error cancel-reason-hint" : "cancel-reason-hint"}
              className="w-full rounded border border-line p-2 aria-[invalid=true]:border-danger"
            />
            {fieldError && <p id="cancel-reason-error" className="text-sm text-danger">{fieldError}</p>}
            <p id="cancel-reason-hint" className="text-sm text-muted">{t("reasonHint")}</p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="rounded bg-danger px-4 py-2 font-medium text-white" data-testid="confirm-cancel">{t("cancelConfirm")}</button>
            {back}
          </div>
        </form>
      )}
    </div>
  );
}
