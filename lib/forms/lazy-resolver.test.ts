import { describe, expect, it } from "vitest";
import { ZSignIn, type TSignIn } from "../auth/schemas";
import { lazyZodResolver } from "./lazy-resolver";

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe("lazyZodResolver", () => {
  it("validates with the shared schema once it is loaded, loading it once", async () => {
    let loads = 0;
    const resolver = lazyZodResolver<TSignIn>(async () => {
      loads += 1;
      return ZSignIn;
    });
    resolver.preload();
    await expect(resolver({ email: " a@example.org ", password: "x" }, undefined, options)).resolves.toEqual({ values: { email: "a@example.org", password: "x" }, errors: {} });
    const invalid = await resolver({ email: "", password: "" }, undefined, options);
    expect(invalid.errors.email?.message).toBe("required");
    expect(invalid.errors.password?.message).toBe("required");
    expect(loads).toBe(1);
  });

  it("tries again after a failed download (a dropped connection)", async () => {
    let attempt = 0;
    const resolver = lazyZodResolver<TSignIn>(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error("network");
      return ZSignIn;
    });
    await expect(resolver({ email: "a@example.org", password: "x" }, undefined, options)).rejects.toThrow("network");
    await expect(resolver({ email: "a@example.org", password: "x" }, undefined, options)).resolves.toMatchObject({ errors: {} });
  });
});
