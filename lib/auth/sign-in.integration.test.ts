import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { resetEnvForTests } from "../env";
import { uniqueEmail } from "../testing/fixtures";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { DEMO_PASSWORD } from "./demo";
import { loadActor } from "./actor";
import { authorizeCredentials } from "./options";
import { hashPassword } from "./password";
import { listDemoAccounts } from "./service";

const PASSWORD = "correct horse battery staple";

async function makeAccount(): Promise<string> {
  const email = uniqueEmail("signin");
  await getDb().user.create({ data: { email, name: "Sign In", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

/** What the app's route handler receives: the socket's address stamped by scripts/peer-address.cjs. */
function headersFrom(address: string, forwardedFor?: string) {
  return { [PEER_ADDRESS_HEADER]: address, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) };
}

function setDemoMode(value: "true" | "false" | undefined) {
  if (value === undefined) delete process.env.DEMO_MODE;
  else process.env.DEMO_MODE = value;
  resetEnvForTests();
}

describe("sign-in", () => {
  it("signs in with the right password and records it", async () => {
    const email = await makeAccount();
    const user = await authorizeCredentials({ email: email.toUpperCase(), password: PASSWORD }, headersFrom("10.0.0.1"));
    expect(user.email).toBe(email);
    const events = await getDb().auditEvent.findMany({ where: { actorId: user.id, action: "auth.sign_in" }, select: { after: true } });
    expect(events).toEqual([{ after: { method: "password" } }]);
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

  // 30+ argon2 verifications: allow for a busy machine.
  it("throttles an address after 30 failures across accounts", { timeout: 90_000 }, async () => {
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

  it("counts a client by its socket, however it varies X-Forwarded-For", { timeout: 90_000 }, async () => {
    const address = "10.5.0.1";
    for (let i = 0; i < 30; i++) {
      await expect(authorizeCredentials({ email: uniqueEmail("forged"), password: "x" }, headersFrom(address, `198.51.100.${i}`))).rejects.toThrow("INVALID_CREDENTIALS");
    }
    const email = await makeAccount();
    await expect(authorizeCredentials({ email, password: PASSWORD }, headersFrom(address, "203.0.113.1"))).rejects.toThrow("RATE_LIMITED");
  });

  describe("demo accounts", () => {
    afterEach(() => setDemoMode(undefined));

    async function makeDemoAccount(): Promise<string> {
      const email = uniqueEmail("demo");
      await getDb().user.create({ data: { email, name: "Demo", passwordHash: await hashPassword(DEMO_PASSWORD), isDemo: true } });
      return email;
    }

    it("sign in only in demo mode: off, refused like a wrong password; on, accepted", async () => {
      const email = await makeDemoAccount();
      setDemoMode("false");
      await expect(authorizeCredentials({ email, password: DEMO_PASSWORD }, headersFrom("10.6.0.1"))).rejects.toThrow("INVALID_CREDENTIALS");
      setDemoMode(undefined);
      await expect(authorizeCredentials({ email, password: DEMO_PASSWORD }, headersFrom("10.6.0.1"))).rejects.toThrow("INVALID_CREDENTIALS");
      setDemoMode("true");
      await expect(authorizeCredentials({ email, password: DEMO_PASSWORD }, headersFrom("10.6.0.1"))).resolves.toMatchObject({ email });
    });

    it("lose their sessions when demo mode is turned off", async () => {
      const email = await makeDemoAccount();
      setDemoMode("true");
      const user = await authorizeCredentials({ email, password: DEMO_PASSWORD }, headersFrom("10.6.0.2"));
      await expect(loadActor(user.id, 0)).resolves.toMatchObject({ email });
      setDemoMode("false");
      await expect(loadActor(user.id, 0)).resolves.toBeNull();
    });

    it("are listed from the database with what each is", async () => {
      const email = await makeDemoAccount();
      const admin = uniqueEmail("demo-admin");
      await getDb().user.create({ data: { email: admin, name: "Demo Admin", isAdmin: true, isDemo: true } });
      const notDemo = await makeAccount();
      const listed = await listDemoAccounts();
      expect(listed).toContainEqual({ email: admin, kind: "admin", scope: null });
      expect(listed).toContainEqual({ email, kind: "respondent", scope: null });
      expect(listed.map((a) => a.email)).not.toContain(notDemo);
      expect(listed.findIndex((a) => a.email === admin)).toBeLessThan(listed.findIndex((a) => a.email === email));
    });
  });
});
