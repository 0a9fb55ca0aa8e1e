import NextAuth from "next-auth";
import { newRequestId, runWithRequestId } from "@/lib/api/request-context";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so configuration is read at run time, not at build time. next-auth
// checks its own requests (CSRF token, callbacks), so it is not behind the JSON route wrapper; it
// still gets a request id of its own, which the sign-in audit events carry.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return runWithRequestId(newRequestId(), () => NextAuth(authOptions())(request, context));
}

export { handler as GET, handler as POST };
