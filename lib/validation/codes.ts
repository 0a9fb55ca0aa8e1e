// Codes that come from URLs and reach SQL: anything that cannot be one names nothing, and must be a
// 404, not a database error (a NUL byte makes PostgreSQL refuse the whole query).

/** An ISO 3166-1 alpha-2 country code, in either case ("KE", "ke"). */
export function isIso2(value: string): boolean {
  return /^[A-Za-z]{2}$/.test(value);
}
