import "server-only";
import { getDb, getPool } from "../db";
import { AppError } from "../errors";
import { isUuid } from "../ids";
import { isMethodAllowedByTokenScope, ownApiTokensWhere, type Actor } from "../authz";
import { recordAudit } from "../audit/service";
import { loadActor } from "../auth/actor";
import { consumeApiTokenRequest } from "../throttle/service";
import type { ApiTokenScope } from "../generated/prisma/enums";
import type { ApiTokenScopeName } from "./fields";
import { generateApiToken, hashApiToken, isWellFormedApiToken } from "./format";
import type { TCreateApiToken } from "./schemas";

// Personal API tokens: created and revoked by their owner in a browser session (the account page,
// POST/DELETE /api/v1/tokens), and verified on every API request that carries one
// (lib/api/handler.ts). A token acts with exactly its owner's rights, read fresh on each request.

const SCOPE_OF: Record<ApiTokenScopeName, ApiTokenScope> = { read: "READ", "read-write": "READ_WRITE" };
const SCOPE_NAME: Record<ApiTokenScope, ApiTokenScopeName> = { READ: "read", READ_WRITE: "read-write" };
const DAY_MS = 24 * 60 * 60 * 1000;
/** The list shows the most recent tokens, revoked and expired ones included, up to this many. */
const LIST_LIMIT = 100;

export interface ApiTokenView {
  id: string;
  name: string;
  scope: ApiTokenScopeName;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a token for the actor; the whole token is in the answer, and nowhere else, ever. */
export async function createApiToken(actor: Actor, input: TCreateApiToken): Promise<{ id: string; token: string }> {
  const { token, prefix, secretHash } = generateApiToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  return getDb().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.userId, name: input.name, scope: SCOPE_OF[input.scope], prefix, secretHash, expiresAt },
      select: { id: true },
    });
    await recordAudit(
      { actorId: actor.userId, action: "apiToken.create", entityType: "apiToken", entityId: row.id, after: { name: input.name, scope: input.scope, prefix, expiresAt: expiresAt.toISOString() } },
      tx,
    );
    return { id: row.id, token };
  });
}

/** The actor's own tokens, newest first; never a secret (only its hash is stored anyway). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  const rows = await getDb().apiToken.findMany({
    where: ownApiTokensWhere(actor),
    select: { id: true, name: true, scope: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
    take: LIST_LIMIT,
  });
  return rows.map((r) => ({ ...r, scope: SCOPE_NAME[r.scope] }));
}

/**
 * Revokes one of the actor's tokens (at once, on every instance: each request reads the row).
 * Someone else's token, or an unknown one, is NOT_FOUND: its existence is not disclosed. Revoking
 * a revoked token again changes nothing and succeeds.
 */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", "api token");
  await getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { AND: [ownApiTokensWhere(actor), { id: tokenId }] }, select: { id: true, prefix: true, revokedAt: true } });
    if (!token) throw new AppError("NOT_FOUND", "api token");
    if (token.revokedAt) return;
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return; // revoked meanwhile by another request of the owner's
    await recordAudit({ actorId: actor.userId, action: "apiToken.revoke", entityType: "apiToken", entityId: token.id, before: { prefix: token.prefix } }, tx);
  });
}

interface TokenRow {
  id: string;
  user_id: string;
  scope: ApiTokenScope;
  is_stale: boolean;
}

/**
 * The actor a request's bearer token acts as. Refused with TOKEN_INVALID (401) when the token is
 * malformed, unknown, revoked or expired, or its owner is disabled (or a demo account outside demo
 * mode: loadActor's rules, the same as a session's); RATE_LIMITED (429) over the token's limit;
 * TOKEN_SCOPE (403) when a read-only token is used for a write. The owner's memberships and
 * assignments are read by loadActor on every request, like a session's, so a change of rights
 * applies to their tokens at once.
 */
export async function authenticateApiToken(token: string, method: string): Promise<{ actor: Actor; tokenId: string }> {
  if (!isWellFormedApiToken(token)) throw new AppError("TOKEN_INVALID", "malformed api token");
  const {
    rows: [row],
  } = await getPool().query<TokenRow>({
    name: "api-token.find",
    // By the hash's unique index: the look-up compares hashes, never the secret itself.
    text: `SELECT id, user_id, scope,
                  (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS is_stale
             FROM api_tokens
            WHERE secret_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
    values: [hashApiToken(token)],
  });
  if (!row) throw new AppError("TOKEN_INVALID", "unknown, revoked or expired api token");
  await consumeApiTokenRequest(row.id);
  const actor = await loadActor(row.user_id, null);
  if (!actor) throw new AppError("TOKEN_INVALID", "the token's owner cannot act");
  if (!isMethodAllowedByTokenScope(row.scope, method)) throw new AppError("TOKEN_SCOPE", "read-only api token");
  if (row.is_stale) await touchApiToken(row.id);
  return { actor, tokenId: row.id };
}

/**
 * Records the token's last use at most once a minute: the guard in the WHERE makes concurrent
 * requests of the same minute write once, and most requests do not write at all (is_stale above).
 */
async function touchApiToken(tokenId: string): Promise<void> {
  await getPool().query({
    name: "api-token.touch",
    text: `UPDATE api_tokens SET last_used_at = now()
            WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    values: [tokenId],
  });
}
