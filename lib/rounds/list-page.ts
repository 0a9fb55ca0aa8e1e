import "server-only";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { RoundStatus } from "../generated/prisma/enums";
import { roundScopeWhere, type Actor } from "../authz";
import { instantOf, readCursor, writeCursor } from "../api/list-cursor";
import { pageOf, type Page } from "../api/pagination";
import { isUuid } from "../ids";
import { normaliseCycle } from "./cycle";
import { ANSWERED } from "./sql";
import type { TRoundListQuery } from "./list-schemas";

/** One round of GET /api/v1/rounds (docs/api.md). */
export interface RoundListItem {
  id: string;
  country: { iso2: string; name: unknown };
  cycle: string;
  status: RoundStatus;
  frameworkVersion: string;
  openedAt: Date;
  submittedAt: Date | null;
  validatedAt: Date | null;
  cancelledAt: Date | null;
  /** The latest change to the round itself or to one of its answers. */
  updatedAt: Date;
  progress: { indicators: number; answered: number };
}

interface RoundRow {
  id: string;
  iso2: string;
  country_name: unknown;
  cycle: string;
  status: RoundStatus;
  framework_version: string;
  opened_at: Date;
  submitted_at: Date | null;
  validated_at: Date | null;
  cancelled_at: Date | null;
  updated_at: Date;
  indicators: number;
  answered: number;
}

const LIST = "rounds";

/**
 * One page of the rounds the actor may see (roundScopeWhere), newest first: ordered by (opened_at,
 * id) descending, a key that never changes, so paging is stable while rounds are edited, and read
 * by keyset (rows after the cursor's key), so a late page costs what the first one does.
 *
 * Two statements per page whatever its size: the scoped, filtered page of ids (Prisma, so that the
 * authorization rule is the module's own `where`), then those rounds' fields, country, framework
 * version and progress in one SQL statement (no per-round query, and counts only over the page).
 */
export async function listRoundPage(actor: Actor, query: TRoundListQuery): Promise<Page<RoundListItem>> {
  const after =
    query.cursor === undefined
      ? null
      : readCursor(LIST, query.cursor, ([openedAt, id, ...rest]) => {
          const at = instantOf(openedAt);
          return at && typeof id === "string" && isUuid(id) && rest.length === 0 ? { openedAt: at, id } : null;
        });
  const filters: Prisma.AssessmentRoundWhereInput[] = [roundScopeWhere(actor)];
  if (query.country) filters.push({ country: { iso2: query.country } });
  if (query.region) filters.push({ country: { programmeRegion: { code: query.region } } });
  if (query.status) filters.push({ status: query.status });
  if (query.cycle) filters.push({ cycle: normaliseCycle(query.cycle) });
  if (query.updatedSince) {
    const since = new Date(query.updatedSince);
    filters.push({ OR: [{ updatedAt: { gte: since } }, { answers: { some: { updatedAt: { gte: since } } } }] });
  }
  // (opened_at, id) < (cursor): Prisma has no row comparison, so it is spelt out; the redundant
  // `opened_at <= ...` is what lets PostgreSQL start the index scan at the cursor instead of
  // filtering every newer row out.
  if (after) {
    filters.push({ openedAt: { lte: after.openedAt } }, { OR: [{ openedAt: { lt: after.openedAt } }, { openedAt: after.openedAt, id: { lt: after.id } }] });
  }
  const db = getDb();
  const keys = await db.assessmentRound.findMany({
    where: { AND: filters },
    select: { id: true, openedAt: true },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  // The next page starts after this page's last key, as the first statement read it.
  const page = pageOf(keys, query.limit, (key) => key.id, (key) => writeCursor(LIST, [key.openedAt.toISOString(), key.id]));
  if (page.items.length === 0) return { items: [], nextCursor: null };
  // Same order as the keys; a round deleted between the two statements is simply not on the page.
  const rows = await db.$queryRaw<RoundRow[]>`
    SELECT r.id, c.iso2, c.name AS country_name, r.cycle, r.status, fv.version AS framework_version,
           r.opened_at, r.submitted_at, r.validated_at, r.cancelled_at,
           GREATEST(r.updated_at, a.updated_at) AS updated_at,
           (SELECT COUNT(*) FROM indicators i WHERE i.framework_version_id = r.framework_version_id)::int AS indicators,
           COALESCE(a.answered, 0)::int AS answered
      FROM assessment_rounds r
      JOIN countries c ON c.id = r.country_id
      JOIN framework_versions fv ON fv.id = r.framework_version_id
      LEFT JOIN LATERAL (
        SELECT COUNT(*) FILTER (WHERE ${ANSWERED}) AS answered, MAX(a.updated_at) AS updated_at
          FROM answers a WHERE a.round_id = r.id
      ) a ON true
     WHERE r.id = ANY(${page.items}::uuid[])
     ORDER BY r.opened_at DESC, r.id DESC`;
  return { items: rows.map(toItem), nextCursor: page.nextCursor };
}

function toItem(row: RoundRow): RoundListItem {
  return {
    id: row.id,
    country: { iso2: row.iso2, name: row.country_name },
    cycle: row.cycle,
    status: row.status,
    frameworkVersion: row.framework_version,
    openedAt: row.opened_at,
    submittedAt: row.submitted_at,
    validatedAt: row.validated_at,
    cancelledAt: row.cancelled_at,
    updatedAt: row.updated_at,
    progress: { indicators: row.indicators, answered: row.answered },
  };
}
