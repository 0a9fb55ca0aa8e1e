import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/schemas";

// Shared by the team and invitation forms (react-hook-form resolver) and by the server (actions and
// services parse again). Messages are catalogue keys under `team.validation.` or
// `invitation.validation.`; the forms translate them.

export const EMAIL_MAX_LENGTH = 320;
export const NAME_MAX_LENGTH = 200;
/** The shape of a pillar code; whether it names a pillar of the published framework is checked by the service. */
const PILLAR_CODE = /^[A-Z]{2,8}$/;

export const ZEmail = z.string().trim().min(1, "required").max(EMAIL_MAX_LENGTH, "tooLong").email("email");

export const ZPillarCodes = z
  .array(z.string().regex(PILLAR_CODE, "pillarUnknown"))
  .min(1, "pillarsRequired")
  .max(20, "pillarUnknown")
  .refine((codes) => new Set(codes).size === codes.length, "pillarUnknown");

export const ZInvite = z.object({ email: ZEmail, pillarCodes: ZPillarCodes });
export type TInvite = z.infer<typeof ZInvite>;

export const ZAssignment = z.object({ pillarCodes: ZPillarCodes });
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZId = z.uuid();

/** What the service needs to create an account from an invitation. */
export const ZNewAccount = z.object({
  name: z.string().trim().min(1, "required").max(NAME_MAX_LENGTH, "tooLong"),
  password: z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "tooLong"),
});
export type TNewAccount = z.infer<typeof ZNewAccount>;

/** The form adds a confirmation; the server action parses this too, then passes ZNewAccount's fields on. */
export const ZAcceptInvitation = ZNewAccount.extend({ confirmPassword: z.string() }).refine((v) => v.password === v.confirmPassword, {
  path: ["confirmPassword"],
  message: "passwordMismatch",
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;

/** First message per field, as the `fields` of an INVALID_INPUT error (`pillarCodes.0` becomes `pillarCodes`). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    fields[key] ??= issue.message;
  }
  return fields;
}
