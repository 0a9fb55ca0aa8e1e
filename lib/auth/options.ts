import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { recordAudit } from "../audit/service";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "../throttle/service";
import { getDummyHash, verifyPassword } from "./password";
import { ZSignIn, type SignInError } from "./schemas";
import { oidcProvider } from "./oidc";
import { clientAddress } from "./client-address";
import { takeInvitationForSignIn } from "./invitation-handoff";
import { isAppError } from "../errors";
import { acceptInvitationWithIdentity } from "../team/service";
import { reasonOf } from "../team/run-action";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** `sv`: the session version the token was issued with (see User.sessionVersion). */
    user: { id: string; name: string; email: string; sv: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string | string[] | undefined> | undefined,
): Promise<User> {
  const parsed = ZSignIn.safeParse(credentials ?? {});
  // Same generic answer for malformed input, unknown account and wrong password: no enumeration.
  const fail = (code: SignInError): never => {
    throw new Error(code);
  };
  if (!parsed.success) fail("INVALID_CREDENTIALS");
  const email = parsed.data!.email.toLowerCase();
  const address = clientAddress(headers);

  if (await isSignInBlocked(email, address)) {
    logger.warn({ event: "auth.throttled", address }, "sign-in throttled");
    fail("RATE_LIMITED");
  }
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const hashToCheck = user?.passwordHash ?? (await getDummyHash());
  const isValid = await verifyPassword(hashToCheck, parsed.data!.password);
  if (!user || !user.passwordHash || user.disabledAt || !isValid) {
    await recordSignInFailure(email, address);
    logger.info({ event: "auth.failed", address }, "sign-in failed");
    fail("INVALID_CREDENTIALS");
  }
  await clearSignInFailures(email);
  await getDb().user.update({ where: { id: user!.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user!.id, action: "auth.sign_in", entityType: "user", entityId: user!.id });
  return { id: user!.id, name: user!.name, email: user!.email, sessionVersion: user!.sessionVersion };
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const maxAge = Math.round(e.SESSION_MAX_AGE_HOURS * 3600);
  return {
    secret: e.NEXTAUTH_SECRET,
    // Signed, encrypted tokens: any number of app instances can verify them without shared memory.
    session: { strategy: "jwt", maxAge, updateAge: Math.min(3600, maxAge) },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, req.headers),
      }),
      ...(e.isOidcEnabled ? [oidcProvider(e)] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        // OIDC: people who already have an account (by verified email) sign in; the provider's
        // subject is linked on first use. Anyone else needs an invitation they are accepting now.
        if (await linkExternalIdentity(account?.provider, account?.providerAccountId, user.email)) return true;
        return acceptInvitationOnSignIn(account?.provider, account?.providerAccountId, user);
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          if (account.provider === "credentials") {
            token.uid = user.id;
            token.sv = user.sessionVersion ?? 0;
          } else {
            const linked = await linkExternalIdentity(account.provider, account.providerAccountId, user.email);
            if (linked) {
              token.uid = linked.id;
              token.sv = linked.sessionVersion;
            }
          }
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.uid ?? "", name: session.user?.name ?? "", email: session.user?.email ?? "", sv: token.sv ?? -1 };
        return session;
      },
    },
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
  };
}

async function linkExternalIdentity(
  provider: string | undefined,
  subject: string | undefined,
  email: string | null | undefined,
): Promise<{ id: string; sessionVersion: number } | null> {
  if (!provider || !subject) return null;
  const db = getDb();
  const linked = await db.externalIdentity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { user: { select: { id: true, sessionVersion: true, disabledAt: true } } },
  });
  if (linked) return linked.user.disabledAt ? null : linked.user;
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, sessionVersion: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  await db.externalIdentity.create({ data: { provider, subject, userId: user.id } });
  return user;
}

/**
 * Single sign-on by someone without an account: when they started from their invitation
 * (startSingleSignOnAction), the account is created now and linked to the provider's identity.
 * A refusal goes back to the invitation page, which explains it in the person's language.
 */
async function acceptInvitationOnSignIn(provider: string | undefined, subject: string | undefined, user: User): Promise<boolean | string> {
  const token = await takeInvitationForSignIn();
  if (!token || !provider || !subject) return false;
  try {
    await acceptInvitationWithIdentity(token, { provider, subject, email: user.email ?? null, name: user.name ?? null });
    return true;
  } catch (error) {
    if (!isAppError(error)) logger.error({ err: error }, "accepting an invitation through single sign-on failed");
    const reason = isAppError(error) ? (reasonOf(error.details) ?? error.code) : "INTERNAL";
    return `/invitations/${encodeURIComponent(token)}?sso=${encodeURIComponent(reason)}`;
  }
}
