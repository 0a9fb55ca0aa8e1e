import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { uniqueEmail } from "../testing/fixtures";
import { authorizeCredentials } from "./options";
import { hashPassword } from "./password";

const PASSWORD = "correct horse battery staple";

async function makeAccount(): Promise<string> {
  const email = uniqueEmail("signin");
  await getDb().user.create({ data: { email, name: "Sign In", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

function headersFrom(address: string) {
  return { "x-forwarded-for": address };
}

describe("sign-in", () => {
  it("signs in with the right password and records it", async () => {
    const email = await makeAccount();
    const user = await authorizeCredentials({ email: email.toUpperCase(), password: PASSWORD }, headersFrom("10.0.0.1"));
    expect(user.email).toBe(email);
    const events = await getDb().auditEvent.count({ where: { actorId: user.id, action: "auth.sign_in" } });
    expect(events).toBe(1);
  });

  it("gives the same answer for an unknown account and a wrong password", async () => {
    const email = await makeAccount();
    await expect(authorizeCredentials({ email, password: "wrong-password" }, headersFrom("10.0.0.2"))).rejects.toThrow("INVALID_CREDENTIALS");
    await expect(authorizeCredentials({ email: uniqueEmail("ghost"), password: "whatever" }, headersFrom("10.0.0.2"))).rejects.toThrow(
      "INVALID_CREDENTIALS",
    );
    await expect(authorizeCredentials({ email: "not-an-email", password: "" }, headersFrom("10.0.0.2"))).rejects.toThrow("INVALID_CREDENTIALS");
  });

  it("throttles an account after 5 failures, even with the right password, whatever the address", async () => {
    const email = await makeAccount();
    for (let i = 0; i < 5; i++) {
      await expect(authorizeCredentials({ email, password: `wrong-${i}` }, headersFrom(`10.1.0.${i}`))).rejects.toThrow("INVALID_CREDENTIALS");
    }
    await expect(authorizeCredentials({ email, password: PASSWORD }, headersFrom("10.1.1.1"))).rejects.toThrow("RATE_LIMITED");
    // Counters live in PostgreSQL, so every app instance sees them.
    const stored = await getDb().rateLimit.findUnique({ where: { key: `signin-account:${email}` } });
    expect(stored?.points).toBe(5);
  });

  it("throttles an address after 30 failures across accounts", async () => {
    const address = "10.2.0.1";
    for (let i = 0; i < 30; i++) {
      await expect(authorizeCredentials({ email: uniqueEmail("spray"), password: "x" }, headersFrom(address))).rejects.toThrow("INVALID_CREDENTIALS");
    }
    const email = await makeAccount();
    await expect(authorizeCredentials({ email, password: PASSWORD }, headersFrom(address))).rejects.toThrow("RATE_LIMITED");
    await expect(authorizeCredentials({ email, password: PASSWORD }, headersFrom("10.2.0.2"))).resolves.toMatchObject({ email });
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const email = await makeAccount();
    for (let i = 0; i < 4; i++) {
      await expect(authorizeCredentials({ email, password: "nope" }, headersFrom("10.3.0.1"))).rejects.toThrow("INVALID_CREDENTIALS");
    }
    await authorizeCredentials({ email, password: PASSWORD }, headersFrom("10.3.0.1"));
    for (let i = 0; i < 4; i++) {
      await expect(authorizeCredentials({ email, password: "nope" }, headersFrom("10.3.0.1"))).rejects.toThrow("INVALID_CREDENTIALS");
    }
    await expect(authorizeCredentials({ email, password: PASSWORD }, headersFrom("10.3.0.1"))).resolves.toMatchObject({ email });
  });

  it("refuses a disabled account", async () => {
    const email = await makeAccount();
    await getDb().user.update({ where: { email }, data: { disabledAt: new Date() } });
    await expect(authorizeCredentials({ email, password: PASSWORD }, headersFrom("10.4.0.1"))).rejects.toThrow("INVALID_CREDENTIALS");
  });
});
