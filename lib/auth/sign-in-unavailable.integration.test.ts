import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db";
import { resetEnvForTests } from "../env";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { authorizeCredentials } from "./options";
import { isDatabaseUnreachable } from "./unavailable";

// Sign-in with the database down: a real connection attempt to a port nobody listens on (port 1 of
// the loopback interface refuses at once), through the same pool and client the app uses.
const UNREACHABLE = "postgresql://postgres@127.0.0.1:1/cybercap";

type DbGlobals = { cybercapPool?: unknown; cybercapPrisma?: unknown; cybercapLimiters?: unknown };
const globals = globalThis as unknown as DbGlobals;
let saved: { url: string | undefined; globals: DbGlobals };

beforeAll(() => {
  saved = { url: process.env.DATABASE_URL, globals: { cybercapPool: globals.cybercapPool, cybercapPrisma: globals.cybercapPrisma, cybercapLimiters: globals.cybercapLimiters } };
  // The pool, the Prisma client and the throttling limiters are made lazily from DATABASE_URL.
  delete globals.cybercapPool;
  delete globals.cybercapPrisma;
  delete globals.cybercapLimiters;
  process.env.DATABASE_URL = UNREACHABLE;
  resetEnvForTests();
});

afterAll(() => {
  process.env.DATABASE_URL = saved.url;
  Object.assign(globals, saved.globals);
  resetEnvForTests();
});

describe("sign-in while the database is down", () => {
  it("answers UNAVAILABLE, not a wrong password and not the driver's message", async () => {
    const attempt = authorizeCredentials({ email: "someone@example.org", password: "whatever-it-is" }, { [PEER_ADDRESS_HEADER]: "10.9.0.1" });
    await expect(attempt).rejects.toThrow(/^UNAVAILABLE$/);
  });

  it("recognises Prisma's own error for an unreachable server", async () => {
    const db = createPrismaClient(UNREACHABLE);
    const error = await db.user.findFirst().then(
      () => null,
      (e: unknown) => e,
    );
    await db.$disconnect();
    expect(error).not.toBeNull();
    expect(isDatabaseUnreachable(error)).toBe(true);
  });
});
