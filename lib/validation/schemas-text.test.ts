import { describe, expect, it } from "vitest";
import { ZSignIn } from "../auth/schemas";
import { ZLinkEvidence } from "../evidence/schemas";
import { ZOpenRound, ZSubmitRound } from "../rounds/schemas";
import { ZAcceptInvitation, ZInvite, ZNewAccount } from "../team/schemas";

// Every free-text field of every schema refuses control characters with the same key, so a NUL
// byte is a 422 naming the field (and a message at it), never a database error.
const NUL = "\u0000";

function firstMessages(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[issue.path.map(String).join(".")] ??= issue.message;
  return out;
}

describe("free text in every schema", () => {
  it("refuses control characters, naming the field", () => {
    expect(firstMessages(ZSignIn, { email: `a${NUL}@example.org`, password: "secret" })).toEqual({ email: "controlCharacters" });
    expect(firstMessages(ZSignIn, { email: "a@example.org", password: `pass${NUL}word` })).toEqual({ password: "controlCharacters" });
    expect(firstMessages(ZInvite, { email: `x${NUL}@example.org`, pillarCodes: ["INV"] })).toEqual({ email: "controlCharacters" });
    expect(firstMessages(ZNewAccount, { name: `Ana${NUL}`, password: "a long enough password" })).toEqual({ name: "controlCharacters" });
    expect(firstMessages(ZAcceptInvitation, { name: "Ana", password: `long enough${NUL}password`, confirmPassword: `long enough${NUL}password` })).toMatchObject({ password: "controlCharacters" });
    expect(firstMessages(ZOpenRound, { cycle: `2026${NUL}`, targets: {} })).toEqual({ cycle: "controlCharacters" });
    expect(firstMessages(ZLinkEvidence, { url: `https://x.org/${NUL}` })).toEqual({ url: "controlCharacters" });
  });

  it("accepts any printable character in a password", () => {
    expect(ZSignIn.safeParse({ email: "a@example.org", password: "  ü€ كلمة 密码 \u200f!\"#" }).success).toBe(true);
  });

  it("bounds the round's version to the integer column", () => {
    expect(ZSubmitRound.safeParse({ version: 2 ** 31 }).success).toBe(false);
    expect(ZSubmitRound.safeParse({ version: 2 ** 31 - 1 }).success).toBe(true);
  });
});
