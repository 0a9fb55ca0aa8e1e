import { describe, expect, it } from "vitest";
import { showFieldErrors } from "./field-errors";

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
