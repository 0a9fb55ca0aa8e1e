import { describe, expect, it } from "vitest";
import { isUuid, uuidv7 } from "./ids";

describe("ids", () => {
  it("recognises UUIDs only", () => {
    expect(isUuid("01a2078c-6db5-724d-9129-a8e493f41596")).toBe(true);
    expect(isUuid("not-a-uuid")).toBe(false);
    expect(isUuid("01a2078c6db5724d9129a8e493f41596")).toBe(false);
  });
  it("makes version 7 UUIDs that sort by time", () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe("7");
    expect("89ab").toContain(a[19]);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13).replace("-", "")).toBe((1_700_000_000_000).toString(16).padStart(12, "0"));
  });
});
