import { request as httpRequest } from "node:http";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { createCountryTeam, db, indicatorId, storedAnswer, type CountryTeam } from "./db";
import { signIn } from "./fixtures";

// What a hostile or broken client sends, against the real server: every answer is a clear 4xx with
// the field named, never a 500, and nothing saved changes. Each test signs in as the focal point of
// a country it makes for itself.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const answer = (justification: string) => ({ kind: "LEVEL", level: 2, notApplicableReason: null, justification, targetOverride: null });

async function setUp(page: Page): Promise<{ team: CountryTeam; url: string; indicator: string }> {
  const team = await createCountryTeam();
  await signIn(page, team.focal.email, team.focal.password);
  const indicator = await indicatorId("INV-01");
  return { team, url: `/api/v1/rounds/${team.roundId}/answers/${indicator}`, indicator };
}

async function errorOf(response: APIResponse): Promise<{ code: string; fields?: Record<string, string> }> {
  return ((await response.json()) as { error: { code: string; fields?: Record<string, string> } }).error;
}

/** A PUT through Node's own HTTP client, with a chunked body and no Content-Length. */
function putChunked(page: Page, path: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return page
    .context()
    .cookies()
    .then(
      (cookies) =>
        new Promise((resolve, reject) => {
          const target = new URL(path, test.info().project.use.baseURL);
          const req = httpRequest(target, {
            method: "PUT",
            headers: { "content-type": "application/json", "transfer-encoding": "chunked", cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
          });
          req.on("response", (res) => {
            let body = "";
            res.on("data", (d: Buffer) => (body += d.toString()));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
          });
          // The server may answer (413) and close before every chunk is written.
          req.on("error", reject);
          for (const chunk of chunks) req.write(chunk);
          req.end();
        }),
    );
}

test.describe("hostile input to the JSON routes", () => {
  test("a NUL byte in the justification is a 422 naming the field, and the saved answer is untouched", async ({ page }) => {
    const { team, url, indicator } = await setUp(page);
    const first = await page.request.put(url, { data: { version: 0, answer: answer("Unit created in 2024.") } });
    expect(first.status()).toBe(200);
    const nul = await page.request.put(url, { data: { version: 1, answer: answer("Unit created\u0000 in 2025.") } });
    expect(nul.status()).toBe(422);
    expect(await errorOf(nul)).toMatchObject({ code: "INVALID_INPUT", fields: { "answer.justification": "controlCharacters" } });
    // Other control characters too, in the reason of "not applicable".
    const na = await page.request.put(url, { data: { version: 1, answer: { ...answer("x"), kind: "NOT_APPLICABLE", level: null, notApplicableReason: "No\u001b mandate" } } });
    expect(await errorOf(na)).toMatchObject({ fields: { "answer.notApplicableReason": "controlCharacters" } });
    expect(await storedAnswer(team.roundId, indicator)).toEqual({ version: 1, justification: "Unit created in 2024.", kind: "LEVEL" });
  });

  test("a version outside the integer range, or not an integer, is a 422", async ({ page }) => {
    const { team, url, indicator } = await setUp(page);
    const body = JSON.stringify(answer("x"));
    for (const version of ["1e20", String(2 ** 31), "-1", "1.5", '"3"']) {
      const response = await page.request.put(url, { data: `{"version":${version},"answer":${body}}`, headers: { "content-type": "application/json" } });
      expect(response.status(), version).toBe(422);
      expect(await errorOf(response), version).toMatchObject({ code: "INVALID_INPUT", fields: { version: "invalid" } });
    }
    const submit = await page.request.post(`/api/v1/rounds/${team.roundId}/submit`, { data: { version: 2 ** 31 } });
    expect(submit.status()).toBe(422);
    expect(await storedAnswer(team.roundId, indicator)).toBeNull();
  });

  test("a body over 64 KB is a 413 before it is parsed, whether its length is declared or not", async ({ page }) => {
    const { team, url, indicator } = await setUp(page);
    const big = JSON.stringify({ version: 0, answer: answer("x".repeat(65 * 1024)) });
    const declared = await page.request.put(url, { data: big, headers: { "content-type": "application/json" } });
    expect(declared.status()).toBe(413);
    expect((await errorOf(declared)).code).toBe("PAYLOAD_TOO_LARGE");
    // Chunked, without Content-Length: the server counts what arrives.
    const chunked = await putChunked(page, url, Array.from({ length: 70 }, (_, i) => (i === 0 ? '{"version":0,"answer":{"justification":"' : "x".repeat(1024))));
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    // A small chunked body is read as usual.
    const small = await putChunked(page, url, [`{"version":0,`, `"answer":${JSON.stringify(answer("Chunked."))}}`]);
    expect(small.status).toBe(200);
    expect(await storedAnswer(team.roundId, indicator)).toMatchObject({ version: 1, justification: "Chunked." });
  });

  test("a body that is not application/json is a 415; a cross-origin request is a 403", async ({ page }) => {
    const { team, url, indicator } = await setUp(page);
    const json = JSON.stringify({ version: 0, answer: answer("x") });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await page.request.put(url, { data: json, headers: { "content-type": type } });
      expect(response.status(), type).toBe(415);
      expect((await errorOf(response)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
    const evil = await page.request.put(url, { data: { version: 0, answer: answer("x") }, headers: { origin: "https://evil.example" } });
    expect(evil.status()).toBe(403);
    expect((await errorOf(evil)).code).toBe("CROSS_ORIGIN");
    const crossSite = await page.request.put(url, { data: { version: 0, answer: answer("x") }, headers: { "sec-fetch-site": "cross-site" } });
    expect(crossSite.status()).toBe(403);
    const nullOrigin = await page.request.post(`/api/v1/rounds/${team.roundId}/submit`, { data: { version: 1 }, headers: { origin: "null" } });
    expect(nullOrigin.status()).toBe(403);
    // Refused before anything was written.
    expect(await storedAnswer(team.roundId, indicator)).toBeNull();
    // Our own origin (what the questionnaire's fetch sends) is accepted.
    const own = await page.request.put(url, { data: { version: 0, answer: answer("Own origin.") }, headers: { origin: new URL(page.url()).origin, "sec-fetch-site": "same-origin" } });
    expect(own.status()).toBe(200);
    // Evidence uploads take multipart, but not from another site; removing evidence takes no text body.
    const upload = await page.request.post(`${url}/evidence`, { multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } }, headers: { origin: "https://evil.example" } });
    expect(upload.status()).toBe(403);
    const link = await page.request.post(`${url}/evidence`, { data: { url: "https://example.org" } });
    const { id } = (await link.json()) as { id: string };
    const deletion = await page.request.delete(`/api/v1/evidence/${id}`, { data: "x", headers: { "content-type": "text/plain" } });
    expect(deletion.status()).toBe(415);
    expect((await page.request.delete(`/api/v1/evidence/${id}`)).status()).toBe(200);
  });

  test("ids and codes in URLs that cannot name a row are a 404, never a 500", async ({ page }) => {
    const { team } = await setUp(page);
    const indicator = await indicatorId("INV-01");
    const data = { version: 0, answer: answer("x") };
    expect((await page.request.put(`/api/v1/rounds/not-a-uuid/answers/${indicator}`, { data })).status()).toBe(404);
    expect((await page.request.put(`/api/v1/rounds/${team.roundId}/answers/%00`, { data })).status()).toBe(404);
    expect((await page.request.post(`/api/v1/rounds/%00/submit`, { data: { version: 1 } })).status()).toBe(404);
    expect((await page.request.delete(`/api/v1/evidence/%00`)).status()).toBe(404);
    for (const iso2 of ["%00%00", "KEN", "%C3%A9", "k"]) {
      expect((await page.request.get(`/api/v1/countries/${iso2}`)).status(), iso2).toBe(404);
    }
    expect((await page.request.get(`/api/v1/countries/${team.iso2.toLowerCase()}`)).status()).toBe(200);
    for (const path of [`/rounds/%00`, `/rounds/${team.roundId}/pillars/%00`, `/countries/%00%00`, `/countries/%00%00/team`, `/invitations/%00`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBeLessThan(500);
    }
  });
});

test.describe("request ids", () => {
  test("an audit event written by a route carries the server's own request id, not the client's", async ({ page }) => {
    const { url, team } = await setUp(page);
    const clientId = "client-chosen-id\nforged log line";
    const response = await page.request.post(`${url}/evidence`, { data: { url: "police.example.org/unit" }, headers: { "x-request-id": encodeURIComponent(clientId) } });
    expect(response.status()).toBe(200);
    const requestId = response.headers()["x-request-id"];
    expect(requestId).toMatch(UUID);
    const evidence = (await response.json()) as { id: string; url: string; title: string | null };
    // A link without a scheme gets https://, and no title is needed.
    expect(evidence).toMatchObject({ url: "https://police.example.org/unit", title: null });
    const { rows } = await (await db()).query<{ request_id: string | null }>(`SELECT request_id FROM audit_events WHERE action = 'evidence.add' AND entity_id = $1`, [evidence.id]);
    expect(rows).toEqual([{ request_id: requestId }]);
    // Another request gets another id, whatever the client sends.
    const again = await page.request.post(`${url}/evidence`, { data: { url: "https://example.org" }, headers: { "x-request-id": requestId } });
    expect(again.headers()["x-request-id"]).toMatch(UUID);
    expect(again.headers()["x-request-id"]).not.toBe(requestId);
    // Signing in (next-auth's own route) is audited with a request id too.
    const signIn = await (await db()).query<{ request_id: string | null }>(`SELECT request_id FROM audit_events WHERE action = 'auth.sign_in' AND actor_id = $1`, [team.focal.userId]);
    expect(signIn.rows).toEqual([{ request_id: expect.stringMatching(UUID) }]);
  });
});
