// The first administrator of an installation (`npm run admin:create`, also `node admin-create.mjs`
// in the container). Plain SQL on a pg pool, like lib/maintenance: it runs from a command line or a
// test set-up, outside the app server, and bundles into one file for the runtime image.
//
// It creates the account (or promotes an existing one) and returns a one-time link to set the
// password, valid 24 hours (ADMIN_SETUP_TTL_MS: printed on a server console and carried to the
// person by hand, so a day rather than the hour of a reset link sent by mail). Idempotent: run it
// again and the same person stays the one administrator account, with a fresh link; the previous,
// unused links stop working.
import type pg from "pg";
import { ZEmail } from "../../team/schemas";
import { ADMIN_SETUP_TTL_MS, generateInvitationToken, hashInvitationToken, passwordResetLink } from "../../team/tokens";
import { uuidv7 } from "../../ids";

export interface CreatedAdministrator {
  userId: string;
  email: string;
  /** What happened to the account: made now, promoted from a non-administrator, or already one. */
  outcome: "created" | "promoted" | "unchanged";
  /** It was disabled and is enabled again (the operator is restoring access). */
  reenabled: boolean;
  link: string;
  expiresAt: Date;
}

const NAME_MAX = 200;

export async function createAdministrator(
  pool: Pick<pg.Pool, "connect">,
  options: { email: string; name?: string; baseUrl: string; now?: Date },
): Promise<CreatedAdministrator> {
  const parsed = ZEmail.safeParse(options.email);
  if (!parsed.success) throw new Error(`not an email address: ${options.email}`);
  const email = parsed.data.toLowerCase();
  const name = options.name?.trim().slice(0, NAME_MAX) || email.split("@")[0];
  if (/[\u0000-\u001F\u007F-\u009F]/.test(name)) throw new Error("the name contains control characters");
  const now = options.now ?? new Date();
  const token = generateInvitationToken();
  const expiresAt = new Date(now.getTime() + ADMIN_SETUP_TTL_MS);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const existing = await client.query<{ id: string; is_admin: boolean; disabled_at: Date | null }>(
      "SELECT id, is_admin, disabled_at FROM users WHERE email = $1 FOR UPDATE",
      [email],
    );
    let userId: string;
    let outcome: CreatedAdministrator["outcome"];
    let reenabled = false;
    const found = existing.rows[0];
    if (!found) {
      userId = uuidv7(now.getTime());
      // ON CONFLICT: a concurrent run inserted the same email between our SELECT and INSERT.
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO users (id, email, name, is_admin, created_at, updated_at) VALUES ($1, $2, $3, true, $4, $4)
         ON CONFLICT (email) DO UPDATE SET is_admin = true, updated_at = EXCLUDED.updated_at RETURNING id`,
        [userId, email, name, now],
      );
      userId = inserted.rows[0].id;
      outcome = "created";
    } else {
      userId = found.id;
      outcome = found.is_admin ? "unchanged" : "promoted";
      reenabled = found.disabled_at !== null;
      // A disabled account is enabled again (and its sessions were already ended when it was disabled).
      await client.query(
        `UPDATE users SET is_admin = true, disabled_at = NULL, name = COALESCE($2, name), updated_at = $3 WHERE id = $1`,
        [userId, options.name?.trim() ? name : null, now],
      );
    }
    // Only the newest link works.
    await client.query(`UPDATE user_tokens SET used_at = $2 WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`, [userId, now]);
    await client.query(
      `INSERT INTO user_tokens (id, user_id, purpose, token_hash, expires_at, created_at) VALUES ($1, $2, 'PASSWORD_RESET', $3, $4, $5)`,
      [uuidv7(now.getTime()), userId, hashInvitationToken(token), expiresAt, now],
    );
    await client.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after, at) VALUES (NULL, 'admin.create', 'user', $1, $2, $3)`,
      [userId, JSON.stringify({ email, outcome, reenabled, via: "admin:create", linkExpiresAt: expiresAt.toISOString() }), now],
    );
    await client.query("COMMIT");
    return { userId, email, outcome, reenabled, link: passwordResetLink(options.baseUrl, token), expiresAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
