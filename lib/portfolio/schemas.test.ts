import { describe, expect, it } from "vitest";
import { compareFromSearch, compareWithin, HEAT_MAP_PAGE_SIZE, heatMapPage, ZCompare, ZHeatMapPage, ZPortfolioSort } from "./schemas";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe("ZCompare", () => {
  it("accepts two to five distinct codes, upper-cased, duplicates dropped", () => {
    expect(ZCompare.parse(["ke", "UG"])).toEqual(["KE", "UG"]);
    expect(ZCompare.parse(["KE", "UG", "TZ", "RW", "BI"])).toHaveLength(5);
    expect(messages(ZCompare.safeParse(["KE", "ke"]))).toEqual(["tooFew"]);
  });
  it("refuses one country, more than five, and anything but ISO alpha-2 codes", () => {
    expect(messages(ZCompare.safeParse(["KE"]))).toEqual(["tooFew"]);
    expect(messages(ZCompare.safeParse(["KE", "UG", "TZ", "RW", "BI", "SO"]))).toEqual(["tooMany"]);
    expect(messages(ZCompare.safeParse(["KE", "KEN"]))).toEqual(["invalid"]);
    expect(messages(ZCompare.safeParse(["KE", "<b>"]))).toEqual(["invalid"]);
  });
  it("within a portfolio, names the countries outside it", () => {
    const schema = compareWithin(new Set(["KE", "UG", "TZ"]));
    expect(schema.parse(["KE", "TZ"])).toEqual(["KE", "TZ"]);
    const result = schema.safeParse(["KE", "GT", "HN"]);
    expect(messages(result)).toEqual(["outside"]);
    expect(result.success ? null : (result.error.issues[0] as { params?: unknown }).params).toEqual({ codes: ["GT", "HN"] });
  });
});

describe("compareFromSearch", () => {
  it("reads repeated parameters (the checkboxes) and comma-separated ones (a shared link)", () => {
    expect(compareFromSearch(new URLSearchParams("compare=KE&compare=UG"))).toEqual(["KE", "UG"]);
    expect(compareFromSearch({ compare: "KE, UG,," })).toEqual(["KE", "UG"]);
    expect(compareFromSearch({ compare: ["KE,UG", "TZ"] })).toEqual(["KE", "UG", "TZ"]);
  });
  it("is null without the parameter, and an empty list (too few) when it is sent empty", () => {
    expect(compareFromSearch({})).toBeNull();
    expect(compareFromSearch(new URLSearchParams("region=EAF"))).toBeNull();
    expect(compareFromSearch(new URLSearchParams("compare="))).toEqual([]);
    expect(ZCompare.safeParse(compareFromSearch({ compare: "" })).error?.issues[0].message).toBe("tooFew");
  });
});

describe("ZPortfolioSort", () => {
  it("reads a pillar or the name and a direction; anything else falls back to name, ascending", () => {
    expect(ZPortfolioSort.parse({ sort: "LEG", dir: "desc" })).toEqual({ sort: "LEG", dir: "desc" });
    expect(ZPortfolioSort.parse({})).toEqual({ sort: "name", dir: "asc" });
    expect(ZPortfolioSort.parse({ sort: "x;drop", dir: "sideways" })).toEqual({ sort: "name", dir: "asc" });
  });
});

describe("the heat map's pages", () => {
  const rows = Array.from({ length: 193 }, (_, i) => i);
  it("reads ?page=, anything unreadable being the first page", () => {
    expect(ZHeatMapPage.parse("3")).toBe(3);
    for (const bad of [undefined, null, "", "0", "-2", "1.5", "abc", "1e9"]) expect(ZHeatMapPage.parse(bad)).toBe(1);
  });
  it("cuts 193 countries into pages of 50, the last one of 43; a page past the end is the last", () => {
    expect(HEAT_MAP_PAGE_SIZE).toBe(50);
    expect(heatMapPage(rows, 1)).toMatchObject({ page: 1, pages: 4, from: 0 });
    expect(heatMapPage(rows, 1).rows).toEqual(rows.slice(0, 50));
    const last = heatMapPage(rows, 4);
    expect([last.rows.length, last.rows[0], last.from]).toEqual([43, 150, 150]);
    expect(heatMapPage(rows, 99)).toMatchObject({ page: 4, pages: 4 });
    expect(heatMapPage([], 2)).toMatchObject({ rows: [], page: 1, pages: 1 });
  });
});
