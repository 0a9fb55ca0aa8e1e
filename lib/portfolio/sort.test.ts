import { describe, expect, it } from "vitest";
import { nextOrder, sortCountries } from "./sort";

const rows = [
  { iso2: "UG", label: "Uganda", scores: { LEG: 2, PRE: null } },
  { iso2: "KE", label: "Kenya", scores: { LEG: 3.5, PRE: 1 } },
  { iso2: "TZ", label: "Tanzanie", scores: { LEG: null, PRE: 2 } },
  { iso2: "ET", label: "Éthiopie", scores: { LEG: 2, PRE: 0 } },
];
const codes = (r: typeof rows) => r.map((c) => c.iso2);

describe("sortCountries", () => {
  it("sorts by name in the reader's language (accents where the locale puts them)", () => {
    expect(codes(sortCountries(rows, { sort: "name", dir: "asc" }, "fr"))).toEqual(["ET", "KE", "TZ", "UG"]);
    expect(codes(sortCountries(rows, { sort: "name", dir: "desc" }, "fr"))).toEqual(["UG", "TZ", "KE", "ET"]);
  });
  it("sorts by a pillar's score, ties by name, countries without a score last in both directions", () => {
    expect(codes(sortCountries(rows, { sort: "LEG", dir: "asc" }, "en"))).toEqual(["ET", "UG", "KE", "TZ"]);
    expect(codes(sortCountries(rows, { sort: "LEG", dir: "desc" }, "en"))).toEqual(["KE", "ET", "UG", "TZ"]);
    expect(codes(sortCountries(rows, { sort: "PRE", dir: "desc" }, "en"))).toEqual(["TZ", "KE", "ET", "UG"]);
  });
  it("keeps the name order for a pillar nobody has", () => {
    expect(codes(sortCountries(rows, { sort: "XYZ", dir: "desc" }, "en"))).toEqual(["ET", "KE", "TZ", "UG"]);
  });
  it("does not change the rows it was given", () => {
    const copy = [...rows];
    sortCountries(rows, { sort: "LEG", dir: "asc" }, "en");
    expect(rows).toEqual(copy);
  });
});

describe("nextOrder", () => {
  it("flips the current column and starts another one ascending", () => {
    expect(nextOrder({ sort: "LEG", dir: "asc" }, "LEG")).toEqual({ sort: "LEG", dir: "desc" });
    expect(nextOrder({ sort: "LEG", dir: "desc" }, "LEG")).toEqual({ sort: "LEG", dir: "asc" });
    expect(nextOrder({ sort: "LEG", dir: "desc" }, "name")).toEqual({ sort: "name", dir: "asc" });
  });
});
