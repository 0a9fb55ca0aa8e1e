import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

interface RawResponse {
  status: number;
  body: string;
  setCookies: string[];
}

/**
 * One HTTP request from a chosen loopback address (all of 127.0.0.0/8 is loopback on Linux): the
 * server sees a distinct client socket, which the browser and Playwright's request client cannot give.
 */
function requestFrom(localAddress: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const base = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3210");
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, path, method: options.method ?? "GET", headers: options.headers, localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), setCookies: res.headers["set-cookie"] ?? [] }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A credentials sign-in through next-auth's own endpoint, as the form posts it; returns the error code, if any. */
async function signInFrom(localAddress: string, email: string, password: string, forwardedFor: string): Promise<string | null> {
  const csrf = await requestFrom(localAddress, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.setCookies.map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ email, password, csrfToken, json: "true" }).toString();
  const response = await requestFrom(localAddress, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body,
  });
  const { url } = JSON.parse(response.body) as { url: string };
  return new URL(url).searchParams.get("error");
}

test.describe("sign-in page", () => {
  test("is accessible, lists the demo accounts, and validates at the field", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByTestId("demo-accounts")).toContainText("admin@example.org");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("This field is required.").first()).toBeVisible();
    await page.getByLabel(/email/i).fill("not-an-email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel(/email/i)).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("gives one generic message for a wrong password, then throttles", async ({ page }) => {
    const email = `nobody.${Date.now()}@example.org`;
    await page.goto("/sign-in");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel(/email/i).fill(email);
      await page.getByLabel(/password/i).fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByTestId("sign-in-error")).toHaveText("The email address or password is not correct.");
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    }
    await page.getByLabel(/password/i).fill("wrong-again");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText(/Too many failed attempts/);
  });

  test("a forged X-Forwarded-For does not move a client to a fresh throttling counter", async () => {
    // 40 wrong passwords from one client socket, each for another account (so the per-account
    // limit of 5 never applies) and each claiming another origin in X-Forwarded-For: the
    // per-address limit (30) still counts them all, because the address is the socket's.
    const client = "127.0.0.77";
    const stamp = Date.now();
    const results: (string | null)[] = [];
    for (let i = 0; i < 40; i++) {
      results.push(await signInFrom(client, `spray.${stamp}.${i}@example.org`, "wrong-password", `198.51.100.${i + 1}`));
    }
    expect(results.slice(0, 30)).toEqual(Array(30).fill("INVALID_CREDENTIALS"));
    expect(results.slice(30)).toEqual(Array(10).fill("RATE_LIMITED"));
    // Another client is not affected: the counter is per address, not global.
    expect(await signInFrom("127.0.0.78", `spray.${stamp}.other@example.org`, "wrong-password", "198.51.100.1")).toBe("INVALID_CREDENTIALS");
  });

  test("sends security headers", async ({ request }) => {
    const response = await request.get("/sign-in");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const overTls = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(overTls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  test("health check reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
  });
});
