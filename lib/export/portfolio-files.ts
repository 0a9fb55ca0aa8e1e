import "server-only";
// An officer's portfolio as XLSX or CSV, streamed: the countries x pillars of the heat map (latest
// scores), the most common gaps (the priority list across countries), the demand for each service
// and the rounds by status, with the framework and scoring-method versions. The data is
// getPortfolio's (aggregated in SQL, authorized there); rows are produced lazily as the client reads.
import { directionOf, localize, type Locale } from "../i18n/config";
import type { PortfolioData } from "../portfolio/service";
import type { CellInput } from "./cells";
import { csvStream } from "./csv";
import { languageName, type Translate } from "./labels";
import { addPairsSheet, addTableSheet, xlsxStream, type XlsxColumn } from "./xlsx";

export interface PortfolioExport {
  data: PortfolioData;
  frameworkVersion: string;
  lang: Locale;
  exportedAt: string;
}

interface Table {
  name: string;
  columns: XlsxColumn[];
  rows: () => Iterable<CellInput[]>;
}

function tables(input: PortfolioExport, t: Translate): Table[] {
  const { data, lang } = input;
  const text = (v: unknown) => localize(v, lang).text;
  const c = (key: string, width?: number, wrap?: boolean): XlsxColumn => ({ header: t(`exports.columns.${key}`), width, wrap });
  return [
    {
      name: t("exports.sheets.countries"),
      columns: [c("iso2", 8), c("country", 28), c("region", 10), c("cycle", 10), c("roundStatus", 16), ...data.pillars.map((p) => ({ header: `${p.code} – ${text(p.name)}`, width: 14 }))],
      rows: function* () {
        for (const country of data.countries) {
          yield [
            country.iso2,
            text(country.name),
            country.region,
            country.round?.cycle ?? null,
            country.round ? t(`status.${country.round.status}`) : t("exports.values.noRound"),
            ...data.pillars.map((p) => country.scores[p.code] ?? null),
          ];
        }
      },
    },
    {
      name: t("exports.sheets.gaps"),
      columns: [c("rank", 6), c("indicator", 10), c("indicatorTitle", 50, true), c("countriesWithGap", 14), c("meanGap", 10)],
      rows: function* () {
        for (const [i, g] of data.commonGaps.entries()) yield [i + 1, g.code, text(g.title), g.countries, g.meanGap];
      },
    },
    {
      name: t("exports.sheets.demand"),
      columns: [c("service", 12), c("serviceName", 50, true), c("mode", 30), c("countries", 10), c("weightedGap", 12)],
      rows: function* () {
        for (const d of data.serviceDemand) yield [d.code, text(d.name), t(`dashboard.modes.${d.mode}`), d.countries, d.weightedGap];
      },
    },
    {
      name: t("exports.sheets.statuses"),
      columns: [c("roundStatus", 20), c("rounds", 10)],
      rows: function* () {
        for (const s of data.statusCounts) yield [t(`status.${s.status}`), s.count];
      },
    },
  ];
}

function aboutPairs(input: PortfolioExport, t: Translate): [string, CellInput][] {
  const { filters } = input.data;
  const a = (key: string) => t(`exports.about.${key}`);
  const shown = [filters.region, filters.status ? t(`status.${filters.status}`) : null, filters.cycle].filter((v): v is string => v !== null);
  return [
    [a("portfolioTitle"), null],
    [a("filters"), shown.length > 0 ? shown.join(", ") : a("noFilter")],
    [a("countryCount"), input.data.countries.length],
    [a("frameworkVersion"), input.frameworkVersion],
    [a("methodVersion"), input.data.methodVersion],
    [a("exportedAt"), input.exportedAt],
    [a("language"), languageName(input.lang)],
  ];
}

export function portfolioXlsx(input: PortfolioExport, t: Translate): ReadableStream<Uint8Array> {
  const rtl = directionOf(input.lang) === "rtl";
  const versions = `framework ${input.frameworkVersion}; scoring method ${input.data.methodVersion}`;
  return xlsxStream(
    {
      title: t("exports.about.portfolioTitle"),
      subject: versions,
      keywords: `cybercap frameworkVersion=${input.frameworkVersion} methodVersion=${input.data.methodVersion} lang=${input.lang}`,
      description: versions,
      created: new Date(input.exportedAt),
    },
    (wb) => {
      addPairsSheet(wb, t("exports.sheets.about"), aboutPairs(input, t), rtl);
      for (const table of tables(input, t)) addTableSheet(wb, { name: table.name, columns: table.columns, rows: table.rows() }, rtl);
    },
  );
}

/**
 * One CSV in blocks: the versions first, then each table (its name on a line of its own, its header,
 * its rows), separated by empty lines.
 */
export function portfolioCsv(input: PortfolioExport, t: Translate): ReadableStream<Uint8Array> {
  function* lines(): Generator<CellInput[]> {
    for (const pair of aboutPairs(input, t).slice(1)) yield pair;
    for (const table of tables(input, t)) {
      yield [];
      yield [table.name];
      yield table.columns.map((c) => c.header);
      yield* table.rows();
    }
  }
  return csvStream(lines());
}
