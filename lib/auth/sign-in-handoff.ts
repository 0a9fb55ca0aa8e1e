import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";

// Some single sign-ons carry a purpose across the redirect to the identity provider and back:
// accepting an invitation, or linking the provider's identity to the signed-in account. The
// purpose's one-time token travels in a short-lived cookie that only next-auth's endpoints receive
// (httpOnly, path /api/auth, SameSite=Lax so the provider's redirect back carries it), and the
// sign-in callback takes it once. Like a link, it is a credential; it never reaches the provider.
export type SignInHandoff = "invitation" | "identity-link";

const COOKIES: Record<SignInHandoff, string> = {
  invitation: "cybercap-invitation",
  "identity-link": "cybercap-identity-link",
};
const PATH = "/api/auth";
const MAX_AGE_S = 15 * 60;

/** Before redirecting to the provider: remember what this sign-in is for. */
export async function rememberForSignIn(handoff: SignInHandoff, token: string): Promise<void> {
  (await cookies()).set(COOKIES[handoff], token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: PATH,
    maxAge: MAX_AGE_S,
  });
}

/** In the sign-in callback: the token remembered for this purpose, if any; it is used up here. */
export async function takeFromSignIn(handoff: SignInHandoff): Promise<string | null> {
  const store = await cookies();
  const token = store.get(COOKIES[handoff])?.value ?? null;
  if (token) store.set(COOKIES[handoff], "", { httpOnly: true, sameSite: "lax", path: PATH, maxAge: 0 });
  return token;
}
