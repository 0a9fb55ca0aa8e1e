// The gap report as an editable Word document (the `docx` package): the print page's content as
// headings, paragraphs, tables and lists, with the charts as PNG images the renderer screenshots
// from the same print page. Pure: it takes the report's data, translators and the images, so it is
// unit-tested without a browser or a database. Arabic paragraphs and tables run right to left.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatDelta, formatPercent, formatScore } from "../../components/dashboard/format";
import { directionOf, localize, type Locale } from "../i18n/config";
import { REPORT_SECTIONS, summarySentences, type ReportSection, type Translate } from "./content";
import type { ReportData } from "./types";

export interface ReportTranslators {
  report: Translate;
  dashboard: Translate;
  status: Translate;
  questionnaire: Translate;
}

export interface ChartImage {
  /** The print page's data-report-chart key: "radar", "gaps", "pillar-<code>". */
  key: string;
  png: Uint8Array;
  /** Size in CSS pixels (the PNG may be denser). */
  width: number;
  height: number;
}

/** Text width of an A4 page with 2 cm margins, in pixels at 96 per inch. */
const TEXT_WIDTH_PX = 642;

export async function buildReportDocx(input: { report: ReportData; lang: Locale; t: ReportTranslators; charts: readonly ChartImage[] }): Promise<Uint8Array> {
  const { report, lang, t } = input;
  const d = report.dashboard;
  const rtl = directionOf(lang) === "rtl";
  const score = (v: number | null) => (v === null ? t.dashboard("noScore") : formatScore(lang, v));
  const pillarName = new Map(d.pillars.map((p) => [p.code, localize(p.name, lang).text]));
  const indicatorTitle = new Map(d.indicators.map((i) => [i.code, localize(i.title, lang).text]));
  const country = localize(d.round.country.name, lang).text;
  const date = (iso: string, style: "long" | "medium" = "long") => new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: "UTC" }).format(new Date(iso));
  const charts = new Map(input.charts.map((c) => [c.key, c]));

  // --- Building blocks, each already in the document's direction.
  const run = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, rightToLeft: rtl, ...options });
  const para = (text: string, options: { bold?: boolean; size?: number; color?: string; spacingAfter?: number } = {}) =>
    new Paragraph({ bidirectional: rtl, spacing: { after: options.spacingAfter ?? 120 }, children: [run(text, options)] });
  const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
    new Paragraph({
      heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
      bidirectional: rtl,
      pageBreakBefore,
      spacing: { before: 240, after: 120 },
      children: [run(text)],
    });
  const bullet = (text: string, level = 0) => new Paragraph({ bullet: { level }, bidirectional: rtl, children: [run(text)] });
  const cell = (text: string, header = false) =>
    new TableCell({
      shading: header ? { type: ShadingType.CLEAR, fill: "EEF2F6", color: "auto" } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: text.split("\n").map((line) => new Paragraph({ bidirectional: rtl, children: [run(line, { bold: header, size: 18 })] })),
    });
  const table = (header: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl,
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: "D9E2EC" },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: "D9E2EC" },
        left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: "D9E2EC" },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      },
      rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) }))],
    });
  const image = (key: string, title: string): Paragraph[] => {
    const chart = charts.get(key);
    if (!chart) return [];
    const ratio = Math.min(1, TEXT_WIDTH_PX / chart.width);
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: "png",
            data: chart.png,
            transformation: { width: Math.round(chart.width * ratio), height: Math.round(chart.height * ratio) },
            altText: { name: key, title, description: t.report("chartAlt", { title }) },
          }),
        ],
      }),
    ];
  };
  const sectionTitle = (s: ReportSection) => `${REPORT_SECTIONS.indexOf(s) + 1}. ${t.report(`sections.${s}`)}`;

  // --- Cover and contents.
  const cover = [
    para(t.report("confidentialShort").toUpperCase(), { bold: true, color: "B42318" }),
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, spacing: { after: 360 }, children: [run(t.report("documentTitle", { country, cycle: d.round.cycle }))] }),
    ...(d.round.provisional ? [para(t.dashboard("provisional"), { color: "78350F" })] : []),
    table(
      [t.report("cover.country"), `${country} (${d.round.country.iso2})`],
      [
        [t.report("cover.cycle"), d.round.cycle],
        [t.report("cover.status"), t.status(d.round.status)],
        [t.report("cover.region"), d.region ? localize(d.region.name, lang).text : t.report("cover.noRegion")],
        [t.report("cover.date"), date(report.generatedAt)],
        [t.report("cover.framework"), d.round.frameworkVersion],
        [t.report("cover.method"), d.methodVersion],
      ],
    ),
    para(""),
    para(t.report("confidential", { country }), { size: 18 }),
  ];
  // The contents' own title is not a heading, so it does not list itself. docx writes the entries
  // from the headings; Word refreshes them (with page numbers) when the document is opened.
  const contents = [
    new Paragraph({ bidirectional: rtl, pageBreakBefore: true, spacing: { after: 200 }, children: [run(t.report("contents"), { bold: true, size: 32 })] }),
    new TableOfContents(t.report("contents"), { hyperlink: true, headingStyleRange: "1-1" }),
  ];

  // --- Sections.
  const list = new Intl.ListFormat(lang, { type: "conjunction" });
  const summary = summarySentences(d, t.report, { pillar: (c) => pillarName.get(c) ?? c, indicator: (c) => indicatorTitle.get(c) ?? "" }, { score: (n) => formatScore(lang, n), list: (items) => list.format(items) });
  const legend = [t.dashboard("series.current"), t.dashboard("series.target"), ...(d.pillars.some((p) => p.benchmark.median !== null) ? [t.dashboard("series.median")] : [])].join(" · ");

  const body: (Paragraph | Table)[] = [];
  body.push(heading(sectionTitle("summary"), 1, true), ...summary.map((s) => para(s)));

  body.push(heading(sectionTitle("charts"), 1, true), heading(t.dashboard("radarTitle"), 2), para(legend, { size: 18 }), ...image("radar", t.dashboard("radarTitle")));
  body.push(...d.pillars.map((p) => bullet(`${p.code}: ${pillarName.get(p.code)}`)));
  body.push(heading(t.dashboard("gapsTitle"), 2), para(t.dashboard("gapsIntro"), { size: 18 }), ...image("gaps", t.dashboard("gapsTitle")));
  body.push(table([t.dashboard("pillar"), t.dashboard("target"), t.dashboard("gap")], d.pillars.map((p) => [pillarName.get(p.code) ?? p.code, formatScore(lang, p.target), score(p.gap)])));

  body.push(heading(sectionTitle("pillarCharts"), 1, true), para(`${t.dashboard("series.current")} · ${t.dashboard("series.target")}`, { size: 18 }));
  for (const p of d.pillars) {
    const title = t.report("indicatorChart", { pillar: pillarName.get(p.code) ?? p.code });
    body.push(heading(title, 3), ...image(`pillar-${p.code}`, title));
  }

  body.push(heading(sectionTitle("pillarTables"), 1, true));
  body.push(
    table(
      [t.dashboard("pillar"), t.dashboard("score"), t.dashboard("percent"), t.dashboard("target"), t.dashboard("gap"), t.dashboard("median"), t.dashboard("contributors"), t.dashboard("answeredOf")],
      d.pillars.map((p) => [
        pillarName.get(p.code) ?? p.code,
        score(p.score),
        p.percent === null ? t.dashboard("noScore") : formatPercent(lang, p.percent),
        formatScore(lang, p.target),
        score(p.gap),
        p.benchmark.median === null ? t.dashboard("hidden") : formatScore(lang, p.benchmark.median),
        String(p.benchmark.contributors),
        t.dashboard("answeredValue", { answered: p.answered, total: p.indicators }),
      ]),
    ),
  );
  for (const p of d.pillars) {
    body.push(heading(t.report("indicatorTable", { pillar: pillarName.get(p.code) ?? p.code }), 3));
    body.push(
      table(
        [t.dashboard("indicator"), t.dashboard("level"), t.dashboard("target"), t.dashboard("gap"), t.dashboard("weight")],
        d.indicators
          .filter((i) => i.pillar === p.code)
          .map((i) => [
            `${i.code} ${indicatorTitle.get(i.code) ?? ""}`,
            i.state === "level" && i.level !== null ? formatScore(lang, i.level) : t.dashboard(`states.${i.state === "level" ? "unanswered" : i.state}`),
            formatScore(lang, i.target),
            i.gap === null ? "–" : formatScore(lang, i.gap),
            t.dashboard("weightValue", { weight: String(i.weight) }),
          ]),
      ),
    );
  }

  body.push(heading(sectionTitle("priorities"), 1, true), para(t.dashboard("prioritiesIntro"), { size: 18 }));
  const byCode = new Map(d.indicators.map((i) => [i.code, i]));
  if (d.priorities.length === 0) body.push(para(t.dashboard("noPriorities")));
  else
    body.push(
      table(
        [t.dashboard("rank"), t.dashboard("indicator"), t.dashboard("level"), t.dashboard("target"), t.dashboard("gap"), t.dashboard("weight"), t.dashboard("services")],
        d.priorities.flatMap((code, index) => {
          const i = byCode.get(code);
          if (!i) return [];
          const level = i.level === null ? "–" : formatScore(lang, i.level);
          return [
            [
              String(index + 1),
              `${code} ${indicatorTitle.get(code) ?? ""}`,
              i.validatedLevel === null ? level : `${level}\n${t.dashboard("validatedLevel", { level: formatScore(lang, i.validatedLevel) })}`,
              formatScore(lang, i.target),
              i.gap === null ? "–" : formatScore(lang, i.gap),
              t.dashboard("weightValue", { weight: String(i.weight) }),
              i.services.length === 0 ? t.dashboard("noService") : i.services.map((s) => localize(d.services[s]?.name, lang).text || s).join("\n"),
            ],
          ];
        }),
      ),
    );

  body.push(heading(sectionTitle("package"), 1, true), para(t.dashboard("packageIntro"), { size: 18 }));
  for (const mode of d.package) {
    body.push(heading(t.dashboard(`modes.${mode.mode}`), 2));
    if (mode.services.length === 0) body.push(para(t.dashboard("noServiceInMode")));
    for (const service of mode.services) {
      body.push(bullet(`${localize(d.services[service.code]?.name, lang).text || service.code}: ${t.dashboard("weightedGap", { value: formatScore(lang, service.weightedGap) })}`));
      for (const code of service.indicators) body.push(bullet(`${code} ${indicatorTitle.get(code) ?? ""}`, 1));
    }
  }

  body.push(heading(sectionTitle("coverage"), 1, true), para(t.dashboard("coverageIntro"), { size: 18 }));
  const stateText = (state: string, level: number | null) => (state === "level" && level !== null ? t.dashboard("states.level", { level: formatScore(lang, level) }) : t.dashboard(`states.${state === "level" ? "unanswered" : state}`));
  for (const convention of d.coverage) {
    body.push(heading(t.dashboard(`conventions.${convention.convention}`), 2));
    if (convention.chapters.length === 0) body.push(para(t.dashboard("noCoverage")));
    for (const chapter of convention.chapters) {
      body.push(heading(t.dashboard("chapterHeading", { number: chapter.chapter, name: t.dashboard(`chapters.${convention.convention}.${chapter.chapter}`) }), 3));
      body.push(
        table(
          [t.dashboard("articleCol"), t.dashboard("status"), t.dashboard("indicators")],
          chapter.articles.map((a) => [t.dashboard("articleTitle", { number: a.article, title: localize(a.title, lang).text }), t.dashboard(`coverageStatus.${a.status}`), a.indicators.map((i) => `${i.code} (${stateText(i.state, i.level)})`).join(", ")]),
        ),
      );
    }
  }

  body.push(heading(sectionTitle("progress"), 1, true));
  if (!d.previousRound) body.push(para(t.dashboard("noPrevious")));
  else {
    body.push(para(t.dashboard("progressIntro", { cycle: d.previousRound.cycle }), { size: 18 }));
    body.push(
      table(
        [t.dashboard("pillar"), t.dashboard("previousScore"), t.dashboard("currentScore"), t.dashboard("change"), t.dashboard("compared"), t.dashboard("added"), t.dashboard("removed")],
        d.pillars.map((p) => [
          pillarName.get(p.code) ?? p.code,
          score(p.progress?.previousScore ?? null),
          score(p.progress?.score ?? p.score),
          p.progress?.delta === null || p.progress?.delta === undefined ? "–" : formatDelta(lang, p.progress.delta),
          String(p.progress?.compared ?? 0),
          String(p.progress?.added ?? 0),
          String(p.progress?.removed ?? 0),
        ]),
      ),
    );
  }

  body.push(heading(sectionTitle("review"), 1, true));
  const review = report.review;
  const byline = (name: string | null, at: string) => t.report("review.byline", { name: name ?? t.report("review.someone"), date: date(at, "medium") });
  if (!review) body.push(para(t.report("review.notValidated")));
  else if (review.summaries.length === 0 && review.comments.length === 0) body.push(para(t.report("review.none")));
  else {
    if (review.summaries.length > 0) body.push(heading(t.report("review.summaries"), 2));
    for (const s of review.summaries) body.push(para(`${t.report(`review.outcomes.${s.outcome}`)} · ${byline(s.officerName, s.sentAt)}`, { bold: true, size: 18 }), para(s.summary));
    if (review.comments.length > 0) body.push(heading(t.report("review.comments"), 2));
    for (const c of review.comments) {
      body.push(para(`${c.indicatorCode ? t.report("review.onIndicator", { code: c.indicatorCode }) : t.report("review.onRound")} · ${byline(c.authorName, c.createdAt)}`, { bold: true, size: 18 }), para(c.body));
      for (const r of c.replies) body.push(para(`${t.report("review.reply")} · ${byline(r.authorName, r.createdAt)}`, { bold: true, size: 18 }), para(r.body));
    }
  }

  body.push(heading(sectionTitle("methodology"), 1, true), heading(t.report("methodology.scaleTitle"), 2));
  for (const level of [0, 1, 2, 3, 4]) body.push(bullet(`${formatScore(lang, level)} ${t.questionnaire(`levelNames.${level}`)}: ${t.report(`methodology.levels.${level}`)}`));
  body.push(para(t.report("methodology.answers")), heading(t.report("methodology.scoringTitle"), 2));
  body.push(...["scoring", "priorities", "coverage", "progress"].map((k) => para(t.report(`methodology.${k}`))));
  body.push(heading(t.report("methodology.benchmarkTitle"), 2), para(t.report("methodology.benchmark")));
  body.push(para(t.report("methodology.version", { method: d.methodVersion, framework: d.round.frameworkVersion }), { size: 18 }));
  body.push(para(t.report("generated", { date: date(report.generatedAt) }), { size: 18 }));

  const doc = new Document({
    creator: "Cybercap",
    title: t.report("documentTitle", { country, cycle: d.round.cycle }),
    description: t.report("confidentialShort"),
    // Word fills the table of contents (and its page numbers) when the document is opened.
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: { ascii: "Noto Sans", hAnsi: "Noto Sans", cs: "Amiri", eastAsia: "Noto Sans SC" }, size: 20 },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${t.report("confidentialShort")} · `, PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 16, rightToLeft: rtl })],
              }),
            ],
          }),
        },
        children: [...cover, ...contents, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
