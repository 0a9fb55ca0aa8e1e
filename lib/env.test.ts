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

  describe("the S3 file store", () => {
    const S3_UNSET = { S3_BUCKET: undefined, S3_ENDPOINT: undefined, S3_REGION: undefined, S3_ACCESS_KEY_ID: undefined, S3_SECRET_ACCESS_KEY: undefined, S3_FORCE_PATH_STYLE: undefined, S3_PREFIX: undefined };

    it("reads its settings, with the region's default and slashes trimmed from the prefix", () => {
      const e = withEnv({ ...S3_UNSET, FILE_STORE: "s3", S3_BUCKET: "cybercap-evidence", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true", S3_PREFIX: "/prod/files/" });
      expect(e).toMatchObject({ FILE_STORE: "s3", S3_BUCKET: "cybercap-evidence", S3_ENDPOINT: "http://127.0.0.1:9000", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true, S3_PREFIX: "prod/files" });
      expect(e.S3_ACCESS_KEY_ID).toBeUndefined();
      // Blank values (docker-compose's `S3_ENDPOINT=`) mean unset.
      expect(withEnv({ ...S3_UNSET, FILE_STORE: "s3", S3_BUCKET: "b-1", S3_ENDPOINT: "", S3_REGION: "", S3_PREFIX: "" })).toMatchObject({ S3_ENDPOINT: undefined, S3_REGION: "us-east-1", S3_PREFIX: undefined });
    });

    it("requires a bucket with FILE_STORE=s3, and only then", () => {
      expect(() => withEnv({ ...S3_UNSET, FILE_STORE: "s3" })).toThrow(/S3_BUCKET: S3_BUCKET is required with FILE_STORE=s3/);
      expect(withEnv({ ...S3_UNSET, FILE_STORE: "folder" }).S3_BUCKET).toBeUndefined();
      expect(() => withEnv({ ...S3_UNSET, FILE_STORE: "bucket" })).toThrow(/FILE_STORE must be "postgres", "folder" or "s3"/);
    });

    it("refuses a malformed bucket, endpoint or prefix, and half a key pair", () => {
      const base = { ...S3_UNSET, FILE_STORE: "s3", S3_BUCKET: "cybercap" };
      expect(() => withEnv({ ...base, S3_BUCKET: "My_Bucket" })).toThrow(/S3_BUCKET must be a bucket name/);
      expect(() => withEnv({ ...base, S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT must be an http\(s\) URL/);
      expect(() => withEnv({ ...base, S3_PREFIX: "a/../b" })).toThrow(/S3_PREFIX must be/);
      expect(() => withEnv({ ...base, S3_ACCESS_KEY_ID: "AKIA" })).toThrow(/S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/);
      expect(() => withEnv({ ...base, S3_SECRET_ACCESS_KEY: "s" })).toThrow(/S3_ACCESS_KEY_ID: /);
      expect(withEnv({ ...base, S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "s" })).toMatchObject({ S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "s" });
    });
  });
});
