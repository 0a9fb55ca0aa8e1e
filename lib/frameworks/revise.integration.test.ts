// Text revisions through the service (lib/frameworks/revise.ts). They apply to the published
// version only, and other suites rely on 1.0's texts (the seed hash test), so this suite publishes a
// small version of its own (retiring 1.0) and afterAll puts 1.0 back exactly as the round-trip suite
// does: with the version triggers set aside for one transaction (session_replication_role, which
// only a test's own database allows) the suite's revisions are removed, its version returns to a
// draft and 1.0 to published; then the draft is deleted the ordinary way. Suites run one file at a
// time (vitest.config.mts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "../db";
import type { Actor } from "../authz";
import { makeUser } from "../testing/fixtures";
import { importFrameworkDocument } from "./import";
import { publishFrameworkVersion } from "./publish";
import { listFrameworkTextRevisions, reviseFrameworkText } from "./revise";
import { exportFrameworkDocument } from "./service";
import { testDocument } from "./test-documents";

let client: pg.Client;
let v1: { id: string };
let admin: Actor;
let versionId: string;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  v1 = await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } });
  admin = await makeUser({ isAdmin: true });
  const imported = await importFrameworkDocument(admin, testDocument(`rev-${randomBytes(3).toString("hex")}`));
  versionId = imported.id;
  await publishFrameworkVersion(admin, versionId);
});

afterAll(async () => {
  if (versionId) {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("DELETE FROM framework_text_revisions WHERE framework_version_id = $1", [versionId]);
    await client.query("UPDATE framework_versions SET status = 'DRAFT', published_at = NULL, retired_at = NULL WHERE id = $1", [versionId]);
    await client.query("UPDATE framework_versions SET status = 'PUBLISHED', retired_at = NULL WHERE id = $1", [v1.id]);
    await client.query("COMMIT");
    await client.query("DELETE FROM framework_versions WHERE id = $1", [versionId]);
  }
  await client.end();
});

describe("a text revision of the published version", () => {
  it("applies a French typo fix, audited and listed", async () => {
    const document = await exportFrameworkDocument(admin, versionId);
    document.pillars[0].indicators[1].title.fr = "Titre corrigé";
    document.pillars[1].name.fr = "Législation";
    const result = await reviseFrameworkText(admin, versionId, { reason: "Coquilles en français", document });
    // In document order: pillar INV's indicators come before pillar LEG.
    expect(result.changes).toEqual([
      { target: "indicator", code: "INV-02", field: "title", language: "fr", before: "INV-02 title (fr)", after: "Titre corrigé" },
      { target: "pillar", code: "LEG", field: "name", language: "fr", before: "Legislation (fr)", after: "Législation" },
    ]);

    const stored = await getDb().indicator.findFirstOrThrow({ where: { frameworkVersionId: versionId, code: "INV-02" }, select: { title: true, weight: true } });
    expect(stored.title).toMatchObject({ fr: "Titre corrigé", en: "INV-02 title" });
    expect((await getDb().pillar.findFirstOrThrow({ where: { frameworkVersionId: versionId, code: "LEG" }, select: { name: true } })).name).toMatchObject({ fr: "Législation" });

    const row = await getDb().frameworkTextRevision.findUniqueOrThrow({ where: { id: result.revisionId } });
    expect(row).toMatchObject({ frameworkVersionId: versionId, actorId: admin.userId, reason: "Coquilles en français" });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "framework.text_revision", entityId: versionId }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: admin.userId, entityType: "framework_version", after: { revisionId: result.revisionId, changes: 2 } });

    const listed = await listFrameworkTextRevisions(admin, versionId);
    expect(listed[0]).toMatchObject({ id: result.revisionId, actorId: admin.userId, reason: "Coquilles en français", changes: result.changes });
    // The export now carries the corrected text: a second identical submission changes nothing.
    await expect(reviseFrameworkText(admin, versionId, { reason: "again", document })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses a weight change with FRAMEWORK_NOT_TEXT_ONLY, and changes nothing", async () => {
    const before = await exportFrameworkDocument(admin, versionId);
    const document = structuredClone(before);
    document.pillars[0].indicators[0].weight = 3;
    document.pillars[0].indicators[0].title.es = "Título nuevo";
    const error = await reviseFrameworkText(admin, versionId, { reason: "weights", document }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FRAMEWORK_NOT_TEXT_ONLY", status: 422, details: { structural: ["indicator INV-01: weight"] } });
    expect(await exportFrameworkDocument(admin, versionId)).toEqual(before);

    const moved = structuredClone(before);
    moved.pillars[0].indicators.reverse();
    moved.version = "other-label";
    const refused = await reviseFrameworkText(admin, versionId, { reason: "order", document: moved }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "FRAMEWORK_NOT_TEXT_ONLY" });
    expect((refused as { details: { structural: string[] } }).details.structural).toEqual(expect.arrayContaining(["label: " + before.version + " -> other-label"]));
  });

  it("refuses a non-administrator, a missing reason, an invalid document, and a version that is not published", async () => {
    const document = await exportFrameworkDocument(admin, versionId);
    document.pillars[0].description.zh = "更正";
    const focal = await makeUser({ memberOf: { iso2: "KE", role: "FOCAL_POINT" } });
    await expect(reviseFrameworkText(focal, versionId, { reason: "x", document })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listFrameworkTextRevisions(focal, versionId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviseFrameworkText(admin, versionId, { reason: "  ", document })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { reason: "required" } });
    await expect(reviseFrameworkText(admin, versionId, { reason: "x".repeat(501), document })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { reason: "tooLong" } });
    await expect(reviseFrameworkText(admin, versionId, { reason: "x", document: { ...document, pillars: [] } })).rejects.toMatchObject({ code: "FRAMEWORK_INVALID" });
    // 1.0 is retired while this suite's version is published.
    const retired = await exportFrameworkDocument(admin, v1.id);
    retired.name.fr = "Autre";
    await expect(reviseFrameworkText(admin, v1.id, { reason: "x", document: retired })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reviseFrameworkText(admin, "00000000-0000-7000-8000-000000000000", { reason: "x", document })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().pillar.findFirstOrThrow({ where: { frameworkVersionId: versionId, code: "INV" }, select: { description: true } })).toMatchObject({ description: { zh: "Inv (zh)" } });
  });
});
