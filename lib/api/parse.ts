import { AppError, type ErrorCode } from "../errors";

/** What parseInput needs of a schema: full zod and zod/mini schemas both fit. */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  /** The names an `unrecognized_keys` issue (a strict object) refuses. */
  keys?: readonly string[];
}

function parseOrThrow<T>(schema: Parser<T>, data: unknown, code: ErrorCode): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // A Map, then own properties: a field named by the client (an unknown parameter) may be any text,
  // "__proto__" included.
  const fields = new Map<string, string>();
  const add = (key: string, message: string) => void (fields.has(key) || fields.set(key, message));
  for (const issue of result.error.issues) {
    // Array positions are dropped: the form shows one message for the list ("pillarCodes").
    const key = issue.path.filter((segment) => typeof segment !== "number").map(String).join(".") || "form";
    // A strict object names the keys it does not know: each is its own field ("unknown").
    if (issue.code === "unrecognized_keys" && issue.keys) {
      for (const name of issue.keys) add(key === "form" ? name : `${key}.${name}`, "unknown");
      continue;
    }
    add(key, /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid");
  }
  throw new AppError(code, code === "INVALID_QUERY" ? "invalid query" : "invalid input", { fields: Object.fromEntries(fields) });
}

/**
 * Parses input with the shared zod schema; on failure an INVALID_INPUT error whose `fields` maps
 * each field path to its message key (validation.<key>), which the client translates. zod's own
 * messages (a wrong type) are not keys: they become "invalid".
 */
export function parseInput<T>(schema: Parser<T>, data: unknown): T {
  return parseOrThrow(schema, data, "INVALID_INPUT");
}

/**
 * Parses a query already read into an object (a page's own reader of it, e.g. the portfolio's
 * filtersFromSearch) with its shared zod schema; on failure a 400 INVALID_QUERY like parseQuery.
 */
export function parseQueryValues<T>(schema: Parser<T>, data: unknown): T {
  return parseOrThrow(schema, data, "INVALID_QUERY");
}

/**
 * Parses a GET route's query string (queryOf) with its shared zod schema; on failure a 400
 * INVALID_QUERY error with the same `fields` as parseInput.
 */
export function parseQuery<T>(schema: Parser<T>, search: URLSearchParams): T {
  return parseOrThrow(schema, queryOf(search), "INVALID_QUERY");
}

/**
 * A query string as an object for a schema: one string per name, or the list of values of a name
 * given more than once (which a schema expecting one value refuses, rather than one of them being
 * picked silently).
 */
export function queryOf(search: URLSearchParams): Record<string, string | string[]> {
  // fromEntries defines own properties: a parameter named __proto__ stays a parameter (refused as unknown).
  return Object.fromEntries(
    [...new Set(search.keys())].map((name) => {
      const values = search.getAll(name);
      return [name, values.length === 1 ? values[0] : values];
    }),
  );
}
