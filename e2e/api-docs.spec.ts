import { expect, request as apiRequest, test } from "@playwright/test";
import { createUser } from "./db";
import { expectAccessible, signIn } from "./fixtures";

// The API reference: reached from the account page's API tokens section, lists the operations from
// the same registry as the OpenAPI document, passes axe, and the document itself is public.
test("the API reference lists the operations and the OpenAPI document is public", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const user = await createUser({ prefix: "apidocs" });
  await signIn(page, user.email, user.password);
  await page.goto("/account");
  await page.getByRole("region", { name: "API tokens" }).getByRole("link", { name: /API reference/ }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByText("the operations' summaries and the schemas' descriptions are in English")).toBeVisible();

  // A few operations, each under its tag, with what a caller needs.
  const save = page.getByRole("article", { name: "PUT /api/v1/rounds/{roundId}/answers/{indicatorId}" });
  await expect(save).toContainText("Saves one answer");
  await expect(save).toContainText("a signed-in session, or an API token with read and write access.");
  await expect(save.getByRole("table", { name: "Fields of the body" })).toContainText("answer.level");
  await expect(save.getByRole("table", { name: "Errors" })).toContainText("VERSION_CONFLICT");
  await expect(page.getByRole("region", { name: "Countries" }).getByRole("article", { name: "GET /api/v1/countries/{iso2}" })).toBeVisible();
  await expect(page.getByRole("article", { name: "POST /api/v1/tokens" })).toContainText("a signed-in session only");
  await expect(page.getByRole("article", { name: "DELETE /api/v1/evidence/{evidenceId}" })).toBeVisible();

  // Keyboard: the contents link moves to its section; a schema opens from its summary.
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Review" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#tag-review$/);
  const schemaToggle = save.getByText("JSON Schema of AnswerSave", { exact: true }).first();
  await schemaToggle.focus();
  await page.keyboard.press("Enter");
  await expect(save.getByRole("region", { name: "JSON Schema of AnswerSave" })).toContainText('"version"');
  await expectAccessible(page);

  // The document, without any session: OpenAPI 3.1, cacheable, with an ETag.
  const anonymous = await apiRequest.newContext({ baseURL });
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("public");
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths["/api/v1/rounds/{roundId}/answers/{indicatorId}"])).toEqual(["put"]);
  const again = await anonymous.get("/api/v1/openapi.json", { headers: { "if-none-match": response.headers().etag } });
  expect(again.status()).toBe(304);
  // Evidence links in exports made before the move to /api/v1 still lead to the file.
  const old = await anonymous.get("/api/evidence/00000000-0000-4000-8000-000000000000", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toBe("/api/v1/evidence/00000000-0000-4000-8000-000000000000");
  await anonymous.dispose();
});
