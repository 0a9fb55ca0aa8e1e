import "server-only";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { countryScopeWhere, type Actor } from "../authz";
import { readCursor, writeCursor } from "../api/list-cursor";
import { pageOf, type Page } from "../api/pagination";
import type { TCountryListQuery } from "./list-schemas";

/** One country of GET /api/v1/countries (docs/api.md). Names are the stored JSON, keyed by locale. */
export interface CountryListItem {
  iso2: string;
  iso3: string;
  m49Code: string;
  name: unknown;
  m49Region: string;
  m49SubRegion: string;
  m49IntermediateRegion: string | null;
  programmeRegion: { code: string; name: unknown } | null;
}

const LIST = "countries";

/**
 * One page of the countries the actor may see (countryScopeWhere: an administrator all of them),
 * by ISO code, read by keyset after the cursor's code. One statement for the countries and one for
 * their programme regions (Prisma's relation read), whatever the page size.
 */
export async function listCountryPage(actor: Actor, query: TCountryListQuery): Promise<Page<CountryListItem>> {
  const after = query.cursor === undefined ? null : readCursor(LIST, query.cursor, ([iso2, ...rest]) => (typeof iso2 === "string" && /^[A-Z]{2}$/.test(iso2) && rest.length === 0 ? iso2 : null));
  const filters: Prisma.CountryWhereInput[] = [countryScopeWhere(actor)];
  if (query.region) filters.push({ programmeRegion: { code: query.region } });
  if (after) filters.push({ iso2: { gt: after } });
  const rows = await getDb().country.findMany({
    where: { AND: filters },
    select: {
      iso2: true,
      iso3: true,
      m49Code: true,
      name: true,
      m49Region: true,
      m49SubRegion: true,
      m49IntermediateRegion: true,
      programmeRegion: { select: { code: true, name: true } },
    },
    orderBy: { iso2: "asc" },
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row): CountryListItem => row, (row) => writeCursor(LIST, [row.iso2]));
}
