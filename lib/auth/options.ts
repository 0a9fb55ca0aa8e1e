import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { logger } from "../logger";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "../throttle/service";
import { getDummyHash, verifyPassword } from "./password";
import { ZSignIn, type SignInError } from "./schemas";
import { oidcProvider } from "./oidc";
import { clientAddress } from "./client-address";
import { takeFromSignIn } from "./sign-in-handoff";
import { findCredentialAccount, recordSignIn } from "./service";
import { isDemoAccountAllowed } from "../authz";
import { completeIdentityLink, findIdentityAccount } from "./identity/service";
import { getActor } from "./session";
import { isDatabaseUnreachable } from "./unavailable";
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

/** A refusal whose code the sign-in form shows; next-auth passes the message on as `error`. */
class SignInFailure extends Error {
  constructor(readonly code: SignInError) {
    super(code);
    this.name = "SignInFailure";
  }
}

/**
 * The credentials provider's check. Every refusal is one of the codes of SIGN_IN_ERRORS: the same
 * generic answer for malformed input, an unknown account, a wrong password, a disabled account and
 * a demo account outside demo mode (no enumeration); UNAVAILABLE when the database cannot be
 * reached; INTERNAL (logged with a reference) for anything else, so no internal detail ever
 * reaches the browser in next-auth's `error` parameter.
 */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string | string[] | undefined> | undefined,
): Promise<User> {
  const parsed = ZSignIn.safeParse(credentials ?? {});
  if (!parsed.success) throw new SignInFailure("INVALID_CREDENTIALS");
  try {
    return await checkCredentials(parsed.data.email.toLowerCase(), parsed.data.password, clientAddress(headers));
  } catch (error) {
    if (error instanceof SignInFailure) throw error;
    if (isDatabaseUnreachable(error)) {
      logger.warn({ event: "auth.unavailable", err: error }, "sign-in refused: the database cannot be reached");
      throw new SignInFailure("UNAVAILABLE");
    }
    logger.error({ err: error, requestId: randomUUID() }, "sign-in failed unexpectedly");
    throw new SignInFailure("INTERNAL");
  }
}

async function checkCredentials(email: string, password: string, address: string): Promise<User> {
  if (await isSignInBlocked(email, address)) {
    logger.warn({ event: "auth.throttled", address }, "sign-in throttled");
    throw new SignInFailure("RATE_LIMITED");
  }
  const user = await findCredentialAccount(email);
  const hashToCheck = user?.passwordHash ?? (await getDummyHash());
  const isValid = await verifyPassword(hashToCheck, password);
  if (!user || !user.passwordHash || user.disabledAt || !isDemoAccountAllowed(user, env().isDemoMode) || !isValid) {
    await recordSignInFailure(email, address);
    logger.info({ event: "auth.failed", address }, "sign-in failed");
    throw new SignInFailure("INVALID_CREDENTIALS");
  }
  await clearSignInFailures(email);
  await recordSignIn(user.id, "password");
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
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
        if (!account?.provider || !account.providerAccountId) return false;
        try {
          return await signInWithIdentity(account.provider, account.providerAccountId, user);
        } catch (error) {
          if (isDatabaseUnreachable(error)) return "/sign-in?error=UNAVAILABLE";
          logger.error({ err: error, requestId: randomUUID() }, "single sign-on failed unexpectedly");
          return "/sign-in?error=SSO_FAILED";
        }
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          if (account.provider === "credentials") {
            token.uid = user.id;
            token.sv = user.sessionVersion ?? 0;
          } else {
            // The sign-in callback has just allowed this identity (and linked it, for an invitation).
            const found = await findIdentityAccount(account.provider, account.providerAccountId, { isDemoMode: e.isDemoMode });
            if (found.ok) {
              token.uid = found.userId;
              token.sv = found.sessionVersion;
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

export interface SingleSignOnInput {
  provider: string;
  subject: string;
  /** The user next-auth built from the provider's claims (lib/auth/oidc.ts): email only if verified. */
  user: Pick<User, "email" | "name">;
  /** The token of a pending "Link my account" (sign-in handoff cookie), if any. */
  linkToken: string | null;
  /** Who the session cookie of this browser belongs to, if anyone. */
  sessionUserId: string | null;
  /** Takes the invitation being accepted (its handoff cookie), if any: called only when needed. */
  takeInvitation: () => Promise<string | null>;
  isDemoMode: boolean;
}

/**
 * The provider has confirmed `subject`. In order:
 * 1. the signed-in owner is completing "Link my account" (/account/identity): link, and go back there;
 * 2. an identity linked earlier signs in its account (never an administrator's, never by email);
 * 3. someone who started from their invitation gets an account created and linked.
 * Returns true to sign in, false to refuse (AccessDenied), or a path to send the browser to
 * without a new session.
 */
export async function resolveSingleSignOn(input: SingleSignOnInput): Promise<boolean | string> {
  const { provider, subject } = input;
  if (input.linkToken) {
    // The token is bound to an account; the session cookie must still be that account's.
    if (input.sessionUserId) {
      const outcome = await completeIdentityLink({ token: input.linkToken, sessionUserId: input.sessionUserId, provider, subject });
      return `/account/identity?link=${outcome}`;
    }
    // Signed out since: the link is abandoned (its token expires unused); this is a plain sign-in.
  }
  const found = await findIdentityAccount(provider, subject, { isDemoMode: input.isDemoMode });
  if (found.ok) {
    await recordSignIn(found.userId, "oidc", provider);
    return true;
  }
  if (found.reason === "ADMIN") return "/sign-in?error=SSO_ADMIN";
  if (found.reason === "DISABLED") return false;
  const invitation = await input.takeInvitation();
  if (invitation) return acceptInvitationOnSignIn(invitation, provider, subject, input.user);
  return "/sign-in?error=SSO_NOT_LINKED";
}

async function signInWithIdentity(provider: string, subject: string, user: User): Promise<boolean | string> {
  const linkToken = await takeFromSignIn("identity-link");
  return resolveSingleSignOn({
    provider,
    subject,
    user,
    linkToken,
    sessionUserId: linkToken ? ((await getActor())?.userId ?? null) : null,
    takeInvitation: () => takeFromSignIn("invitation"),
    isDemoMode: env().isDemoMode,
  });
}

/**
 * Single sign-on by someone without an account: when they started from their invitation
 * (startSingleSignOnAction), the account is created now and linked to the provider's identity.
 * A refusal goes back to the invitation page, which explains it in the person's language.
 */
async function acceptInvitationOnSignIn(token: string, provider: string, subject: string, user: Pick<User, "email" | "name">): Promise<boolean | string> {
  // No email: the provider did not vouch for one (lib/auth/oidc.ts), so it cannot match the invitation.
  if (!user.email) return `/invitations/${encodeURIComponent(token)}?sso=UNVERIFIED`;
  try {
    const { userId } = await acceptInvitationWithIdentity(token, { provider, subject, email: user.email ?? null, name: user.name ?? null });
    await recordSignIn(userId, "oidc", provider);
    return true;
  } catch (error) {
    if (isDatabaseUnreachable(error)) throw error;
    if (!isAppError(error)) logger.error({ err: error }, "accepting an invitation through single sign-on failed");
    const reason = isAppError(error) ? (reasonOf(error.details) ?? error.code) : "INTERNAL";
    return `/invitations/${encodeURIComponent(token)}?sso=${encodeURIComponent(reason)}`;
  }
}
