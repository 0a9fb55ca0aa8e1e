import { describe, expect, it } from "vitest";
import { historyOrder } from "./history";

describe("the order of a round's history", () => {
  it("keeps two saves of the same millisecond in the order of their event ids, across a digit (998 before 1000)", () => {
    const at = "2026-12-04T02:28:30.123Z";
    const items = [
      { type: "answer" as const, id: "1000", at },
      { type: "answer" as const, id: "998", at },
      { type: "answer" as const, id: "999", at },
    ];
    expect(items.sort(historyOrder).map((i) => i.id)).toEqual(["998", "999", "1000"]);
  });
  it("orders by time first, then by kind of step (an answer before the status change of the same moment)", () => {
    const items = [
      { type: "status" as const, id: "01a23ea5-0000-7000-8000-000000000001", at: "2026-01-01T00:00:00.000Z" },
      { type: "answer" as const, id: "5", at: "2026-01-01T00:00:00.000Z" },
      { type: "answer" as const, id: "4", at: "2025-12-31T23:59:59.999Z" },
    ];
    expect(items.sort(historyOrder).map((i) => i.id)).toEqual(["4", "5", "01a23ea5-0000-7000-8000-000000000001"]);
  });
});
