import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { makeFrameworkVersion, makeUser } from "../testing/fixtures";
import type { TFrameworkDocument } from "./document";
import { exportFrameworkDocument, getFrameworkVersion, listFrameworkVersions } from "./service";

const v1File = JSON.parse(readFileSync(path.join(process.cwd(), "prisma/frameworks/framework-v1.json"), "utf8")) as TFrameworkDocument;

async function v1Id(): Promise<string> {
  return (await getDb().frameworkVersion.findUniqueOrThrow({ where: { version: "1.0" }, select: { id: true } })).id;
}

describe("framework versions, read", () => {
  it("exports framework 1.0 as exactly the document it was seeded from (round trip)", async () => {
    const respondent = await makeUser({ memberOf: { iso2: "KE", role: "RESPONDENT", pillars: ["INV"] } });
    const exported = await exportFrameworkDocument(respondent, await v1Id());
    // Through JSON, as the download sends it.
    expect(JSON.parse(JSON.stringify(exported))).toEqual(v1File);
  });

  it("lists the published version to anyone signed in, and drafts to administrators only", async () => {
    const draft = await makeFrameworkVersion(["INV-01"]);
    const officer = await makeUser({ officerOfRegion: "EAF" });
    const admin = await makeUser({ isAdmin: true });
    const seen = await listFrameworkVersions(officer);
    expect(seen).toContainEqual({ id: await v1Id(), label: "1.0", status: "PUBLISHED", publishedAt: expect.any(String), retiredAt: null });
    expect(seen.map((v) => v.id)).not.toContain(draft.id);
    expect(seen.every((v) => v.status !== "DRAFT")).toBe(true);
    expect((await listFrameworkVersions(admin)).map((v) => v.id)).toContain(draft.id);
    await expect(getFrameworkVersion(officer, draft.id, "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportFrameworkDocument(officer, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getFrameworkVersion(admin, draft.id, "en")).status).toBe("DRAFT");
  });

  it("gives one version in the language asked, with levels, articles and the services of each indicator", async () => {
    const reader = await makeUser({ memberOf: { iso2: "GT", role: "FOCAL_POINT" } });
    const view = await getFrameworkVersion(reader, await v1Id(), "fr");
    const fileInv = v1File.pillars[1];
    expect(view).toMatchObject({ label: "1.0", status: "PUBLISHED", lang: "fr", name: v1File.name.fr });
    expect(view.pillars.map((p) => p.code)).toEqual(["PRE", "INV", "FOR", "EVI", "PRO", "LEG"]);
    const inv01 = view.pillars[1].indicators[0];
    expect(inv01).toMatchObject({
      code: fileInv.indicators[0].code,
      position: 1,
      weight: fileInv.indicators[0].weight,
      title: fileInv.indicators[0].title.fr,
      articles: fileInv.indicators[0].articles,
    });
    expect(inv01.levels).toEqual(fileInv.indicators[0].levels.map((l, level) => ({ level, descriptor: l.fr })));
    // Every indicator of 1.0 is addressed by at least one service of the catalogue.
    for (const i of view.pillars.flatMap((p) => p.indicators)) expect(i.services.length, i.code).toBeGreaterThan(0);
    expect(inv01.services[0]).toEqual({ code: expect.any(String), area: expect.any(String), mode: expect.any(String), name: expect.any(String) });
  });

  it("answers an unknown version, or an id that is not one, as not found", async () => {
    const reader = await makeUser({ isAdmin: true });
    for (const id of ["01900000-0000-7000-8000-000000000000", "not-a-uuid"]) {
      await expect(getFrameworkVersion(reader, id, "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exportFrameworkDocument(reader, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
