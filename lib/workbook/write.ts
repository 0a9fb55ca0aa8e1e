// Writes the offline questionnaire of a round: an instructions sheet in the reader's language, one
// sheet per pillar (the indicators, their question and level descriptors locked; the answer, the
// reason and the justification unlocked; a drop-down of the answer choices, written fresh on every
// download since reading and re-saving with exceljs drops validations), and a very hidden sheet
// with the round, the framework and template versions, the language and each indicator's id, place
// and the answer version it was exported at (the base of the upload's conflict check).
import ExcelJS from "exceljs";
import { neutraliseText } from "../export/cells";
import type { Translate } from "../export/labels";
import { levelLabel } from "../export/labels";
import { directionOf, type Locale } from "../i18n/config";
import type { TAnswerFields } from "../answers/schemas";
import { answerChoices, choiceLabel, COLUMNS, FIRST_ROW, META_CHOICES_COLUMN, META_SHEET, META_TABLE_ROW, TEMPLATE_VERSION, type Choice } from "./template";

export interface WorkbookIndicator {
  id: string;
  code: string;
  title: string;
  question: string;
  levels: string[];
  answer: (TAnswerFields & { version: number }) | null;
}

export interface WorkbookData {
  round: { id: string; cycle: string; countryIso2: string; countryName: string };
  frameworkVersion: string;
  lang: Locale;
  exportedAt: string;
  pillars: { code: string; name: string; indicators: WorkbookIndicator[] }[];
}

export function choicesFor(t: Translate): Choice[] {
  return answerChoices({ level: (l) => levelLabel(t, l) ?? String(l), notApplicable: t("questionnaire.notApplicable"), dontKnow: t("questionnaire.dontKnow") });
}

/** Sheet names: the pillar code (unique, short, the same in every language). */
export const pillarSheetName = (code: string) => code.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);

export async function writeWorkbook(data: WorkbookData, t: Translate): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cybercap";
  wb.created = new Date(data.exportedAt);
  wb.title = t("workbook.file.title", { country: data.round.countryName, cycle: data.round.cycle });
  wb.keywords = `cybercap template=${TEMPLATE_VERSION} round=${data.round.id} frameworkVersion=${data.frameworkVersion} lang=${data.lang}`;
  const rightToLeft = directionOf(data.lang) === "rtl";
  const choices = choicesFor(t);
  const text = (v: string) => neutraliseText(v);

  // 1. Instructions.
  const help = wb.addWorksheet(t("workbook.file.instructionsSheet").slice(0, 31), { views: [{ rightToLeft }] });
  help.columns = [{ width: 110 }];
  const lines = [
    t("workbook.file.title", { country: data.round.countryName, cycle: data.round.cycle }),
    t("workbook.file.versions", { framework: data.frameworkVersion, template: TEMPLATE_VERSION }),
    "",
    ...["step1", "step2", "step3", "step4", "step5", "step6"].map((k, i) => `${i + 1}. ${t(`workbook.file.${k}`)}`),
    "",
    t("workbook.file.choices", { choices: choices.map((c) => c.label).join(" · ") }),
  ];
  for (const [i, line] of lines.entries()) {
    const row = help.addRow([text(line)]);
    row.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) row.font = { bold: true, size: 14 };
  }
  help.protect("", { selectLockedCells: true, selectUnlockedCells: true });

  // 2. The hidden sheet, before the pillar sheets whose drop-downs read its list of choices.
  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  const pairs: [string, string][] = [
    ["template", TEMPLATE_VERSION],
    ["round", data.round.id],
    ["frameworkVersion", data.frameworkVersion],
    ["lang", data.lang],
    ["exportedAt", data.exportedAt],
    ["country", data.round.countryIso2],
    ["cycle", data.round.cycle],
  ];
  pairs.forEach(([k, v], i) => {
    meta.getCell(i + 1, 1).value = k;
    meta.getCell(i + 1, 2).value = v;
  });
  meta.getRow(META_TABLE_ROW).values = ["indicatorId", "code", "sheet", "row", "version"];
  let at = META_TABLE_ROW + 1;
  for (const pillar of data.pillars) {
    pillar.indicators.forEach((indicator, i) => {
      meta.getRow(at++).values = [indicator.id, indicator.code, pillarSheetName(pillar.code), FIRST_ROW + i, indicator.answer?.version ?? 0];
    });
  }
  choices.forEach((c, i) => (meta.getCell(i + 1, META_CHOICES_COLUMN).value = c.label));
  const choiceRange = `'${META_SHEET}'!$H$1:$H$${choices.length}`;
  meta.protect("", {});

  // 3. One sheet per pillar.
  for (const pillar of data.pillars) {
    const ws = wb.addWorksheet(pillarSheetName(pillar.code), { views: [{ state: "frozen", ySplit: 1, rightToLeft }] });
    const widths: Record<keyof typeof COLUMNS, number> = { code: 10, title: 36, question: 50, levels: 60, answer: 22, reason: 30, justification: 60 };
    ws.columns = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((k) => ({ width: widths[k] }));
    const header = ws.getRow(1);
    for (const [key, column] of Object.entries(COLUMNS)) header.getCell(column).value = t(`workbook.file.columns.${key}`);
    header.font = { bold: true };
    pillar.indicators.forEach((indicator, i) => {
      const row = ws.getRow(FIRST_ROW + i);
      row.getCell(COLUMNS.code).value = indicator.code;
      row.getCell(COLUMNS.title).value = text(indicator.title);
      row.getCell(COLUMNS.question).value = text(indicator.question);
      row.getCell(COLUMNS.levels).value = text(indicator.levels.map((d, l) => `${l}: ${d}`).join("\n"));
      const a = indicator.answer;
      row.getCell(COLUMNS.answer).value = a ? choiceLabel(a, choices) : null;
      row.getCell(COLUMNS.reason).value = a?.notApplicableReason ? text(a.notApplicableReason) : null;
      row.getCell(COLUMNS.justification).value = a?.justification ? text(a.justification) : null;
      for (const c of [COLUMNS.answer, COLUMNS.reason, COLUMNS.justification]) row.getCell(c).protection = { locked: false };
      row.getCell(COLUMNS.answer).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [choiceRange],
        showErrorMessage: true,
        errorTitle: t("workbook.file.choiceErrorTitle"),
        error: t("workbook.file.choiceError"),
      };
      row.alignment = { wrapText: true, vertical: "top" };
    });
    ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  // The workbook opens on the instructions.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
