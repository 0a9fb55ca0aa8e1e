import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { messageValuesOf, runAction } from "./run-action";

describe("runAction", () => {
  it("passes an expected error's field messages, reason and message values to the client", async () => {
    const result = await runAction("test", async () => {
      throw new AppError("INVALID_INPUT", "unknown", { fields: { indicatorCodes: "indicatorUnknown" }, details: { reason: "X", messageValues: { codes: "A-1, B-2" } } });
    });
    expect(result).toEqual({ ok: false, error: "INVALID_INPUT", fields: { indicatorCodes: "indicatorUnknown" }, reason: "X", values: { codes: "A-1, B-2" } });
  });

  it("keeps only string message values", () => {
    expect(messageValuesOf({ messageValues: { a: "x", b: 1, c: null } })).toEqual({ a: "x" });
    expect(messageValuesOf({ messageValues: { b: 1 } })).toBeUndefined();
    expect(messageValuesOf(undefined)).toBeUndefined();
    expect(messageValuesOf({ reason: "X" })).toBeUndefined();
  });
});
