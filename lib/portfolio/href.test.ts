import { describe, expect, it } from "vitest";
import { portfolioHref } from "./href";

const none = { region: null, status: null, cycle: null };

describe("portfolioHref", () => {
  it("is the bare page for the default view", () => {
    expect(portfolioHref({ filters: none, order: { sort: "name", dir: "asc" }, compare: [] })).toBe("/portfolio");
  });
  it("carries the filters, a non-default order and the comparison", () => {
    const href = portfolioHref({ filters: { region: "EAF", status: "VALIDATED", cycle: "2025" }, order: { sort: "LEG", dir: "desc" }, compare: ["KE", "UG"] });
    expect(Object.fromEntries(new URL(href, "http://x").searchParams)).toEqual({ region: "EAF", status: "VALIDATED", cycle: "2025", sort: "LEG", dir: "desc", compare: "KE,UG" });
  });
  it("carries the heat map's page after the first", () => {
    const base = { filters: none, order: { sort: "name", dir: "asc" } as const, compare: [] };
    expect(portfolioHref({ ...base, page: 1 })).toBe("/portfolio");
    expect(portfolioHref({ ...base, page: 3 })).toBe("/portfolio?page=3");
  });
  it("encodes what it carries", () => {
    expect(portfolioHref({ filters: { ...none, cycle: "2025 & b" }, order: { sort: "name", dir: "desc" }, compare: [] })).toBe("/portfolio?cycle=2025+%26+b&sort=name&dir=desc");
  });
});
