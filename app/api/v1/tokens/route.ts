import { NextResponse } from "next/server";
import { withActor, withActorResponse } from "@/lib/api/handler";
import { parseInput } from "@/lib/api/parse";
import { ZCreateApiToken } from "@/lib/api-tokens/schemas";
import { createApiToken, listApiTokens } from "@/lib/api-tokens/service";

// GET: the caller's personal API tokens (never a secret). POST {name, scope, expiresInDays}: a new
// token, answered 201 {id, token} — the only time the token is shown. Creating needs a signed-in
// session (a token cannot make tokens: 403 SESSION_REQUIRED). See docs/api.md.
export const GET = withActor(async ({ actor }) => ({ tokens: await listApiTokens(actor) }));

export const POST = withActorResponse(
  async ({ actor, body }) => {
    const created = await createApiToken(actor, parseInput(ZCreateApiToken, body));
    return NextResponse.json(created, { status: 201, headers: { "cache-control": "no-store" } });
  },
  { auth: "session" },
);
