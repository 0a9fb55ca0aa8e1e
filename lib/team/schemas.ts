import { array, extend, maxLength, minLength, object, refine, regex, string, trim, uuid, type output } from "zod/mini";
import { EMAIL_MAX_LENGTH, emailField, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/schemas";
import { plainText } from "../validation/text";

// Shared by the team and invitation forms (react-hook-form resolver) and by the server (actions and
// services parse again). Messages are catalogue keys under `team.validation.` or
// `invitation.validation.`; the forms translate them. zod/mini with named imports: the forms'
// JavaScript stays small.

export { EMAIL_MAX_LENGTH };
export const NAME_MAX_LENGTH = 200;
/** The shape of a pillar code; whether it names a pillar of the published framework is checked by the service. */
const PILLAR_CODE = /^[A-Z]{2,8}$/;

export const ZEmail = emailField();

export const ZPillarCodes = array(string().check(regex(PILLAR_CODE, { error: "pillarUnknown" }))).check(
  minLength(1, { error: "pillarsRequired" }),
  maxLength(20, { error: "pillarUnknown" }),
  refine((codes) => new Set(codes).size === codes.length, { error: "pillarUnknown" }),
);

export const ZInvite = object({ email: ZEmail, pillarCodes: ZPillarCodes });
export type TInvite = output<typeof ZInvite>;

export const ZAssignment = object({ pillarCodes: ZPillarCodes });
export type TAssignment = output<typeof ZAssignment>;

export const ZId = uuid();

/** What the service needs to create an account from an invitation. */
export const ZNewAccount = object({
  name: string().check(plainText(), trim(), minLength(1, { error: "required" }), maxLength(NAME_MAX_LENGTH, { error: "tooLong" })),
  password: string().check(plainText(), minLength(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" }), maxLength(PASSWORD_MAX_LENGTH, { error: "tooLong" })),
});
export type TNewAccount = output<typeof ZNewAccount>;

/** The form adds a confirmation; the server action parses this too, then passes ZNewAccount's fields on. */
export const ZAcceptInvitation = extend(ZNewAccount, { confirmPassword: string().check(plainText()) }).check(
  refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" }),
);
export type TAcceptInvitation = output<typeof ZAcceptInvitation>;
