import { describe, expect, it } from "vitest";
import { createSlots, SlotTimeoutError } from "./slots";

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("render slots", () => {
  it("runs at most the limit at once and the rest in turn", async () => {
    const slots = createSlots(2);
    let peak = 0;
    let now = 0;
    const task = async () => {
      now += 1;
      peak = Math.max(peak, now);
      await later(20);
      now -= 1;
      return "done";
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => slots.run(task, 1000)));
    expect(results).toEqual(["done", "done", "done", "done", "done"]);
    expect(peak).toBe(2);
    expect(slots.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("gives up waiting after the timeout, and a failed task frees its slot", async () => {
    const slots = createSlots(1);
    const long = slots.run(() => later(100), 1000);
    await expect(slots.run(async () => "never", 10)).rejects.toBeInstanceOf(SlotTimeoutError);
    await long;
    await expect(slots.run(() => Promise.reject(new Error("boom")), 10)).rejects.toThrow("boom");
    await expect(slots.run(async () => "ok", 10)).resolves.toBe("ok");
  });
});
