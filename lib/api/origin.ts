// Cross-site request forgery: a mutating request is accepted only from our own pages.
//
// The rule, in order:
// 1. `Sec-Fetch-Site: cross-site` or `same-site` (a sibling subdomain) is refused, whatever else the
//    request says: browsers set it and pages cannot forge it.
// 2. An `Origin` header must be this application's: the public address (NEXTAUTH_URL's origin) or
//    the host the request was sent to (its Host header). `Origin: null` (sandboxed frames, some
//    redirects) is refused.
// 3. No `Origin` and no `Sec-Fetch-Site`: accepted. Every browser in use sends Origin with a
//    cross-origin POST/PUT/PATCH/DELETE (and Sec-Fetch-Site since 2020-2023), so a request with
//    neither is a same-origin request from an old browser (Firefox before 70 left Origin out of
//    same-origin POSTs) or a client that is not a browser (curl, a script) and carries no victim's
//    cookies. Refusing it would break those and protect no one. The session cookie is SameSite=Lax
//    as a further layer, and JSON routes also require `application/json`, which a cross-site form
//    cannot send without a CORS preflight that we never approve.
// Server actions are not routed here: Next.js compares their Origin with the Host itself.

/** Whether a mutating request comes from this application's own pages (see the rule above). */
export function isSameOriginRequest(headers: Headers, publicOrigin: string | undefined): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  let claimed: URL;
  try {
    claimed = new URL(origin);
  } catch {
    return false; // "null" and anything else that is not an origin
  }
  if (claimed.protocol !== "http:" && claimed.protocol !== "https:") return false;
  if (publicOrigin && claimed.origin === publicOrigin) return true;
  const host = headers.get("host");
  return host !== null && claimed.host === host.trim().toLowerCase();
}

/** The origin of the configured public address (NEXTAUTH_URL), if it is set and valid. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
