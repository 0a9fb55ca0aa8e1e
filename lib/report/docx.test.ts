// The DOCX builder, read back: document.xml holds the report's headings, tables and figures (the
// scoring module's numbers), Arabic paragraphs run right to left, and charts are PNG images.
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { formatScore } from "../../components/dashboard/format";
import arMessages from "../../messages/ar.json";
import { conventionArticle } from "../conventions/articles";
import { scoreRound } from "../scoring";
import { reportFilename } from "./content";
import { buildReportDocx } from "./docx";
import { FIXTURE_INPUT, FIXTURE_PILLARS, fixtureReport, fixtureTranslators } from "./test-fixture";

// A 1x1 transparent PNG.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));

async function documentXml(lang: "en" | "ar" | "zh", withCharts = true) {
  const bytes = await buildReportDocx({
    report: fixtureReport(),
    lang,
    t: await fixtureTranslators(lang),
    charts: withCharts ? [{ key: "radar", png: PNG, width: 640, height: 360 }, { key: "gaps", png: PNG, width: 640, height: 360 }] : [],
  });
  const files = unzipSync(bytes);
  return { xml: strFromU8(files["word/document.xml"]), files };
}

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The text of the document's paragraphs (w:t runs joined per paragraph). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(""));
}

describe("buildReportDocx", () => {
  const scores = scoreRound(FIXTURE_INPUT);

  it("writes the sections, the scoring module's pillar scores and the charts as PNG images", async () => {
    const { xml, files } = await documentXml("en");
    const text = paragraphs(xml);
    expect(text).toContain("Kenya: cybercrime capacity gap report, 2026/27");
    for (const section of ["1. Executive summary", "4. Pillar tables", "5. Priority list", "6. Recommended assistance package", "7. Convention coverage", "9. The reviewer's comments", "10. Methodology"]) {
      expect(text).toContain(section);
    }
    for (const p of scores.pillars) {
      expect(text).toContain(FIXTURE_PILLARS[p.code].en);
      expect(p.score).not.toBeNull();
      expect(text).toContain(formatScore("en", p.score ?? -1));
    }
    expect(text).toContain("Please keep the lab accreditation up to date.");
    // Convention coverage names each article with its title.
    expect(text).toContain("Art. 25 — Expedited preservation of stored electronic data");
    expect(text).toContain("Art. 35 — 24/7 Network");
    expect(text.some((t) => t.startsWith("Investigator training: Weighted gap closed:"))).toBe(true);
    // Both charts are drawn (the two identical test images are stored once).
    expect(Object.keys(files).some((f) => f.startsWith("word/media/") && f.endsWith(".png"))).toBe(true);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(xml).toContain("TOC \\h \\o"); // the table of contents field
    expect(xml).not.toContain("<w:bidi/>");
  });

  it("runs Arabic right to left with the Arabic pillar names as written", async () => {
    const { xml } = await documentXml("ar", false);
    const text = paragraphs(xml);
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain("<w:rtl/>");
    expect(xml).toContain("<w:bidiVisual/>");
    for (const p of scores.pillars) expect(text).toContain(FIXTURE_PILLARS[p.code].ar);
    // Every label in Arabic too (the request's own language does not leak in).
    expect(text).toContain(arMessages.dashboard.hidden); // the hidden regional median
    expect(text).not.toContain("hidden");
    expect(text).toContain("1. موجز تنفيذي");
    expect(text).toContain(`المادة 53 — ${conventionArticle("UNCC", 53)?.title.ar}`);
  });

  it("writes Chinese text and pillar names", async () => {
    const text = paragraphs((await documentXml("zh", false)).xml);
    for (const p of scores.pillars) expect(text).toContain(FIXTURE_PILLARS[p.code].zh);
    expect(text).toContain("肯尼亚：打击网络犯罪能力差距报告，2026/27");
  });
});

describe("reportFilename", () => {
  it("keeps only safe characters", () => {
    const report = fixtureReport().dashboard;
    expect(reportFilename(report, "ar", "pdf")).toBe("cybercap-gap-report-KE-2026-27-ar.pdf");
    expect(reportFilename({ round: { ...report.round, cycle: '../"x y"' } }, "en", "docx")).toBe("cybercap-gap-report-KE-x-y-en.docx");
  });
});
