import { NextResponse, type NextRequest } from "next/server";
import { isSessionCookie } from "./lib/auth/cookie-names";
import { PRINT_GRANT_HEADER } from "./lib/report/print-grant-header";

// Runs before every page and API request. It only:
//  1. sets a Content-Security-Policy with a fresh nonce (Next applies it to its own scripts);
//  2. adds HSTS when the request arrived over TLS (directly or through a proxy);
//  3. sends visitors without a session cookie to the sign-in page.
// It is NOT an authorization check: pages, route handlers and services check the actor and the
// specific resource themselves.

const PUBLIC_PATHS = ["/sign-in", "/bare", "/invitations", "/reset-password"];

function contentSecurityPolicy(nonce: string): string {
  // NODE_ENV is inlined at build time; the dev server's hot reload needs eval.
  const isDev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are set by React for charts and layout; no inline <style> from users.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // A large token arrives in numbered chunks (name.0, name.1…), with no cookie of the plain name.
  const hasSession = request.cookies.getAll().some((c) => isSessionCookie(c.name));
  // The report renderer opens print pages with a grant instead of a session; the page checks it.
  const hasPrintGrant = pathname.startsWith("/print/") && request.headers.has(PRINT_GRANT_HEADER);
  if (!isPublic && !hasSession && !hasPrintGrant) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const isTls = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (isTls) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // API routes are left out: they authenticate themselves and answer JSON (no page to protect with
  // a CSP, no redirect), and the proxy would buffer request bodies (evidence uploads) in memory.
  // The icons are public: the sign-in page shows them before anyone has a session.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/).*)" }],
};
