import type { Provider } from "next-auth/providers/index";
import type { Env } from "../env";

/** An OpenID Connect provider, enabled only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcProvider(e: Env): Provider {
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) {
      // Only a verified email may link to an existing account.
      return { id: profile.sub, email: profile.email_verified === false ? null : (profile.email ?? null), name: profile.name ?? profile.email ?? profile.sub };
    },
  };
}
