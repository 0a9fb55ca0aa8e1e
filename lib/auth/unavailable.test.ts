import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "./unavailable";

describe("isDatabaseUnreachable", () => {
  it("recognises connection failures, however deeply wrapped", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    const refused = Object.assign(new Error("refused"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(new AggregateError([refused], ""))).toBe(true);
    expect(isDatabaseUnreachable(new Error("query failed", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("the database system is shutting down"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves other failures alone", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnreachable(new Error("INVALID_CREDENTIALS"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
    expect(isDatabaseUnreachable("ECONNREFUSED")).toBe(false);
  });
});
