import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

function withEnv(vars: Record<string, string | undefined>) {
  process.env = { ...saved, ...vars };
  resetEnvForTests();
  return env();
}

describe("env", () => {
  it("applies defaults", () => {
    const e = withEnv({ DEMO_MODE: undefined, OIDC_ISSUER: undefined, SESSION_MAX_AGE_HOURS: undefined, AUTH_THROTTLE_ACCOUNT_MAX: undefined });
    expect(e.SESSION_MAX_AGE_HOURS).toBe(8);
    expect(e.AUTH_THROTTLE_ACCOUNT_MAX).toBe(5);
    expect(e.isDemoMode).toBe(false);
    expect(e.isOidcEnabled).toBe(false);
  });
  it("reads flags and enables OIDC only when fully configured", () => {
    expect(withEnv({ DEMO_MODE: "true" }).isDemoMode).toBe(true);
    expect(withEnv({ DEMO_MODE: "0" }).isDemoMode).toBe(false);
    expect(withEnv({ OIDC_ISSUER: "https://id.example.org", OIDC_CLIENT_ID: "c" }).isOidcEnabled).toBe(false);
    expect(withEnv({ OIDC_ISSUER: "https://id.example.org", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" }).isOidcEnabled).toBe(true);
  });
  it("refuses invalid values with a message naming the variable", () => {
    expect(() => withEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => withEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => withEnv({ DEMO_MODE: "maybe" })).toThrow(/DEMO_MODE/);
  });
});
