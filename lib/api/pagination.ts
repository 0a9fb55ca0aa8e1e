// The paging parameters every list of the JSON API shares (`?limit=&cursor=`), as zod schemas that
// the list schemas (lib/rounds/list-schemas.ts, lib/countries/list-schemas.ts) and the OpenAPI
// document reuse. The cursor's meaning is in ./cursor.ts; a list reads one page at a time in
// keyset order, so a page costs the same wherever it is in the list.
import { z } from "zod";
import { CURSOR_MAX_LENGTH } from "./cursor";

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** `limit`: rows per page, 1 to 200 (default 50). */
export const ZPageLimit = z.coerce.number("invalid").int("invalid").min(1, "invalid").max(PAGE_LIMIT_MAX, "invalid").default(PAGE_LIMIT_DEFAULT);

/** `cursor`: the previous page's `nextCursor`, as it was given (opaque; checked by the list). */
export const ZPageCursor = z.string().min(1, "invalid").max(CURSOR_MAX_LENGTH, "cursorInvalid").regex(/^[A-Za-z0-9_-]+$/, "cursorInvalid");

/** A page of a list: its rows, and the cursor of the next page (null on the last one). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A page from the rows a query read with `take: limit + 1`: the extra row says whether another page
 * follows, and the cursor is the sort key of the page's last row.
 */
export function pageOf<R, T>(rows: R[], limit: number, toItem: (row: R) => T, cursorOf: (row: R) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(toItem), nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
