/** The Office adapter's own messages, in English. */
import type { OfficeMessages } from "../officeTypes";
import { enUi } from "./ui";

const enNumber = new Intl.NumberFormat("en-GB");

export const enOffice: OfficeMessages = {
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
