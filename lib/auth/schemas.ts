import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Shared by the sign-in form (react-hook-form resolver) and the server (authorize).
// Messages are catalogue keys under `validation.`; the form translates them.
export const ZSignIn = z.object({
  email: z.string().trim().min(1, "required").max(320, "tooLong").email("email"),
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "tooLong"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** Error codes the credentials provider returns; the sign-in form shows each in the user's language. */
export const SIGN_IN_ERRORS = ["INVALID_CREDENTIALS", "RATE_LIMITED"] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];
