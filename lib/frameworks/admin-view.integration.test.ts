import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { makeUser } from "../testing/fixtures";
import { getFrameworkVersionDetail } from "./admin-view";
import { importFrameworkDocument } from "./import";
import { exportFrameworkDocument } from "./service";

async function v1Id(): Promise<string> {
  return (await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } })).id;
}

describe("the administration's view of a framework version", () => {
  it("gives a draft its summary and its diff against the published version, computed again from the rows", async () => {
    const admin = await makeUser({ isAdmin: true });
    const document = await exportFrameworkDocument(admin, await v1Id());
    document.version = `test-view-${randomBytes(4).toString("hex")}`;
    const for02 = document.pillars[2].indicators[1];
    for02.title.en = `${for02.title.en} (revised)`;
    const imported = await importFrameworkDocument(admin, document);

    const detail = await getFrameworkVersionDetail(admin, imported.id, "fr");

    expect(detail).toMatchObject({
      id: imported.id,
      label: document.version,
      status: "DRAFT",
      name: { text: document.name.fr, lang: "fr" },
      publishedAt: null,
      retiredAt: null,
      pillarCount: 6,
      indicatorCount: 50,
      published: { id: await v1Id(), label: "1.0" },
    });
    expect(detail.diff).toEqual(imported.diff);
    expect(detail.diff?.indicators.changed).toEqual([{ code: for02.code, pillar: "FOR", fields: ["title"], languages: ["en"], textOnly: true }]);
  });

  it("gives the published version no diff, and hides a draft from someone who is not an administrator", async () => {
    const admin = await makeUser({ isAdmin: true });
    const someone = await makeUser();
    const published = await getFrameworkVersionDetail(someone, await v1Id(), "en");
    expect(published).toMatchObject({ label: "1.0", status: "PUBLISHED", diff: null, retiredAt: null });
    expect(published.publishedAt).not.toBeNull();

    const document = await exportFrameworkDocument(admin, await v1Id());
    document.version = `test-view-${randomBytes(4).toString("hex")}`;
    const imported = await importFrameworkDocument(admin, document);
    expect((await getFrameworkVersionDetail(admin, imported.id, "en")).diff).toMatchObject({ isEmpty: true });
    await expect(getFrameworkVersionDetail(someone, imported.id, "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getFrameworkVersionDetail(admin, "not-a-uuid", "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
