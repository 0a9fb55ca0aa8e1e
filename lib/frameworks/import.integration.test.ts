import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { makeUser } from "../testing/fixtures";
import { importFrameworkDocument } from "./import";
import { exportFrameworkDocument } from "./service";
import { testDocument } from "./test-documents";

const label = () => `test-import-${randomBytes(4).toString("hex")}`;

async function v1Id(): Promise<string> {
  return (await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } })).id;
}

describe("importing a framework document", () => {
  it("writes framework 1.0's export with one indicator changed as a draft whose diff shows exactly that change", async () => {
    const admin = await makeUser({ isAdmin: true });
    const document = await exportFrameworkDocument(admin, await v1Id());
    document.version = label();
    const inv03 = document.pillars[1].indicators[2];
    inv03.weight = inv03.weight === 3 ? 2 : 3;
    inv03.question.fr = `${inv03.question.fr} (révisée)`;

    const result = await importFrameworkDocument(admin, JSON.parse(JSON.stringify(document)));

    expect(result).toMatchObject({ label: document.version, status: "DRAFT", comparedWith: { id: await v1Id(), label: "1.0" } });
    expect(result.diff).toMatchObject({
      from: "1.0",
      to: document.version,
      versionFields: [],
      pillars: { added: [], removed: [], changed: [] },
      indicators: { added: [], removed: [], changed: [{ code: inv03.code, pillar: "INV", fields: ["weight", "question"], languages: ["fr"], textOnly: false }] },
    });
    const stored = await getDb().frameworkVersion.findUniqueOrThrow({ where: { id: result.id }, select: { status: true, publishedAt: true, _count: { select: { pillars: true, indicators: true } } } });
    expect(stored).toEqual({ status: "DRAFT", publishedAt: null, _count: { pillars: 6, indicators: 50 } });
    // The draft exports as the document imported.
    expect(await exportFrameworkDocument(admin, result.id)).toEqual(document);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "framework.import", entityId: result.id }, select: { actorId: true, after: true } });
    expect(audit).toEqual({ actorId: admin.userId, after: { label: document.version, pillars: 6, indicators: 50 } });
  });

  it("refuses a label an existing version has, and writes nothing", async () => {
    const admin = await makeUser({ isAdmin: true });
    const before = await getDb().frameworkVersion.count();
    await expect(importFrameworkDocument(admin, testDocument("1.0"))).rejects.toMatchObject({ code: "FRAMEWORK_VERSION_EXISTS", details: { label: "1.0" } });
    expect(await getDb().frameworkVersion.count()).toBe(before);
  });

  it("refuses an invalid document with the list of its problems", async () => {
    const admin = await makeUser({ isAdmin: true });
    const document = testDocument(label());
    document.pillars[0].indicators[1].code = "INV-01";
    const error = await importFrameworkDocument(admin, document).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FRAMEWORK_INVALID", details: { issues: [{ path: "pillars.0.indicators.1.code", message: expect.stringContaining("used twice") }] } });
    expect(await getDb().frameworkVersion.count({ where: { version: document.version } })).toBe(0);
  });

  it("is for administrators only", async () => {
    const officer = await makeUser({ officerOfRegion: "EAF" });
    const document = testDocument(label());
    await expect(importFrameworkDocument(officer, document)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().frameworkVersion.count({ where: { version: document.version } })).toBe(0);
  });
});
