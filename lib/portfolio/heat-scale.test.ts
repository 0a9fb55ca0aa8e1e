import { describe, expect, it } from "vitest";
import { HEAT_BANDS, HEAT_CLASSES, heatBand } from "./heat-scale";

describe("heatBand", () => {
  it("puts each score in its band of the 0-4 scale, bounds included in the upper band", () => {
    expect([0, 0.99, 1, 1.5, 2, 2.99, 3, 3.5, 4].map(heatBand)).toEqual(["0", "0", "1", "1", "2", "2", "3", "3", "3"]);
  });
  it("has a band of its own for no score", () => {
    expect(heatBand(null)).toBe("none");
    expect(heatBand(Number.NaN)).toBe("none");
  });
  it("gives every band a background and a text colour", () => {
    for (const band of [...HEAT_BANDS, "none" as const]) expect(HEAT_CLASSES[band]).toMatch(/^bg-\S+ text-\S+$/);
  });
});
