import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";

// Accepting an invitation through single sign-on crosses a redirect to the identity provider and
// back. The invitation travels in a short-lived cookie that only next-auth's endpoints receive
// (httpOnly, path /api/auth, SameSite=Lax so the provider's redirect back carries it), and the
// sign-in callback takes it once. Like the link, it is a credential; it never reaches the provider.
export const INVITATION_COOKIE = "cybercap-invitation";
const PATH = "/api/auth";
const MAX_AGE_S = 15 * 60;

/** Before redirecting to the provider: remember which invitation this sign-in accepts. */
export async function rememberInvitationForSignIn(token: string): Promise<void> {
  (await cookies()).set(INVITATION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: PATH,
    maxAge: MAX_AGE_S,
  });
}

/** In the sign-in callback: the invitation being accepted, if any; it is used up here. */
export async function takeInvitationForSignIn(): Promise<string | null> {
  const store = await cookies();
  const token = store.get(INVITATION_COOKIE)?.value ?? null;
  if (token) store.set(INVITATION_COOKIE, "", { httpOnly: true, sameSite: "lax", path: PATH, maxAge: 0 });
  return token;
}
