import { withActorResponse } from "@/lib/api/handler";
import { revokeApiToken } from "@/lib/api-tokens/service";

// DELETE: revokes one of the caller's tokens (204); someone else's or an unknown one is 404.
// Needs a signed-in session: a token cannot revoke tokens (403 SESSION_REQUIRED).
export const DELETE = withActorResponse<{ tokenId: string }>(
  async ({ actor, params }) => {
    await revokeApiToken(actor, params.tokenId);
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  },
  { auth: "session" },
);
