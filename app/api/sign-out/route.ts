import { getServerSession } from "next-auth";
import { isSameOriginRequest, originOf } from "@/lib/api/origin";
import { newRequestId, runWithRequestId } from "@/lib/api/request-context";
import { recordAudit } from "@/lib/audit/service";
import { authOptions } from "@/lib/auth/options";
import { isSessionCookie, SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { env } from "@/lib/env";

// Sign-out is the deletion of the signed session cookie (sessions are stateless tokens). A plain
// form posts here, so signed-in pages need no client JavaScript for it. Cross-site requests are
// refused by the same origin rule as every mutating route (lib/api/origin.ts; the cookies are
// SameSite=Lax as well). A form post is not JSON, so the JSON rule of the other routes does not apply.

export function POST(request: Request) {
  return runWithRequestId(newRequestId(), () => signOut(request));
}

async function signOut(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers, originOf(env().NEXTAUTH_URL))) return new Response(null, { status: 403 });
  const session = await getServerSession(authOptions());
  if (session?.user?.id) await recordAudit({ actorId: session.user.id, action: "auth.sign_out", entityType: "user", entityId: session.user.id });
  const headers = new Headers({ location: "/sign-in", "cache-control": "no-store" });
  const cookieHeader = request.headers.get("cookie") ?? "";
  // Large tokens are split into numbered chunks (name.0, name.1…): clear whatever is there.
  const names = new Set<string>(SESSION_COOKIE_NAMES);
  for (const part of cookieHeader.split(";")) {
    const name = part.split("=")[0]?.trim();
    if (name && isSessionCookie(name)) names.add(name);
  }
  for (const name of names) {
    const secure = name.startsWith("__Secure-") ? "; Secure" : "";
    headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
  }
  return new Response(null, { status: 303, headers });
}
