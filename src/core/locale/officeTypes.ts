/** The Office adapter's own user messages (the engine's diagnostics have theirs in Terms). */
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
