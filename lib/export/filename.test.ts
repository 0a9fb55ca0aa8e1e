import { describe, expect, it } from "vitest";
import { exportFileName, exportHeaders } from "./filename";

describe("export file names", () => {
  it("names a round's export by country, cycle and content", () => {
    expect(exportFileName({ parts: ["KE", "2026"], what: "answers", ext: "xlsx" })).toBe("cybercap-KE-2026-answers.xlsx");
    expect(exportFileName({ parts: ["GT", "2026-2027"], what: "answers", ext: "csv" })).toBe("cybercap-GT-2026-2027-answers.csv");
  });

  it("keeps the name ASCII and free of separators whatever the parts hold", () => {
    const name = exportFileName({ parts: ["KE", '20"26/../;x', "قطر"], what: "portfolio", ext: "xlsx" });
    expect(name).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(name).toBe("cybercap-KE-20-26-x-portfolio.xlsx");
    expect(exportFileName({ parts: [], what: "portfolio", ext: "csv" })).toBe("cybercap-portfolio.csv");
  });

  it("sends an attachment with an ASCII name and the exact one in filename*", () => {
    const headers = exportHeaders("cybercap-KE-2026-answers.xlsx", "application/octet-stream");
    expect(headers.get("content-disposition")).toBe(`attachment; filename="cybercap-KE-2026-answers.xlsx"; filename*=UTF-8''cybercap-KE-2026-answers.xlsx`);
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });
});
