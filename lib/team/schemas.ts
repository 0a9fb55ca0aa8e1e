import { array, enum as zenum, extend, maxLength, minLength, object, refine, regex, string, trim, uuid, type output } from "zod/mini";
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

/** Pillar codes, each well formed and named once; may be empty (a focal point answers every pillar). */
const ZPillarCodeList = array(string().check(regex(PILLAR_CODE, { error: "pillarUnknown" }))).check(
  maxLength(20, { error: "pillarUnknown" }),
  refine((codes) => new Set(codes).size === codes.length, { error: "pillarUnknown" }),
);

export const ZPillarCodes = ZPillarCodeList.check(minLength(1, { error: "pillarsRequired" }));

export const ZInvite = object({ email: ZEmail, pillarCodes: ZPillarCodes });
export type TInvite = output<typeof ZInvite>;

export const ZAssignment = object({ pillarCodes: ZPillarCodes });
export type TAssignment = output<typeof ZAssignment>;

export const ZId = uuid();

/**
 * An invitation an administrator makes (/admin/invitations/new): a place in any country's team
 * (focal point, or respondent with pillars), or a programme officer's portfolio (programme regions
 * and/or single countries, at least one). One flat shape, so that one form edits every kind; the
 * checks below make the fields that matter for the kind required. Who may make which invitation is
 * lib/authz.ts `canInvite`, checked by the service.
 */
export const INVITATION_KINDS = ["COUNTRY", "OFFICER"] as const;
export const INVITATION_ROLES = ["FOCAL_POINT", "RESPONDENT"] as const;
const ISO2 = /^[A-Z]{2}$/;
const PORTFOLIO_MAX = 200;

export const ZPersonInvite = object({
  kind: zenum(INVITATION_KINDS, { error: "required" }),
  email: ZEmail,
  countryIso2: string(),
  role: zenum(INVITATION_ROLES, { error: "required" }),
  pillarCodes: ZPillarCodeList,
  regionIds: array(uuid({ error: "portfolioUnknown" })).check(maxLength(PORTFOLIO_MAX, { error: "portfolioUnknown" })),
  officerCountryIso2s: array(string().check(regex(ISO2, { error: "portfolioUnknown" }))).check(maxLength(PORTFOLIO_MAX, { error: "portfolioUnknown" })),
}).check(
  refine((v) => v.kind !== "COUNTRY" || ISO2.test(v.countryIso2), { path: ["countryIso2"], error: "countryRequired" }),
  refine((v) => v.kind !== "COUNTRY" || v.role !== "RESPONDENT" || v.pillarCodes.length > 0, { path: ["pillarCodes"], error: "pillarsRequired" }),
  refine((v) => v.kind !== "OFFICER" || v.regionIds.length + v.officerCountryIso2s.length > 0, { path: ["regionIds"], error: "portfolioRequired" }),
);
export type TPersonInvite = output<typeof ZPersonInvite>;

/** A new password, as every form that sets one asks for it (invitation, reset, own account). */
export const ZPassword = string().check(plainText(), minLength(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" }), maxLength(PASSWORD_MAX_LENGTH, { error: "tooLong" }));

/** What the service needs to create an account from an invitation. */
export const ZNewAccount = object({
  name: string().check(plainText(), trim(), minLength(1, { error: "required" }), maxLength(NAME_MAX_LENGTH, { error: "tooLong" })),
  password: ZPassword,
});
export type TNewAccount = output<typeof ZNewAccount>;

/** The form adds a confirmation; the server action parses this too, then passes ZNewAccount's fields on. */
export const ZAcceptInvitation = extend(ZNewAccount, { confirmPassword: string().check(plainText()) }).check(
  refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" }),
);
export type TAcceptInvitation = output<typeof ZAcceptInvitation>;
