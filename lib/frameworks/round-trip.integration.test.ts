// Issue 15's framework round trip against a real PostgreSQL: framework 1.0 is exported, imported as
// a draft with one indicator changed (the diff shows exactly that), published (1.0 is retired in the
// same transaction); a round opened afterwards pins the new version, a round opened before keeps
// 1.0. Countries no other suite uses: Guyana (GY, the old round) and Suriname (SR, the new one).
//
// Publishing changes what every other suite relies on (1.0 published), so afterAll puts it back:
// the new version returns to a draft and 1.0 to published with the version triggers set aside for
// that one transaction (session_replication_role), which only a test's own database allows; then the
// draft is deleted the ordinary way. Suites run one file at a time (vitest.config.ts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "../db";
import { ZOpenRound } from "../rounds/schemas";
import { openRound } from "../rounds/service";
import { makeOpenRound, makeUser } from "../testing/fixtures";
import { importFrameworkDocument } from "./import";
import { deleteDraftFrameworkVersion, publishFrameworkVersion } from "./publish";
import { exportFrameworkDocument } from "./service";

let client: pg.Client;
let v1: { id: string };
let newVersionId: string | null = null;
const roundsToDelete: string[] = [];

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  v1 = await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } });
});

afterAll(async () => {
  if (roundsToDelete.length > 0) await client.query("DELETE FROM assessment_rounds WHERE id = ANY($1::uuid[])", [roundsToDelete]);
  if (newVersionId) {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("UPDATE framework_versions SET status = 'DRAFT', published_at = NULL, retired_at = NULL WHERE id = $1", [newVersionId]);
    await client.query("UPDATE framework_versions SET status = 'PUBLISHED', retired_at = NULL WHERE id = $1", [v1.id]);
    await client.query("COMMIT");
    await client.query("DELETE FROM framework_versions WHERE id = $1", [newVersionId]);
  }
  await client.end();
});

describe("a framework version's round trip", () => {
  it("exports 1.0, imports it with one change, publishes it; new rounds pin it, old ones keep 1.0", async () => {
    const admin = await makeUser({ isAdmin: true });
    const before = await makeOpenRound("GY");
    roundsToDelete.push(before.id);

    const document = await exportFrameworkDocument(admin, v1.id);
    document.version = `1.0-rt-${randomBytes(3).toString("hex")}`;
    const changed = document.pillars[0].indicators[1];
    changed.weight = changed.weight === 3 ? 1 : changed.weight + 1;

    const imported = await importFrameworkDocument(admin, JSON.parse(JSON.stringify(document)));
    newVersionId = imported.id;
    expect(imported.diff?.indicators.added).toEqual([]);
    expect(imported.diff?.indicators.removed).toEqual([]);
    expect(imported.diff?.indicators.changed.map((c) => c.code)).toEqual([changed.code]);
    expect(imported.diff?.indicators.changed[0].fields).toEqual(["weight"]);

    // Only an administrator publishes.
    const focal = await makeUser({ memberOf: { iso2: "SR", role: "FOCAL_POINT" } });
    await expect(publishFrameworkVersion(focal, imported.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const published = await publishFrameworkVersion(admin, imported.id);
    expect(published).toEqual({ id: imported.id, label: document.version, status: "PUBLISHED", retired: { id: v1.id, label: "1.0" } });
    const versions = await getDb().frameworkVersion.findMany({ where: { id: { in: [v1.id, imported.id] } }, select: { id: true, status: true, publishedAt: true, retiredAt: true } });
    expect(versions.find((v) => v.id === v1.id)).toMatchObject({ status: "RETIRED", retiredAt: expect.any(Date) });
    expect(versions.find((v) => v.id === imported.id)).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(Date), retiredAt: null });
    const events = await getDb().auditEvent.findMany({ where: { entityId: { in: [v1.id, imported.id] }, action: { in: ["framework.publish", "framework.retire"] } }, select: { action: true, entityId: true } });
    expect(events).toEqual(expect.arrayContaining([{ action: "framework.retire", entityId: v1.id }, { action: "framework.publish", entityId: imported.id }]));

    // Published once: neither version moves again, and neither can be deleted.
    await expect(publishFrameworkVersion(admin, imported.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(publishFrameworkVersion(admin, v1.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deleteDraftFrameworkVersion(admin, imported.id)).rejects.toMatchObject({ code: "CONFLICT" });

    const after = await openRound(focal, "SR", ZOpenRound.parse({ cycle: "2031", targets: {} }));
    roundsToDelete.push(after.id);
    const pinned = await getDb().assessmentRound.findMany({ where: { id: { in: [before.id, after.id] } }, select: { id: true, frameworkVersionId: true } });
    expect(pinned.find((r) => r.id === after.id)?.frameworkVersionId).toBe(imported.id);
    expect(pinned.find((r) => r.id === before.id)?.frameworkVersionId).toBe(v1.id);
    // The new round's questionnaire carries the changed weight.
    const weight = await getDb().indicator.findFirstOrThrow({ where: { frameworkVersionId: imported.id, code: changed.code }, select: { weight: true } });
    expect(weight.weight).toBe(changed.weight);
  });

  it("deletes a draft, and nothing else", async () => {
    const admin = await makeUser({ isAdmin: true });
    const document = await exportFrameworkDocument(admin, v1.id);
    document.version = `draft-${randomBytes(3).toString("hex")}`;
    const draft = await importFrameworkDocument(admin, document);
    await expect(deleteDraftFrameworkVersion(await makeUser(), draft.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteDraftFrameworkVersion(admin, draft.id);
    expect(await getDb().frameworkVersion.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await getDb().indicator.count({ where: { frameworkVersionId: draft.id } })).toBe(0);
    await expect(deleteDraftFrameworkVersion(admin, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDraftFrameworkVersion(admin, v1.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
