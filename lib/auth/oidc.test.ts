import { describe, expect, it } from "vitest";
import { identityFromClaims } from "./oidc";

describe("identityFromClaims", () => {
  it("keeps the email only when the provider says it is verified (true, exactly)", () => {
    expect(identityFromClaims({ sub: "s1", email: "a@example.org", email_verified: true, name: "A" })).toEqual({ id: "s1", email: "a@example.org", name: "A" });
    expect(identityFromClaims({ sub: "s1", email: "a@example.org", email_verified: false }).email).toBeNull();
    expect(identityFromClaims({ sub: "s1", email: "a@example.org" }).email).toBeNull();
    expect(identityFromClaims({ sub: "s1", email: "a@example.org", email_verified: "true" }).email).toBeNull();
  });

  it("does not show an unverified address as the name", () => {
    expect(identityFromClaims({ sub: "s1", email: "a@example.org" }).name).toBe("s1");
    expect(identityFromClaims({ sub: "s1", email: "a@example.org", email_verified: true }).name).toBe("a@example.org");
  });
});
