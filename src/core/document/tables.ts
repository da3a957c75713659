import type { DocTable, ReportDocument } from "./types";

/** The document's tables in reading order: money first, then indicators, then the follow-up. */
export function documentTables(doc: ReportDocument): DocTable[] {
  return [doc.keyFigures, doc.indicators, ...doc.followup].filter((t): t is DocTable => t !== null);
}
