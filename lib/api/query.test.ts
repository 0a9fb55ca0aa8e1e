import { describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { parseQuery, ZLangQuery } from "./query";

const parse = (query: string) => parseQuery(ZLangQuery, new URLSearchParams(query));

describe("parseQuery", () => {
  it("reads the schema's keys, the first value of each; absent ones stay undefined", () => {
    expect(parse("lang=ar")).toEqual({ lang: "ar" });
    expect(parse("lang=fr&lang=de")).toEqual({ lang: "fr" });
    expect(parse("other=1")).toEqual({});
  });

  it("refuses a value it cannot read with a 400 naming the field", () => {
    for (const query of ["lang=de", "lang=", "lang=EN"]) {
      try {
        parse(query);
        throw new Error(`accepted ${query}`);
      } catch (error) {
        expect(isAppError(error) && { code: error.code, status: error.status, fields: error.fields }).toEqual({ code: "INVALID_QUERY", status: 400, fields: { lang: "invalid" } });
      }
    }
  });
});
