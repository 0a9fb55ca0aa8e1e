import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/session";
import { canOnCountry } from "@/lib/authz";
import { getCountryForActor } from "@/lib/countries/service";
import { localize } from "@/lib/i18n/config";
import { loadOr404, pageLocale } from "@/lib/pages";
import { getOpenRoundId, getPublishedFramework } from "@/lib/rounds/service";
import { openRoundAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openRound"))("title") };
}

export default async function NewRoundPage({ params, searchParams }: { params: Promise<{ iso2: string }>; searchParams: Promise<{ error?: string; field?: string }> }) {
  const actor = await requirePageActor();
  const { iso2 } = await params;
  const { error, field } = await searchParams;
  const country = await loadOr404(() => getCountryForActor(actor, iso2));
  if (!canOnCountry(actor, "round.open", country)) forbidden();
  const open = await getOpenRoundId(actor, country.id);
  if (open) redirect(`/rounds/${open}`);
  const framework = await getPublishedFramework();
  const t = await getTranslations("openRound");
  const te = await getTranslations("errors");
  const tv = await getTranslations("validation");
  const locale = await pageLocale();
  const year = new Date().getUTCFullYear();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading", { country: localize(country.name, locale).text })}</h1>
      <p className="text-muted">{t("intro", { version: framework?.version ?? "—" })}</p>
      {error && (
        <p role="alert" className="rounded border border-danger bg-red-50 p-2 text-danger" data-testid="open-round-error">
          {field ? tv(field) : te(error)}
        </p>
      )}
      <form action={openRoundAction} className="space-y-4 rounded-lg border border-line bg-white p-4">
        <input type="hidden" name="iso2" value={country.iso2} />
        <div>
          <label htmlFor="cycle" className="mb-1 block font-medium">{t("cycle")}</label>
          <input id="cycle" name="cycle" required maxLength={20} defaultValue={String(year)} aria-describedby="cycle-hint" className="rounded border border-line p-2" />
          <p id="cycle-hint" className="text-sm text-muted">{t("cycleHint")}</p>
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
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">{t("submit")}</button>
      </form>
    </div>
  );
}
