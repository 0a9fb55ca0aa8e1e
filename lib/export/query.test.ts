import { describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { exportQuerySchema, parseExportQuery } from "./query";

const FORMATS = ["xlsx", "csv", "json"] as const;
const parse = (query: string, reader: "fr" | null = null) => parseExportQuery(new URLSearchParams(query), exportQuerySchema(FORMATS), reader);

function refusal(query: string) {
  try {
    parse(query);
  } catch (error) {
    if (isAppError(error)) return { code: error.code, status: error.status, fields: error.fields };
    throw error;
  }
  throw new Error("accepted");
}

describe("export query", () => {
  it("reads the format and the language, falling back to the reader's and then English", () => {
    expect(parse("format=xlsx&lang=ar")).toEqual({ format: "xlsx", lang: "ar" });
    expect(parse("format=csv", "fr")).toEqual({ format: "csv", lang: "fr" });
    expect(parse("format=json")).toEqual({ format: "json", lang: "en" });
  });

  it("refuses a missing or unknown format and an unknown language with a 400 naming the field", () => {
    expect(refusal("")).toEqual({ code: "INVALID_QUERY", status: 400, fields: { format: "invalid" } });
    expect(refusal("format=exe")).toEqual({ code: "INVALID_QUERY", status: 400, fields: { format: "invalid" } });
    expect(refusal("format=XLSX")).toMatchObject({ fields: { format: "invalid" } });
    expect(refusal("format=csv&lang=de")).toEqual({ code: "INVALID_QUERY", status: 400, fields: { lang: "invalid" } });
    expect(refusal("format=pdfx&lang=")).toEqual({ code: "INVALID_QUERY", status: 400, fields: { format: "invalid", lang: "invalid" } });
  });
});
