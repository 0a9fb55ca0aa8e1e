import type { Provider } from "next-auth/providers/index";
import type { Env } from "../env";

export interface OidcClaims {
  sub: string;
  email?: string;
  email_verified?: unknown;
  name?: string;
}

/**
 * The user next-auth passes to the sign-in callback. The email is kept only when the provider
 * vouches for it (`email_verified` exactly `true`): a missing claim, `false`, or a string "true" is
 * not a verification, and an unverified address must never match an invitation.
 */
export function identityFromClaims(claims: OidcClaims): { id: string; email: string | null; name: string } {
  const email = claims.email_verified === true && claims.email ? claims.email : null;
  return { id: claims.sub, email, name: claims.name ?? email ?? claims.sub };
}

/** next-auth's id of the one configured provider; also the `provider` of its external identities. */
export const OIDC_PROVIDER_ID = "oidc";

/** An OpenID Connect provider, enabled only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcProvider(e: Env): Provider {
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims: OidcClaims) => identityFromClaims(claims),
  };
}
