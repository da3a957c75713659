/**
 * The Office adapter's own user messages (the engine's diagnostics, the pre-flight refusals among
 * them, have theirs in src/core/locale). Swedish first: controllers read these in the pane and in
 * the ribbon command's dialog.
 */
import { enUi } from "../../core/locale/en/ui";
import { svUi } from "../../core/locale/sv/ui";
import type { Lang } from "../../core/settings";

const svNumber = new Intl.NumberFormat("sv-SE");
const enNumber = new Intl.NumberFormat("en-GB");

export interface OfficeMessages {
  /** The ExcelApi 1.9 requirement: one text, the pane's (src/core/locale/<lang>/ui.ts). */
  requirement: string;
  changedSinceRead: (sheet: string) => string;
  readFailed: (code: string) => string;
  /** A write refused by Excel before any write request ran. */
  notWritten: (code: string) => string;
  writeFailed: (code: string) => string;
  cellTooLarge: (sheet: string, row: number) => string;
  readTooLarge: (sheet: string, first: number, last: number) => string;
  cellEditMode: string;
  timeout: (seconds: number) => string;
  timeoutWrite: (seconds: number) => string;
}

const sv: OfficeMessages = {
  requirement: svUi.unsupported.body,
  changedSinceRead: (s) =>
    `Bladet "${s}" har ändrats sedan analysen gjordes. Inget skrevs. Analysera igen och skriv sedan.`,
  readFailed: (code) => `Arbetsboken kunde inte läsas (Excel-felkod ${code}). Försök igen.`,
  notWritten: (code) => `Excel avvisade skrivningen (felkod ${code}). Inget skrevs. Försök igen.`,
  writeFailed: (code) =>
    `Excel avbröt skrivningen (felkod ${code}). Delar av analysen kan ha skrivits; välj "Ta bort analysen" och försök igen.`,
  cellTooLarge: (s, row) =>
    `Rad ${row} på bladet "${s}" innehåller för mycket text för att läsas i ett anrop. Korta texten eller markera tabellen och välj "Använd markerat område".`,
  readTooLarge: (s, first, last) =>
    `Excel kunde inte lämna ut raderna ${first}–${last} på bladet "${s}", inte ens i mindre delar (troligen för mycket text i ett svar). Inget skrevs. Markera tabellen och välj "Använd markerat område", eller försök igen.`,
  cellEditMode:
    "Excel redigerar en cell just nu. Inget skrevs. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.",
  timeout: (sec) =>
    `Excel svarade inte inom ${svNumber.format(sec)} sekunder. Inget skrevs. Försök igen; hjälper det inte, stäng och öppna arbetsboken.`,
  timeoutWrite: (sec) =>
    `Excel svarade inte inom ${svNumber.format(sec)} sekunder under skrivningen. Det går inte att säga hur mycket som skrevs: kontrollera arbetsboken, välj "Ta bort analysen" och försök igen.`,
};

const en: OfficeMessages = {
  requirement: enUi.unsupported.body,
  changedSinceRead: (s) =>
    `The sheet "${s}" changed after the analysis. Nothing was written. Analyse again, then write.`,
  readFailed: (code) => `The workbook could not be read (Excel error code ${code}). Try again.`,
  notWritten: (code) =>
    `Excel refused the write (error code ${code}). Nothing was written. Try again.`,
  writeFailed: (code) =>
    `Excel stopped the write (error code ${code}). Part of the analysis may have been written; choose "Remove analysis" and try again.`,
  cellTooLarge: (s, row) =>
    `Row ${row} of the sheet "${s}" holds too much text to read in one request. Shorten it, or select the table and choose "Use selected range".`,
  readTooLarge: (s, first, last) =>
    `Excel could not return rows ${first}–${last} of the sheet "${s}", not even in smaller parts (probably too much text for one response). Nothing was written. Select the table and choose "Use selected range", or try again.`,
  cellEditMode:
    "Excel is editing a cell. Nothing was written. Finish editing the cell (Enter or Esc) and try again.",
  timeout: (sec) =>
    `Excel did not answer within ${enNumber.format(sec)} seconds. Nothing was written. Try again; if that does not help, close and reopen the workbook.`,
  timeoutWrite: (sec) =>
    `Excel did not answer within ${enNumber.format(sec)} seconds while writing. How much was written cannot be told: check the workbook, choose "Remove analysis" and try again.`,
};

export function officeMessages(lang: Lang): OfficeMessages {
  return lang === "en" ? en : sv;
}
