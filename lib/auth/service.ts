import "server-only";
import { getDb } from "../db";
import { recordAudit } from "../audit/service";
import type { DemoAccountKind, DemoAccountView } from "./demo";

// Sign-in's reads and writes: the account behind an email, the record of a successful sign-in, and
// the demo accounts the sign-in page lists in demo mode.

export interface CredentialAccount {
  id: string;
  name: string;
  email: string;
  passwordHash: string | null;
  disabledAt: Date | null;
  sessionVersion: number;
  isDemo: boolean;
}

export function findCredentialAccount(email: string): Promise<CredentialAccount | null> {
  return getDb().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true, isDemo: true },
  });
}

/** A successful sign-in: when, and an audit event saying how. */
export async function recordSignIn(userId: string, method: "password" | "oidc", provider?: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await recordAudit({ actorId: userId, action: "auth.sign_in", entityType: "user", entityId: userId, after: { method, ...(provider ? { provider } : {}) } }, tx);
  });
}

// Team members stay together by country, as the seed creates them.
const KIND_ORDER: Record<DemoAccountKind, number> = { admin: 0, officer: 1, "focal-point": 2, respondent: 2 };

/** The demo accounts (users.is_demo) that can sign in, with what each is, for the sign-in page. */
export async function listDemoAccounts(): Promise<DemoAccountView[]> {
  const users = await getDb().user.findMany({
    where: { isDemo: true, disabledAt: null },
    select: {
      email: true,
      isAdmin: true,
      memberships: { select: { role: true, country: { select: { iso2: true } } }, orderBy: { country: { iso2: "asc" } } },
      officerAssignments: { select: { programmeRegion: { select: { code: true } }, country: { select: { iso2: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const views = users.map((u): DemoAccountView & { order: number } => {
    const officerScopes = u.officerAssignments.map((o) => o.programmeRegion?.code ?? o.country?.iso2).filter((s): s is string => Boolean(s));
    const focal = u.memberships.find((m) => m.role === "FOCAL_POINT");
    const kind: DemoAccountKind = u.isAdmin ? "admin" : officerScopes.length > 0 ? "officer" : focal ? "focal-point" : "respondent";
    const scope = kind === "officer" ? officerScopes.join(", ") : kind === "admin" ? null : ((focal ?? u.memberships[0])?.country.iso2 ?? null);
    return { email: u.email, kind, scope, order: KIND_ORDER[kind] };
  });
  // Stable and readable: by kind, then in the order the seed created them.
  return views.sort((a, b) => a.order - b.order).map(({ order: _order, ...view }) => view);
}
