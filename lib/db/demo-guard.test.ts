import { describe, expect, it } from "vitest";
import { assertDemoModeAllowed, DEMO_EXTERNAL_DB_REFUSAL, demoModeRefusal } from "./demo-guard";

describe("demoModeRefusal", () => {
  it("allows demo mode on the embedded database (npm install && npm start)", () => {
    expect(demoModeRefusal({ demo: true, embedded: true, allowExternal: false })).toBeUndefined();
  });

  it("refuses demo mode on an external database unless it is allowed explicitly", () => {
    expect(demoModeRefusal({ demo: true, embedded: false, allowExternal: false })).toBe(DEMO_EXTERNAL_DB_REFUSAL);
    expect(demoModeRefusal({ demo: true, embedded: false, allowExternal: true })).toBeUndefined();
  });

  it("never stands in the way when demo mode is off", () => {
    expect(demoModeRefusal({ demo: false, embedded: false, allowExternal: false })).toBeUndefined();
    expect(demoModeRefusal({ demo: false, embedded: true, allowExternal: false })).toBeUndefined();
  });

  it("names both ways out in its message", () => {
    expect(() => assertDemoModeAllowed({ demo: true, embedded: false, allowExternal: false })).toThrow(/DEMO_MODE=false.*DEMO_MODE_ALLOW_EXTERNAL_DB=true/);
  });
});
