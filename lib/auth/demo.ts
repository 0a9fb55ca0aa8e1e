// The demo accounts' shared password. Shown on the sign-in page and in the README in demo mode
// only; the demo seed (prisma/seed) sets it. Lives here, not in the seed, so that no page imports
// seed code. Demo accounts (users.is_demo) sign in only while DEMO_MODE is on.
export const DEMO_PASSWORD = "cybercap-demo-2026";

/** What a demo account is, for the sign-in page's list. */
export type DemoAccountKind = "admin" | "officer" | "focal-point" | "respondent";

export interface DemoAccountView {
  email: string;
  kind: DemoAccountKind;
  /** Country (ISO alpha-2) of a team member, programme region code(s) or countries of an officer. */
  scope: string | null;
}
