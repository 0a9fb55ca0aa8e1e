// Plain values of the token form, in a zod-free module: the form imports these statically and the
// schema (lib/api-tokens/schemas.ts) only on first use (lib/forms/lazy-resolver.ts).
export const API_TOKEN_SCOPES = ["read", "read-write"] as const;
export type ApiTokenScopeName = (typeof API_TOKEN_SCOPES)[number];
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_NAME_MAX = 80;
