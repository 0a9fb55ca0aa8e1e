// Editing framework versions in place (lib/frameworks/edit.ts): a draft's content replaced whole,
// and the editor's pillar saved into a draft or, as a text revision, into the published version.
// Drafts are this suite's own; the text revision runs on a small version the suite publishes
// (retiring 1.0) and afterAll puts 1.0 back exactly as revise.integration.test.ts does (triggers set
// aside for one transaction, which only a test's own database allows). Suites run one at a time.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "../authz";
import { getDb } from "../db";
import { makeUser } from "../testing/fixtures";
import { getFrameworkRevisionsView } from "./admin-view";
import { documentFingerprint, saveFrameworkPillarEdit, updateDraftFramework } from "./edit";
import { importFrameworkDocument } from "./import";
import { pillarEditValues } from "./pillar-edit";
import { publishFrameworkVersion } from "./publish";
import { listFrameworkTextRevisions } from "./revise";
import { exportFrameworkDocument } from "./service";
import { testDocument, testIndicator, text } from "./test-documents";
import type { TFrameworkPillarEdit } from "./schemas";

const label = () => `test-edit-${randomBytes(4).toString("hex")}`;
let admin: Actor;
let v1: string;

beforeAll(async () => {
  admin = await makeUser({ isAdmin: true });
  v1 = (await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } })).id;
});

async function draft(): Promise<string> {
  return (await importFrameworkDocument(admin, testDocument(label()))).id;
}

describe("updating a draft with a whole document", () => {
  it("replaces its label, texts, pillars, indicators and levels, keeping its id, with an audit event", async () => {
    const id = await draft();
    const next = testDocument(label());
    next.name.fr = "Cadre modifié";
    next.pillars[0].indicators.splice(1, 1); // INV-02 removed
    next.pillars[0].indicators[0].weight = 3;
    next.pillars[0].indicators[0].levels[2].ar = "مستوى معدل";
    next.pillars[0].indicators[0].articles = { unCybercrime: [12, 13], budapest: [] };
    next.pillars.push({ code: "PRO", name: text("Protection"), description: text("Pro"), indicators: [testIndicator("PRO-01")] });

    const result = await updateDraftFramework(admin, id, JSON.parse(JSON.stringify(next)));

    expect(result).toMatchObject({ id, label: next.version, status: "DRAFT", comparedWith: { id: v1, label: "1.0" } });
    expect(result.diff?.to).toBe(next.version);
    expect(await exportFrameworkDocument(admin, id)).toEqual({ $schema: "./framework.schema.json", ...next });
    expect(await getDb().frameworkVersion.findUniqueOrThrow({ where: { id }, select: { status: true, _count: { select: { pillars: true, indicators: true } } } })).toEqual({
      status: "DRAFT",
      _count: { pillars: 3, indicators: 3 },
    });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "framework.update", entityId: id }, select: { actorId: true, entityType: true, before: true, after: true } });
    expect(event).toMatchObject({ actorId: admin.userId, entityType: "framework_version", after: { label: next.version, pillars: 3, indicators: 3, changed: { pillars: 1, indicators: 3 } } });
    expect((event.before as { label: string }).label).not.toBe(next.version);
  });

  it("refuses the published version and a retired one's (CONFLICT), and changes nothing", async () => {
    const document = testDocument(label());
    await expect(updateDraftFramework(admin, v1, document)).rejects.toMatchObject({ code: "CONFLICT", status: 409, details: { reason: "notDraft", status: "PUBLISHED" } });
    expect(await getDb().frameworkVersion.findUniqueOrThrow({ where: { id: v1 }, select: { version: true, _count: { select: { indicators: true } } } })).toEqual({ version: "1.0", _count: { indicators: 50 } });
    await expect(updateDraftFramework(admin, "00000000-0000-7000-8000-000000000000", document)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateDraftFramework(admin, "not-a-uuid", document)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for administrators only", async () => {
    const id = await draft();
    const officer = await makeUser({ officerOfRegion: "EAF" });
    const before = await exportFrameworkDocument(admin, id);
    await expect(updateDraftFramework(officer, id, testDocument(label()))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await exportFrameworkDocument(admin, id)).toEqual(before);
  });

  it("refuses an invalid document with its problems, another version's label, and a draft changed since it was read", async () => {
    const id = await draft();
    const before = await exportFrameworkDocument(admin, id);
    const invalid = structuredClone(before);
    invalid.pillars[1].indicators[0].code = "INV-09";
    invalid.pillars[0].name.zh = " ";
    const error = await updateDraftFramework(admin, id, invalid).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FRAMEWORK_INVALID", status: 422 });
    expect((error as { details: { issues: { path: string }[] } }).details.issues.map((i) => i.path).sort()).toEqual(["pillars.0.name.zh", "pillars.1.indicators.0.code"]);

    await expect(updateDraftFramework(admin, id, { ...before, version: "1.0" })).rejects.toMatchObject({ code: "FRAMEWORK_VERSION_EXISTS", status: 409, details: { label: "1.0" } });
    await expect(updateDraftFramework(admin, id, before, { basedOn: "0".repeat(64) })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "changedMeanwhile" } });
    expect(await exportFrameworkDocument(admin, id)).toEqual(before);
    // Its own label is no clash.
    await expect(updateDraftFramework(admin, id, before, { basedOn: documentFingerprint(before) })).resolves.toMatchObject({ id, label: before.version });
  });
});

