import { describe, expect, it } from "vitest";
import { parseInput } from "../api/parse";
import { AppError } from "../errors";
import { ZAcceptInvitation, ZAssignment, ZInvite, ZNewAccount } from "./schemas";

/** The field errors the server would answer with (the same parser routes and actions use). */
function errorsOf<T>(schema: Parameters<typeof parseInput<T>>[0], input: unknown): Record<string, string> {
  try {
    parseInput(schema, input);
    return {};
  } catch (error) {
    if (error instanceof AppError) return error.fields ?? {};
    throw error;
  }
}

describe("ZInvite", () => {
  it("accepts an email and at least one pillar code, trimming the email", () => {
    const parsed = ZInvite.parse({ email: "  Amina.Diallo@justice.example.sn ", pillarCodes: ["INV", "LEG"] });
    expect(parsed).toEqual({ email: "Amina.Diallo@justice.example.sn", pillarCodes: ["INV", "LEG"] });
  });

  it("refuses a missing or malformed email with a catalogue key at the field", () => {
    expect(errorsOf(ZInvite, ({ email: "", pillarCodes: ["INV"] }))).toEqual({ email: "required" });
    expect(errorsOf(ZInvite, ({ email: "not-an-email", pillarCodes: ["INV"] }))).toEqual({ email: "email" });
    expect(errorsOf(ZInvite, ({ email: `${"a".repeat(320)}@x.org`, pillarCodes: ["INV"] }))).toMatchObject({ email: "tooLong" });
  });

  it("wants at least one pillar, each once, shaped like a code", () => {
    expect(errorsOf(ZInvite, ({ email: "a@b.org", pillarCodes: [] }))).toEqual({ pillarCodes: "pillarsRequired" });
    expect(errorsOf(ZInvite, ({ email: "a@b.org", pillarCodes: ["INV", "INV"] }))).toEqual({ pillarCodes: "pillarUnknown" });
    expect(errorsOf(ZInvite, ({ email: "a@b.org", pillarCodes: ["inv"] }))).toEqual({ pillarCodes: "pillarUnknown" });
    expect(errorsOf(ZInvite, ({ email: "a@b.org", pillarCodes: ["'; DROP"] }))).toEqual({ pillarCodes: "pillarUnknown" });
    expect(ZAssignment.safeParse({ pillarCodes: ["PRE"] }).success).toBe(true);
  });
});

describe("ZAcceptInvitation", () => {
  const valid = { name: "Amina Diallo", password: "a long enough password", confirmPassword: "a long enough password" };

  it("accepts a name and a confirmed password of at least 12 characters", () => {
    expect(ZAcceptInvitation.safeParse(valid).success).toBe(true);
    expect(ZNewAccount.parse({ name: " Amina ", password: "123456789012" })).toEqual({ name: "Amina", password: "123456789012" });
  });

  it("names the field that is wrong", () => {
    expect(errorsOf(ZAcceptInvitation, ({ ...valid, name: "  " }))).toEqual({ name: "required" });
    expect(errorsOf(ZAcceptInvitation, ({ ...valid, password: "short", confirmPassword: "short" }))).toEqual({ password: "passwordTooShort" });
    expect(errorsOf(ZAcceptInvitation, ({ ...valid, confirmPassword: "something else entirely" }))).toEqual({ confirmPassword: "passwordMismatch" });
  });
});
