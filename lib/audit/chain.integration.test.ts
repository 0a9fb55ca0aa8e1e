import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, getPool } from "../db";
import { verifyAuditChain } from "./chain";
import { recordAudit } from "./service";

/** A connection that bypasses triggers, as someone with direct access to the database would. */
async function tamperer(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("SET session_replication_role = replica");
  return client;
}

async function eventsOf(entityId: string) {
  return getDb().auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

const clients: pg.Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
});

describe("the audit hash chain", () => {
  it("chains every event, from Prisma and from SQL, even when many are written at once", async () => {
    const entityId = `chain-${randomBytes(4).toString("hex")}`;
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAudit({ actorId: null, action: "test.chain", entityType: "test", entityId, after: { i } })));
    await getPool().query(`INSERT INTO audit_events (action, entity_type, entity_id, before) VALUES ('test.sql', 'test', $1, '{"b": [1, 2]}')`, [entityId]);
    const events = await eventsOf(entityId);
    expect(events).toHaveLength(21);
    for (const e of events) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    const report = await verifyAuditChain(getPool(), { ids: events.map((e) => e.id.toString()) });
    expect(report).toEqual({ ok: true, checked: 21, firstBroken: null });
    const full = await verifyAuditChain(getPool());
    expect(full.ok).toBe(true);
    expect(full.checked).toBeGreaterThanOrEqual(21);
  });

  it("names the event whose content was edited in SQL, and verifies again once it is put back", async () => {
    const entityId = `edit-${randomBytes(4).toString("hex")}`;
    for (const step of [1, 2, 3]) await recordAudit({ actorId: null, action: "test.edit", entityType: "test", entityId, after: { step } });
    const [, middle, last] = await eventsOf(entityId);
    const client = await tamperer();
    clients.push(client);

    await client.query(`UPDATE audit_events SET after = '{"step": 20}' WHERE id = $1`, [middle.id.toString()]);
    expect((await verifyAuditChain(getPool())).firstBroken).toEqual({ id: middle.id.toString(), reason: "CONTENT_CHANGED" });
    expect((await verifyAuditChain(getPool(), { ids: [middle.id.toString()] })).ok).toBe(false);

    // Re-hashing the edited event to hide the edit breaks the link of the event after it instead.
    await client.query(`UPDATE audit_events SET hash = cybercap_audit_hash(prev_hash, audit_events) WHERE id = $1`, [middle.id.toString()]);
    expect((await verifyAuditChain(getPool())).firstBroken).toEqual({ id: last.id.toString(), reason: "LINK_BROKEN" });

    await client.query(`UPDATE audit_events SET after = '{"step": 2}', hash = $2 WHERE id = $1`, [middle.id.toString(), middle.hash]);
    expect(await verifyAuditChain(getPool())).toMatchObject({ ok: true, firstBroken: null });
  });

  it("names the event after one that was deleted", async () => {
    const entityId = `delete-${randomBytes(4).toString("hex")}`;
    for (const step of [1, 2, 3]) await recordAudit({ actorId: null, action: "test.delete", entityType: "test", entityId, after: { step } });
    const [, middle, last] = await eventsOf(entityId);
    const client = await tamperer();
    clients.push(client);
    const { rows } = await client.query("SELECT * FROM audit_events WHERE id = $1", [middle.id.toString()]);
    await client.query("DELETE FROM audit_events WHERE id = $1", [middle.id.toString()]);
    expect((await verifyAuditChain(getPool())).firstBroken).toEqual({ id: last.id.toString(), reason: "LINK_BROKEN" });
    expect((await verifyAuditChain(getPool(), { ids: [last.id.toString()] })).firstBroken?.reason).toBe("LINK_BROKEN");

    const r = rows[0];
    await client.query(
      `INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, country_id, before, after, request_id, at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [r.id, r.actor_id, r.action, r.entity_type, r.entity_id, r.country_id, r.before, r.after, r.request_id, r.at, r.prev_hash, r.hash],
    );
    expect((await verifyAuditChain(getPool())).ok).toBe(true);
  });

  it("still refuses updates and deletes through the normal path", async () => {
    const entityId = `locked-${randomBytes(4).toString("hex")}`;
    await recordAudit({ actorId: null, action: "test.locked", entityType: "test", entityId });
    const [event] = await eventsOf(entityId);
    await expect(getPool().query("UPDATE audit_events SET hash = repeat('0', 64) WHERE id = $1", [event.id.toString()])).rejects.toThrow(/append-only/);
    await expect(getPool().query("DELETE FROM audit_events WHERE id = $1", [event.id.toString()])).rejects.toThrow(/append-only/);
  });

  it("is what npm run audit:verify reports", () => {
    const run = spawnSync("npx", ["--no-install", "tsx", "scripts/audit-verify.ts"], { env: { ...process.env }, encoding: "utf8", timeout: 60_000 });
    expect(run.stdout).toMatch(/audit chain verifies: \d+ events/);
    expect(run.status).toBe(0);
  });
});