async function pillarEdit(versionId: string, mode: TFrameworkPillarEdit["mode"], pillar: string, language: "fr" | "en"): Promise<TFrameworkPillarEdit> {
  const document = await exportFrameworkDocument(admin, versionId);
  return { mode, fingerprint: documentFingerprint(document), reason: "", ...pillarEditValues(document, pillar, language)! };
}

describe("saving the editor's pillar into a draft", () => {
  it("merges the one language's texts and the codes and weights into the stored draft", async () => {
    const id = await draft();
    const before = await exportFrameworkDocument(admin, id);
    const edit = await pillarEdit(id, "draft", "INV", "fr");
    edit.pillar.indicators[1].title = "Titre modifié";
    edit.pillar.indicators[1].weight = 1;
    edit.label = label();

    expect(await saveFrameworkPillarEdit(admin, id, edit)).toEqual({ mode: "draft", label: edit.label });

    const expected = structuredClone(before);
    expected.version = edit.label;
    expected.pillars[0].indicators[1].title.fr = "Titre modifié";
    expected.pillars[0].indicators[1].weight = 1;
    expect(await exportFrameworkDocument(admin, id)).toEqual(expected);
  });

  it("refuses a stale editor, a text revision of a draft, and puts the merged document's problems at the form's fields", async () => {
    const id = await draft();
    const stale = await pillarEdit(id, "draft", "LEG", "fr");
    await saveFrameworkPillarEdit(admin, id, { ...stale, name: "Nouveau nom" });
    await expect(saveFrameworkPillarEdit(admin, id, stale)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "changedMeanwhile" } });

    const asRevision = await pillarEdit(id, "revision", "LEG", "fr");
    await expect(saveFrameworkPillarEdit(admin, id, { ...asRevision, reason: "typo" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "changedMeanwhile", status: "DRAFT" } });

    const wrongCode = await pillarEdit(id, "draft", "LEG", "fr");
    wrongCode.pillar.indicators[0].code = "INV-01"; // another pillar's code, and INV-01's
    const error = await saveFrameworkPillarEdit(admin, id, wrongCode).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FRAMEWORK_INVALID", fields: { "pillar.indicators.0.code": "code" }, details: { issues: [] } });

    const empty = await pillarEdit(id, "draft", "LEG", "fr");
    empty.pillar.indicators[0].question = "";
    await expect(saveFrameworkPillarEdit(admin, id, empty)).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { "pillar.indicators.question": "text" } });
    const focal = await makeUser({ memberOf: { iso2: "KE", role: "FOCAL_POINT" } });
    await expect(saveFrameworkPillarEdit(focal, id, await pillarEdit(id, "draft", "LEG", "fr"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("saving the editor's pillar into the published version", () => {
  let client: pg.Client;
  let published: string | undefined;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    published = await draft();
    await publishFrameworkVersion(admin, published);
  });

  afterAll(async () => {
    if (published) {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("DELETE FROM framework_text_revisions WHERE framework_version_id = $1", [published]);
      await client.query("UPDATE framework_versions SET status = 'DRAFT', published_at = NULL, retired_at = NULL WHERE id = $1", [published]);
      await client.query("UPDATE framework_versions SET status = 'PUBLISHED', retired_at = NULL WHERE id = $1", [v1]);
      await client.query("COMMIT");
      await client.query("DELETE FROM framework_versions WHERE id = $1", [published]);
    }
    await client.end();
  });

  it("writes a text revision of the edited texts only, whatever structure is sent, and needs a reason", async () => {
    const id = published!;
    const before = await exportFrameworkDocument(admin, id);
    const edit = await pillarEdit(id, "revision", "INV", "fr");
    edit.pillar.indicators[0].guidance = "Conseils corrigés";
    edit.pillar.indicators[0].weight = 3; // ignored: a revision changes wording only
    await expect(saveFrameworkPillarEdit(admin, id, edit)).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { reason: "required" } });

    const result = await saveFrameworkPillarEdit(admin, id, { ...edit, reason: "Coquille" });
    expect(result).toMatchObject({ mode: "revision", changes: 1 });
    const expected = structuredClone(before);
    expected.pillars[0].indicators[0].guidance.fr = "Conseils corrigés";
    expect(await exportFrameworkDocument(admin, id)).toEqual(expected);
    const [revision] = await listFrameworkTextRevisions(admin, id);
    expect(revision).toMatchObject({ reason: "Coquille", changes: [{ target: "indicator", code: "INV-01", field: "guidance", language: "fr", before: "INV-01 guidance (fr)", after: "Conseils corrigés" }] });
    // The revisions page names who made it.
    const page = await getFrameworkRevisionsView(admin, id);
    expect(page).toMatchObject({ id, status: "PUBLISHED", revisions: [{ id: revision.id, reason: "Coquille", actor: { name: "Test User" } }] });

    // The same texts again: nothing to save.
    const again = await pillarEdit(id, "revision", "INV", "fr");
    await expect(saveFrameworkPillarEdit(admin, id, { ...again, reason: "again" })).rejects.toMatchObject({ code: "INVALID_INPUT", details: { reason: "noChange" } });
    // An editor opened on it as a draft (before it was published) is refused.
    await expect(saveFrameworkPillarEdit(admin, id, { ...again, mode: "draft" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "changedMeanwhile", status: "PUBLISHED" } });
  });
});
