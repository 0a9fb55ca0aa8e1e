// Audit events carry the id of the request that wrote them, from the request's own context: set by
// the route handler wrapper and runAction, read by recordAudit, and never mixed between requests.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runWithRequestId } from "../api/request-context";
import { getDb } from "../db";
import { runAction } from "../team/run-action";
import { recordAudit } from "./service";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The request id of the audit event written for `entityId`. */
async function requestIdOf(entityId: string): Promise<string | null> {
  const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: "test", entityId }, select: { requestId: true } });
  return event.requestId;
}

const event = (entityId: string) => ({ actorId: null, action: "test.event", entityType: "test", entityId });

describe("recordAudit and the request id", () => {
  it("writes the id of the request being served, and none outside a request", async () => {
    const inside = randomUUID();
    await runWithRequestId("request-1", () => recordAudit(event(inside)));
    expect(await requestIdOf(inside)).toBe("request-1");
    const outside = randomUUID();
    await recordAudit(event(outside));
    expect(await requestIdOf(outside)).toBeNull();
  });

  it("keeps concurrent requests apart across awaits", async () => {
    const ids = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(
      ids.map((entityId, i) =>
        runWithRequestId(`request-${i}`, async () => {
          // Interleave the requests: each waits a different time before writing.
          await new Promise((r) => setTimeout(r, (ids.length - i) * 5));
          await recordAudit(event(entityId));
        }),
      ),
    );
    for (const [i, entityId] of ids.entries()) expect(await requestIdOf(entityId)).toBe(`request-${i}`);
  });

  it("gives each server action its own id, also the reference of an unexpected error", async () => {
    const entityId = randomUUID();
    const ok = await runAction("test.ok", async () => {
      await recordAudit(event(entityId));
      return {};
    });
    expect(ok.ok).toBe(true);
    expect(await requestIdOf(entityId)).toMatch(UUID);
    const failed = await runAction("test.fail", async () => {
      throw new Error("boom");
    });
    expect(failed).toMatchObject({ ok: false, error: "INTERNAL", requestId: expect.stringMatching(UUID) });
  });
});
