// The framework read API over HTTP: any signed-in person (here one with no role at all) reads the
// versions, one version in a language, and downloads a version as the framework document, which is
// the file framework 1.0 was seeded from; an unknown version is 404, a request without a session 401.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as newRequest, test } from "@playwright/test";
import { createUser, db } from "./db";
import { signIn } from "./fixtures";

const v1File = JSON.parse(readFileSync(path.join(process.cwd(), "prisma/frameworks/framework-v1.json"), "utf8"));

test.describe("the frameworks JSON API", () => {
  test("lists the versions, gives one in a language, and exports framework 1.0 as its file", async ({ page }) => {
    const user = await createUser({ prefix: "frameworks" });
    await signIn(page, user.email, user.password);

    const list = await page.request.get("/api/v1/frameworks");
    expect(list.status()).toBe(200);
    const { versions } = await list.json();
    const v1 = versions.find((v: { label: string }) => v.label === "1.0");
    expect(v1).toMatchObject({ status: "PUBLISHED", retiredAt: null });
    expect(versions.every((v: { status: string }) => v.status !== "DRAFT")).toBe(true);

    const one = await page.request.get(`/api/v1/frameworks/${v1.id}?lang=ar`);
    expect(one.status()).toBe(200);
    const view = await one.json();
    expect(view).toMatchObject({ id: v1.id, lang: "ar", name: v1File.name.ar });
    expect(view.pillars[1].indicators[0]).toMatchObject({ code: "INV-01", title: v1File.pillars[1].indicators[0].title.ar });
    expect(view.pillars[1].indicators[0].services.length).toBeGreaterThan(0);

    // e2e/admin-frameworks.spec.ts corrects one text of 1.0 and puts it back at once: a download
    // in between is tried again.
    await expect(async () => {
      const download = await page.request.get(`/api/v1/frameworks/${v1.id}/document`);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-disposition"]).toBe('attachment; filename="framework-1.0.json"');
      expect(download.headers()["content-type"]).toContain("application/json");
      expect(await download.json()).toEqual(v1File);
    }).toPass({ timeout: 15_000 });

    for (const url of ["/api/v1/frameworks/01900000-0000-7000-8000-000000000000", "/api/v1/frameworks/nope/document"]) {
      const missing = await page.request.get(url);
      expect(missing.status(), url).toBe(404);
      expect((await missing.json()).error.code).toBe("NOT_FOUND");
    }
  });

  test("refuses a request without a session (401)", async ({ baseURL }) => {
    const anonymous = await newRequest.newContext({ baseURL });
    for (const url of ["/api/v1/frameworks", "/api/v1/frameworks/01900000-0000-7000-8000-000000000000", "/api/v1/frameworks/01900000-0000-7000-8000-000000000000/document"]) {
      const response = await anonymous.get(url);
      expect(response.status(), url).toBe(401);
      expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
    }
    await anonymous.dispose();
  });
});

test.describe("importing a framework document over HTTP", () => {
  test("is refused to a person who is not an administrator, and gives an administrator a draft with its diff", async ({ page, browser }) => {
    const v1 = structuredClone(v1File);
    v1.version = `e2e-${Date.now().toString(36)}`;
    v1.pillars[0].indicators[0].weight = v1.pillars[0].indicators[0].weight === 3 ? 2 : 3;

    const someone = await createUser({ prefix: "frameworks-import" });
    await signIn(page, someone.email, someone.password);
    const refused = await page.request.post("/api/v1/frameworks", { data: v1 });
    expect(refused.status()).toBe(403);

    const adminUser = await createUser({ prefix: "frameworks-admin" });
    await (await db()).query("UPDATE users SET is_admin = true WHERE id = $1", [adminUser.id]);
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, adminUser.email, adminUser.password);
    const invalid = await admin.request.post("/api/v1/frameworks", { data: { ...v1, pillars: [] } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error).toMatchObject({ code: "FRAMEWORK_INVALID", details: { issues: [{ path: "pillars" }] } });
    const imported = await admin.request.post("/api/v1/frameworks", { data: v1 });
    expect(imported.status()).toBe(200);
    const body = await imported.json();
    expect(body).toMatchObject({ label: v1.version, status: "DRAFT", comparedWith: { label: "1.0" } });
    expect(body.diff.indicators).toMatchObject({ added: [], removed: [] });
    const changed = body.diff.indicators.changed as { code: string; textOnly: boolean }[];
    expect(changed.filter((c) => !c.textOnly)).toEqual([{ code: "PRE-01", pillar: "PRE", fields: ["weight"], languages: [], textOnly: false }]);
    // admin-frameworks.spec.ts corrects a French text of 1.0's LEG-09 and puts it back within a
    // second; a diff made in that second also lists it, as the text-only change it is.
    expect(changed.filter((c) => c.textOnly).every((c) => c.code === "LEG-09")).toBe(true);
    expect((await admin.request.post("/api/v1/frameworks", { data: v1 })).status()).toBe(409);
    // The draft is the administrator's to see, not anyone else's.
    expect((await page.request.get(`/api/v1/frameworks/${body.id}`)).status()).toBe(404);
    expect((await admin.request.get(`/api/v1/frameworks/${body.id}`)).status()).toBe(200);
    await adminContext.close();
  });
});
