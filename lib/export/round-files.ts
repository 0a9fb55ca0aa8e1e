import "server-only";
// A round's export in each data format: XLSX (a sheet of answers, one of scores, one of comments,
// after a sheet giving the round and the framework and scoring-method versions; right to left in
// Arabic), CSV (the answers, each row carrying the versions) and JSON. The data is RoundExport
// (round.ts), already authorized and in the reader's language.
import type { CellInput } from "./cells";
import { csvStream } from "./csv";
import { levelLabel, languageName, type Translate } from "./labels";
import type { ExportAnswer, RoundExport } from "./round";
import { addPairsSheet, addTableSheet, xlsxStream, type XlsxColumn } from "./xlsx";
import { directionOf } from "../i18n/config";

const evidenceTitles = (a: ExportAnswer) => a.evidence.map((e) => e.title ?? e.fileName ?? e.url).join("\n");
const evidenceLinks = (a: ExportAnswer) => a.evidence.map((e) => e.url).join("\n");

function answerColumns(t: Translate): XlsxColumn[] {
  const c = (key: string, width?: number, wrap?: boolean): XlsxColumn => ({ header: t(`exports.columns.${key}`), width, wrap });
  return [
    c("pillar", 8),
    c("pillarName", 24, true),
    c("indicator", 10),
    c("indicatorTitle", 40, true),
    c("answer", 14),
    c("level", 8),
    c("levelLabel", 18),
    c("notApplicable", 10),
    c("dontKnow", 10),
    c("notApplicableReason", 30, true),
    c("justification", 60, true),
    c("target", 8),
    c("gap", 8),
    c("validatedLevel", 10),
    c("validatedReason", 40, true),
    c("evidenceTitles", 40, true),
    c("evidenceLinks", 50, true),
  ];
}

function answerValues(t: Translate, a: ExportAnswer): CellInput[] {
  return [
    a.pillar,
    a.pillarName,
    a.code,
    a.title,
    t(`exports.values.state.${a.state}`),
    a.level,
    levelLabel(t, a.level),
    a.notApplicable,
    a.dontKnow,
    a.notApplicableReason,
    a.justification,
    a.target,
    a.gap,
    a.validatedLevel,
    a.validatedReason,
    evidenceTitles(a),
    evidenceLinks(a),
  ];
}

/** The header block: what the file is and the versions its figures were computed with. */
function aboutPairs(t: Translate, data: RoundExport): [string, CellInput][] {
  const a = (key: string) => t(`exports.about.${key}`);
  return [
    [t("exports.about.roundTitle"), null],
    [a("country"), `${data.round.country.name} (${data.round.country.iso2})`],
    [a("cycle"), data.round.cycle],
    [a("status"), t(`status.${data.round.status}`)],
    [a("region"), data.round.region],
    [a("frameworkVersion"), data.frameworkVersion],
    [a("methodVersion"), data.methodVersion],
    [a("exportedAt"), data.exportedAt],
    [a("language"), languageName(data.lang)],
    ...(data.round.provisional ? [[a("provisional"), null] as [string, CellInput]] : []),
  ];
}

export function roundXlsx(data: RoundExport, t: Translate): ReadableStream<Uint8Array> {
  const rtl = directionOf(data.lang) === "rtl";
  const versions = `framework ${data.frameworkVersion}; scoring method ${data.methodVersion}`;
  return xlsxStream(
    {
      title: `${t("exports.about.roundTitle")}: ${data.round.country.name}, ${data.round.cycle}`,
      subject: versions,
      keywords: `cybercap frameworkVersion=${data.frameworkVersion} methodVersion=${data.methodVersion} round=${data.round.id} lang=${data.lang}`,
      description: versions,
      created: new Date(data.exportedAt),
    },
    (wb) => {
      addPairsSheet(wb, t("exports.sheets.about"), aboutPairs(t, data), rtl);
      addTableSheet(wb, { name: t("exports.sheets.answers"), columns: answerColumns(t), rows: data.answers.map((a) => answerValues(t, a)) }, rtl);
      const c = (key: string, width?: number): XlsxColumn => ({ header: t(`exports.columns.${key}`), width });
      addTableSheet(
        wb,
        {
          name: t("exports.sheets.scores"),
          columns: [c("pillar", 8), { ...c("pillarName", 30), wrap: true }, c("score"), c("percent"), c("target"), c("gap"), c("median"), c("indicators"), c("answered"), c("notApplicableCount"), c("dontKnowCount"), c("unanswered")],
          rows: data.pillars.map((p) => [p.code, p.name, p.score, p.percent, p.target, p.gap, p.median, p.indicators, p.answered, p.notApplicable, p.dontKnow, p.unanswered]),
        },
        rtl,
      );
      addTableSheet(
        wb,
        {
          name: t("exports.sheets.comments"),
          columns: [c("indicator", 10), { ...c("indicatorTitle", 36), wrap: true }, c("type", 12), c("author", 20), c("date", 22), c("status", 12), { ...c("text", 70), wrap: true }],
          rows: data.comments.map((m) => [
            m.indicatorCode,
            m.indicatorTitle ?? t("exports.values.wholeRound"),
            t(m.replyTo ? "exports.values.reply" : "exports.values.comment"),
            m.author,
            m.createdAt,
            t(m.status === "OPEN" ? "exports.values.open" : "exports.values.resolved"),
            m.body,
          ]),
        },
        rtl,
      );
    },
  );
}

/** The answers as one table; every row names its country, cycle and the versions. */
export function roundCsv(data: RoundExport, t: Translate): ReadableStream<Uint8Array> {
  const head = [t("exports.columns.iso2"), t("exports.columns.cycle"), ...answerColumns(t).map((c) => c.header), t("exports.columns.frameworkVersion"), t("exports.columns.methodVersion")];
  const rows = data.answers.map((a) => [data.round.country.iso2, data.round.cycle, ...answerValues(t, a), data.frameworkVersion, data.methodVersion]);
  return csvStream([head, ...rows]);
}

/** The whole export as JSON: the round, answers with evidence metadata, visible comments and scores. */
export function roundJson(data: RoundExport): string {
  return JSON.stringify(
    {
      frameworkVersion: data.frameworkVersion,
      methodVersion: data.methodVersion,
      lang: data.lang,
      exportedAt: data.exportedAt,
      round: data.round,
      answers: data.answers,
      comments: data.comments,
      scores: { pillars: data.pillars, priorities: data.priorities },
    },
    null,
    2,
  );
}
