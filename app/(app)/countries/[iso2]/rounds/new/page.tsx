import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ErrorAlert } from "@/components/ui/error-alert";
import { requirePageActor } from "@/lib/auth/session";
import { canOnCountry } from "@/lib/authz";
import { getCountryForActor } from "@/lib/countries/service";
import { localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { CYCLE_MAX_LENGTH } from "@/lib/rounds/cycle";
import { findRoundRef, getOpenRound, getPublishedFramework, type RoundRef } from "@/lib/rounds/service";
import { getCarryOverSource } from "@/lib/rounds/carry-over";
import { openRoundAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openRound"))("title") };
}

type Search = { error?: string; field?: string; cycle?: string; round?: string; ref?: string };

export default async function NewRoundPage({ params, searchParams }: { params: Promise<{ iso2: string }>; searchParams: Promise<Search> }) {
  const actor = await requirePageActor();
  const { iso2 } = await params;
  const search = await searchParams;
  const country = await loadOr404(() => getCountryForActor(actor, iso2));
  if (!canOnCountry(actor, "round.open", country)) forbidden();
  const [open, framework, inTheWay, carrySource] = await Promise.all([
    getOpenRound(actor, country.id),
    getPublishedFramework(),
    search.round ? findRoundRef(actor, search.round) : null,
    getCarryOverSource(actor, country),
  ]);
  const t = await getTranslations("openRound");
  const te = await getTranslations("errors");
  const tv = await getTranslations("validation");
  const ts = await getTranslations("status");
  const locale = await pageLocale();
  const statusOf = (r: RoundRef) => ts(r.cancelled ? "CANCELLED" : r.status);
  const heading = <h1 className="text-2xl font-semibold">{t("heading", { country: localize(country.name, locale).text })}</h1>;

  // One round open at a time: say which, rather than show a form that cannot succeed.
  if (open) {
    return (
      <div className="max-w-2xl space-y-4">
        {heading}
        <p className="rounded border border-line bg-white p-3" data-testid="round-still-open">
          {t("stillOpen", { cycle: open.cycle, status: statusOf(open) })}{" "}
          <Link href={`/rounds/${open.id}`} className="text-brand underline">{t("goToRound", { cycle: open.cycle })}</Link>
        </p>
      </div>
    );
  }

  const cycleError = search.field && tv.has(search.field) ? search.field : undefined;
  let message: React.ReactNode = null;
  if (cycleError === "cycleTaken" && inTheWay) {
    message = (
      <>
        {t("cycleTaken", { cycle: inTheWay.cycle, status: statusOf(inTheWay) })}{" "}
        <Link href={`/rounds/${inTheWay.id}`} className="underline">{t("goToRound", { cycle: inTheWay.cycle })}</Link>
      </>
    );
  } else if (search.error === "ROUND_ALREADY_OPEN" && inTheWay) {
    message = (
      <>
        {t("stillOpen", { cycle: inTheWay.cycle, status: statusOf(inTheWay) })}{" "}
        <Link href={`/rounds/${inTheWay.id}`} className="underline">{t("goToRound", { cycle: inTheWay.cycle })}</Link>
      </>
    );
  } else if (cycleError) {
    // Said at the field only (focused, so a screen reader reads it with the label).
    message = null;
  } else if (search.error === "INTERNAL") {
    message = te("INTERNAL", { requestId: search.ref ?? "-" });
  } else if (search.error) {
    message = te.has(search.error) ? te(search.error) : te("INTERNAL", { requestId: "-" });
  }
  const year = new Date().getUTCFullYear();
  return (
    <div className="max-w-2xl space-y-4">
      {heading}
      <p className="text-muted">{t("intro", { version: framework?.version ?? "—" })}</p>
      {message && <ErrorAlert testId="open-round-error">{message}</ErrorAlert>}
      <form action={openRoundAction} className="space-y-4 rounded-lg border border-line bg-white p-4">
        <input type="hidden" name="iso2" value={country.iso2} />
        <div>
          <label htmlFor="cycle" className="mb-1 block font-medium">{t("cycle")}</label>
          <input
            id="cycle"
            name="cycle"
            required
            maxLength={CYCLE_MAX_LENGTH + 4}
            defaultValue={search.cycle ?? String(year)}
            dir="ltr"
            aria-invalid={cycleError ? true : undefined}
            autoFocus={cycleError !== undefined}
            aria-describedby={cycleError ? "cycle-error cycle-hint" : "cycle-hint"}
            className="rounded border border-line p-2 text-start aria-[invalid=true]:border-danger"
          />
          {cycleError && <p id="cycle-error" className="text-sm text-danger" data-testid="cycle-error">{tv(cycleError)}</p>}
          <p id="cycle-hint" className="text-sm text-muted">{t("cycleHint", { year, next: year + 1 })}</p>
        </div>
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("targets")}</legend>
          <p className="text-sm text-muted">{t("targetsHint")}</p>
          {framework?.pillars.map((p) => (
            <div key={p.code} className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`target-${p.code}`}>{localize(p.name, locale).text}</label>
              <select id={`target-${p.code}`} name={`target-${p.code}`} defaultValue="3" className="rounded border border-line bg-white p-1">
                {[0, 1, 2, 3, 4].map((l) => (
                  <option key={l} value={l}>{t("level", { level: l })}</option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        {carrySource && (
          <div className="flex items-start gap-2">
            <input id="carryOver" name="carryOver" type="checkbox" defaultChecked className="mt-1 h-4 w-4" aria-describedby="carryOver-hint" data-testid="carry-over" />
            <div>
              <label htmlFor="carryOver" className="font-medium">{t("carryOver", { cycle: carrySource.cycle })}</label>
              <p id="carryOver-hint" className="text-sm text-muted">{t("carryOverHint")}</p>
            </div>
          </div>
        )}
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">{t("submit")}</button>
      </form>
    </div>
  );
}
