/** The Office.js side of the workbook port. */
export { OfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions } from "./adapter";
export { MAX_CELLS } from "../../core/grid";
export {
  officeSettingsStore,
  documentSettingsStore,
  sanitizeSettings,
  SETTINGS_KEY,
  type SettingsStore,
  type DocumentSettingsLike,
} from "./settingsStore";
export {
  ensureExcelApi,
  excelApiSupported,
  REQUIRED_API,
  type RequirementsLike,
} from "./requirements";
export { selectRange, activateSheet, selectedRange } from "./navigation";
export type { OfficeMessages } from "../../core/locale";
