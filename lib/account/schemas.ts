import { enum as zenum, maxLength, minLength, object, refine, string, type output } from "zod/mini";
import { PASSWORD_MAX_LENGTH } from "../auth/fields";
import { LOCALES } from "../i18n/config";
import { ZPassword } from "../team/schemas";

// Shared by the account and password-reset forms (react-hook-form resolver) and by the server.
// Messages are catalogue keys under `account.validation.`; the forms translate them.

const confirmed = refine<{ password: string; confirmPassword: string }>((v) => v.password === v.confirmPassword, {
  path: ["confirmPassword"],
  error: "passwordMismatch",
});

/** A new password from a one-time link (/reset-password/<token>). */
export const ZResetPassword = object({ password: ZPassword, confirmPassword: string() }).check(confirmed);
export type TResetPassword = output<typeof ZResetPassword>;

/** The signed-in person's own password change: the current one proves it is them at the keyboard. */
export const ZChangePassword = object({
  currentPassword: string().check(minLength(1, { error: "required" }), maxLength(PASSWORD_MAX_LENGTH, { error: "tooLong" })),
  password: ZPassword,
  confirmPassword: string(),
}).check(confirmed);
export type TChangePassword = output<typeof ZChangePassword>;

export const ZLocaleChoice = object({ locale: zenum(LOCALES, { error: "required" }) });
export type TLocaleChoice = output<typeof ZLocaleChoice>;
