/**
 * The Office adapter's own user messages (the engine's diagnostics have theirs in src/core/locale).
 * Swedish first: controllers read these in the pane and in the ribbon command's dialog.
 */
import type { Lang } from "../../core/settings";

export interface OfficeMessages {
  requirement: string;
  sheetMissing: (sheet: string) => string;
  notOurSheet: (sheet: string) => string;
  lastSheet: (sheet: string) => string;
  invalidSheetName: (sheet: string) => string;
  invalidPlan: (detail: string) => string;
  changedSinceRead: (sheet: string) => string;
  readFailed: (code: string) => string;
  writeFailed: (code: string) => string;
  cellTooLarge: (sheet: string, row: number) => string;
}

const sv: OfficeMessages = {
  requirement:
    "Uppföljning kräver en nyare version av Excel (ExcelApi 1.9): Excel för webben, Microsoft 365 eller Excel 2021 och senare. Uppdatera Excel eller öppna arbetsboken i Excel för webben.",
  sheetMissing: (s) => `Bladet "${s}" finns inte längre. Inget skrevs. Analysera igen.`,
  notOurSheet: (s) =>
    `Bladet "${s}" har inte skapats av Uppföljning och ändras inte. Inget skrevs.`,
  lastSheet: (s) =>
    `Bladet "${s}" är arbetsbokens enda synliga blad och kan inte tas bort. Inget ändrades.`,
  invalidSheetName: (s) => `"${s}" är inget giltigt bladnamn i Excel. Inget skrevs.`,
  invalidPlan: (d) => `Internt fel i skrivplanen (${d}). Inget skrevs.`,
  changedSinceRead: (s) =>
    `Bladet "${s}" har ändrats sedan analysen gjordes. Inget skrevs. Analysera igen och skriv sedan.`,
  readFailed: (code) => `Arbetsboken kunde inte läsas (Excel-felkod ${code}).`,
  writeFailed: (code) =>
    `Excel avbröt skrivningen (felkod ${code}). Delar av analysen kan ha skrivits; välj "Ta bort analysen" och försök igen.`,
  cellTooLarge: (s, row) =>
    `Rad ${row} på bladet "${s}" innehåller för mycket text för att läsas i ett anrop.`,
};

const en: OfficeMessages = {
  requirement:
    "Uppföljning needs a newer Excel (ExcelApi 1.9): Excel on the web, Microsoft 365 or Excel 2021 and later. Update Excel or open the workbook in Excel on the web.",
  sheetMissing: (s) => `The sheet "${s}" no longer exists. Nothing was written. Analyse again.`,
  notOurSheet: (s) =>
    `The sheet "${s}" was not created by Uppföljning and is left alone. Nothing was written.`,
  lastSheet: (s) =>
    `"${s}" is the workbook's only visible sheet and cannot be deleted. Nothing was changed.`,
  invalidSheetName: (s) => `"${s}" is not a valid Excel sheet name. Nothing was written.`,
  invalidPlan: (d) => `Internal error in the write plan (${d}). Nothing was written.`,
  changedSinceRead: (s) =>
    `The sheet "${s}" changed after the analysis. Nothing was written. Analyse again, then write.`,
  readFailed: (code) => `The workbook could not be read (Excel error code ${code}).`,
  writeFailed: (code) =>
    `Excel stopped the write (error code ${code}). Part of the analysis may have been written; choose "Remove analysis" and try again.`,
  cellTooLarge: (s, row) =>
    `Row ${row} of the sheet "${s}" holds too much text to read in one request.`,
};

export function officeMessages(lang: Lang): OfficeMessages {
  return lang === "en" ? en : sv;
}
