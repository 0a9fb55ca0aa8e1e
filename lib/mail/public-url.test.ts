import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { publicBaseUrl } from "./public-url";

const saved = { NODE_ENV: process.env.NODE_ENV, NEXTAUTH_URL: process.env.NEXTAUTH_URL, HOST: process.env.HOST, PORT: process.env.PORT };

function withEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
}

afterEach(() => withEnv(saved));

describe("publicBaseUrl", () => {
  it("is the configured public address, without a trailing slash", () => {
    withEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://cybercap.example.org/" });
    expect(publicBaseUrl()).toBe("https://cybercap.example.org");
  });

  it("refuses to guess one in production, saying what to set", () => {
    withEnv({ NODE_ENV: "production", NEXTAUTH_URL: undefined, HOST: "0.0.0.0", PORT: "3000" });
    expect(() => publicBaseUrl()).toThrow(/NEXTAUTH_URL/);
    try {
      publicBaseUrl();
    } catch (error) {
      expect(error).toMatchObject({ code: "UNAVAILABLE", details: { reason: "PUBLIC_URL_MISSING" } });
    }
  });

  it("uses the local address in development", () => {
    withEnv({ NODE_ENV: "development", NEXTAUTH_URL: undefined, HOST: "0.0.0.0", PORT: "3100" });
    expect(publicBaseUrl()).toBe("http://localhost:3100");
  });
});
