import "server-only";
// Which export formats exist and who writes each: the one place a format is plugged in. A handler
// receives the reader, the round (or the portfolio's filters) and the language, and returns a file;
// the services it calls authorize the reader. PDF and DOCX are the gap report (lib/report).
import type { Actor } from "../authz";
import type { Locale } from "../i18n/config";
import { getPortfolio } from "../portfolio/service";
import type { TPortfolioFilters } from "../portfolio/schemas";
import { renderRoundDocx, renderRoundPdf } from "../report/render";
import { getPublishedFramework } from "../rounds/service";
import { CONTENT_TYPES, exportFileName } from "./filename";
import { exportTranslator, type Translate } from "./labels";
import { PORTFOLIO_EXPORT_FORMATS, ROUND_EXPORT_FORMATS } from "./query";
import { portfolioCsv, portfolioXlsx, type PortfolioExport } from "./portfolio-files";
import { getRoundExport, type RoundExport } from "./round";
import { roundCsv, roundJson, roundXlsx } from "./round-files";

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** A stream for anything that may be large (written as the client reads), else a string or bytes. */
  body: BodyInit;
}

export interface RoundExportRequest {
  actor: Actor;
  roundId: string;
  lang: Locale;
  /** The application's public address, for links in the file (evidence downloads). */
  baseUrl: string;
}

export type RoundExportHandler = (request: RoundExportRequest) => Promise<ExportFile>;

export { PORTFOLIO_EXPORT_FORMATS, ROUND_EXPORT_FORMATS } from "./query";
export type RoundExportFormat = (typeof ROUND_EXPORT_FORMATS)[number];

const roundFile = (data: RoundExport, ext: string) => exportFileName({ parts: [data.round.country.iso2, data.round.cycle], what: "answers", ext });

/** A round's data export: the data (authorized, in the reader's language) and the translator, then the writer. */
function roundData(write: (data: RoundExport, t: Translate) => ExportFile): RoundExportHandler {
  return async ({ actor, roundId, lang, baseUrl }) => {
    const [data, t] = await Promise.all([getRoundExport(actor, roundId, { lang, baseUrl }), exportTranslator(lang)]);
    return write(data, t);
  };
}

/** The gap report: rendered (and authorized) by lib/report. */
function report(render: typeof renderRoundPdf): RoundExportHandler {
  return async ({ actor, roundId, lang }) => {
    const out = await render(actor, roundId, lang);
    return { fileName: out.filename, contentType: out.contentType, body: out.body as BodyInit };
  };
}

export const ROUND_EXPORTS: Record<RoundExportFormat, RoundExportHandler> = {
  xlsx: roundData((data, t) => ({ fileName: roundFile(data, "xlsx"), contentType: CONTENT_TYPES.xlsx, body: roundXlsx(data, t) })),
  csv: roundData((data, t) => ({ fileName: roundFile(data, "csv"), contentType: CONTENT_TYPES.csv, body: roundCsv(data, t) })),
  json: roundData((data) => ({ fileName: roundFile(data, "json"), contentType: CONTENT_TYPES.json, body: roundJson(data) })),
  pdf: report(renderRoundPdf),
  docx: report(renderRoundDocx),
};

export async function exportRound(format: RoundExportFormat, request: RoundExportRequest): Promise<ExportFile> {
  return ROUND_EXPORTS[format](request);
}

export type PortfolioExportFormat = (typeof PORTFOLIO_EXPORT_FORMATS)[number];

/** The portfolio (officers: their regions and countries; administrators: all), as getPortfolio authorizes it. */
export async function exportPortfolio(format: PortfolioExportFormat, request: { actor: Actor; filters: TPortfolioFilters; lang: Locale }): Promise<ExportFile> {
  const [data, framework, t] = await Promise.all([getPortfolio(request.actor, request.filters), getPublishedFramework(), exportTranslator(request.lang)]);
  const input: PortfolioExport = { data, frameworkVersion: framework?.version ?? "", lang: request.lang, exportedAt: new Date().toISOString() };
  const { region, status, cycle } = request.filters;
  const fileName = exportFileName({ parts: [region, status?.toLowerCase(), cycle].filter((p): p is string => !!p), what: "portfolio", ext: format });
  return format === "xlsx"
    ? { fileName, contentType: CONTENT_TYPES.xlsx, body: portfolioXlsx(input, t) }
    : { fileName, contentType: CONTENT_TYPES.csv, body: portfolioCsv(input, t) };
}
