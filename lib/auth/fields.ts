// Plain values of the sign-in and account forms, without the validation library, so the forms can
// show them without loading zod (see lib/forms/lazy-resolver.ts). ./schemas builds on them.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 320;

/**
 * Error codes the credentials provider returns; the sign-in form shows each in the user's language.
 * UNAVAILABLE: the database cannot be reached. INTERNAL: anything unexpected (logged, never shown).
 */
export const SIGN_IN_ERRORS = ["INVALID_CREDENTIALS", "RATE_LIMITED", "UNAVAILABLE", "INTERNAL"] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];
