// Shared by the sign-in form (react-hook-form resolver) and the server (authorize).
// Messages are catalogue keys under `validation.`; the form translates them. zod/mini with named
// imports, as for every schema a browser loads: it keeps pages small on slow connections.
import { maxLength, minLength, object, regex, regexes, string, trim, type output } from "zod/mini";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 320;

/** A required email address, trimmed. */
export function emailField() {
  return string().check(trim(), minLength(1, { error: "required" }), maxLength(EMAIL_MAX_LENGTH, { error: "tooLong" }), regex(regexes.email, { error: "email" }));
}

export const ZSignIn = object({
  email: emailField(),
  password: string().check(minLength(1, { error: "required" }), maxLength(PASSWORD_MAX_LENGTH, { error: "tooLong" })),
});
export type TSignIn = output<typeof ZSignIn>;

/** Error codes the credentials provider returns; the sign-in form shows each in the user's language. */
export const SIGN_IN_ERRORS = ["INVALID_CREDENTIALS", "RATE_LIMITED"] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];
