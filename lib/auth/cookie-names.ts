// The names of next-auth's session cookie, in one place for every reader of it: the session loader
// (./session), the proxy (proxy.ts), sign-out (app/api/sign-out, the account page's "sign out
// everywhere") and the report renderer (lib/report/render.ts). Pure, so the proxy's runtime can
// import it too.
//
// next-auth names the cookie `__Secure-next-auth.session-token` when the site is served over HTTPS
// and `next-auth.session-token` otherwise, and splits a token too large for one cookie into numbered
// chunks (`<name>.0`, `<name>.1`, …).

export const SESSION_COOKIE = "next-auth.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";
/** The secure name first: where both are present (a site moved to HTTPS), it is the current one. */
export const SESSION_COOKIE_NAMES = [SECURE_SESSION_COOKIE, SESSION_COOKIE] as const;

/** The base name a cookie is (or is a numbered chunk of), or null when it is no session cookie. */
export function sessionCookieBase(name: string): (typeof SESSION_COOKIE_NAMES)[number] | null {
  for (const base of SESSION_COOKIE_NAMES) {
    if (name === base) return base;
    if (name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1))) return base;
  }
  return null;
}

export function isSessionCookie(name: string): boolean {
  return sessionCookieBase(name) !== null;
}

/**
 * The token the cookies carry: the whole cookie, else its chunks joined in number order; the secure
 * name wins over the plain one. Null when there is none.
 */
export function sessionTokenFrom(cookies: readonly { name: string; value: string }[]): string | null {
  for (const base of SESSION_COOKIE_NAMES) {
    const whole = cookies.find((c) => c.name === base)?.value;
    if (whole) return whole;
    const chunks = cookies
      .filter((c) => c.name !== base && sessionCookieBase(c.name) === base)
      .sort((x, y) => Number(x.name.slice(base.length + 1)) - Number(y.name.slice(base.length + 1)));
    if (chunks.length > 0) return chunks.map((c) => c.value).join("");
  }
  return null;
}
