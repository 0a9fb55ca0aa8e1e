import { withActor } from "@/lib/api/handler";
import { getCountryForActor } from "@/lib/countries/service";
import { listRoundSummaries } from "@/lib/rounds/service";

// GET /api/v1/countries/KE: the country and its rounds, for an actor allowed to see them (403 otherwise).
export const GET = withActor<{ iso2: string }>(async ({ actor, params }) => {
  const country = await getCountryForActor(actor, params.iso2);
  const rounds = (await listRoundSummaries(actor, [country.id])).get(country.id) ?? [];
  return {
    country: { iso2: country.iso2, iso3: country.iso3, name: country.name, programmeRegion: country.programmeRegion?.code ?? null },
    rounds: rounds.map((r) => ({ ...r, openedAt: r.openedAt.toISOString(), submittedAt: r.submittedAt?.toISOString() ?? null, validatedAt: r.validatedAt?.toISOString() ?? null })),
  };
});
