import { describe, expect, it } from "vitest";
import { showFieldErrors, submitAction } from "./field-errors";

describe("showFieldErrors", () => {
  it("sets the keys of the form's own fields and says it did", () => {
    const set: Array<[string, string]> = [];
    const shown = showFieldErrors({ fields: { email: "email", other: "required" } }, ["email", "name"] as const, (field, { message }) => set.push([field, message]));
    expect(shown).toBe(true);
    expect(set).toEqual([["email", "email"]]);
  });

  it("says none was shown when the failure names no field of the form", () => {
    const set: string[] = [];
    expect(showFieldErrors({ fields: { other: "required" } }, ["email"] as const, (field) => set.push(field))).toBe(false);
    expect(showFieldErrors({}, ["email"] as const, (field) => set.push(field))).toBe(false);
    expect(set).toEqual([]);
  });
});

describe("submitAction", () => {
  const form = () => {
    const seen: { fieldErrors: string[]; formError: string | null } = { fieldErrors: [], formError: null };
    return {
      seen,
      options: {
        fields: ["email"] as const,
        setError: (field: "email", { message }: { message: string }) => seen.fieldErrors.push(`${field}:${message}`),
        setFormError: (message: string) => (seen.formError = message),
        unexpected: () => "unexpected",
        failure: (failure: { error: string }) => `failed:${failure.error}`,
      },
    };
  };

  it("returns the success and shows nothing", async () => {
    const { seen, options } = form();
    await expect(submitAction(async () => ({ ok: true as const, email: "a@example.org" }), options)).resolves.toEqual({ ok: true, email: "a@example.org" });
    expect(seen).toEqual({ fieldErrors: [], formError: null });
  });

  it("shows a failure at its field, else as the form's sentence", async () => {
    const atField = form();
    await expect(submitAction(async () => ({ ok: false as const, error: "INVALID_INPUT" as const, fields: { email: "email" } }), atField.options)).resolves.toBeNull();
    expect(atField.seen).toEqual({ fieldErrors: ["email:email"], formError: null });
    const atForm = form();
    await expect(submitAction(async () => ({ ok: false as const, error: "CONFLICT" as const }), atForm.options)).resolves.toBeNull();
    expect(atForm.seen).toEqual({ fieldErrors: [], formError: "failed:CONFLICT" });
  });

  it("shows a thrown action as the unexpected sentence", async () => {
    const { seen, options } = form();
    await expect(submitAction(() => Promise.reject(new Error("network")), options)).resolves.toBeNull();
    expect(seen).toEqual({ fieldErrors: [], formError: "unexpected" });
  });
});
