// Shared by the sign-in form (react-hook-form resolver) and the server (authorize).
// Messages are catalogue keys under `validation.`; the form translates them. zod/mini with named
// imports, as for every schema a browser loads: it keeps pages small on slow connections.
import { maxLength, minLength, object, regex, regexes, string, trim, type output } from "zod/mini";
import { plainText } from "../validation/text";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "./fields";

export { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SIGN_IN_ERRORS, type SignInError } from "./fields";

/** A required email address, trimmed. */
export function emailField() {
  return string().check(plainText(), trim(), minLength(1, { error: "required" }), maxLength(EMAIL_MAX_LENGTH, { error: "tooLong" }), regex(regexes.email, { error: "email" }));
}

export const ZSignIn = object({
  email: emailField(),
  // A password may hold any printable character; a control character is refused (it cannot be typed,
  // and a NUL would break the hash library's string handling) with a message, not a failure.
  password: string().check(plainText(), minLength(1, { error: "required" }), maxLength(PASSWORD_MAX_LENGTH, { error: "tooLong" })),
});
export type TSignIn = output<typeof ZSignIn>;
