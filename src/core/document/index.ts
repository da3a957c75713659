/** The report document shared by the Analys sheet's tables, the Word file and the pane's HTML copy. */
export type * from "./types";
export {
  buildDocument,
  keyFigureRows,
  keyFigureTable,
  indicatorTable,
  FULL_TABLE_MAX_ROWS,
  LARGEST_LINES,
} from "./build";
export {
  followupTables,
  shortComment,
  FOLLOWUP_TABLE_MAX_ROWS,
  COMMENT_MAX_CHARS,
} from "./followup";
export { documentTables } from "./tables";
export { escapeHtml, sectionToHtml, tableToHtml, toHtml } from "./html";
export { sectionToText, tableToText, toPlainText } from "./text";
