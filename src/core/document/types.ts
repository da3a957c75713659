/**
 * The report as a document: what the Analys sheet's tables, the Word file and the pane's HTML copy
 * all show, built once from the analysis and the commentary so the three never disagree.
 * Pure data: renderers (sheet, docx, HTML, plain text) decide only how it looks.
 */
import type { IndicatorStatus, Status } from "../analysis";
import type { Lang } from "../settings";

/** How a column's cells read: a row name, an amount, a percentage, a status word, or free text. */
export type DocColumnKind = "label" | "amount" | "percent" | "status" | "text";

export interface DocColumn {
  /** Stable id ("actual", "budgetDeviation" …) for renderers that treat a column specially. */
  key: string;
  header: string;
  kind: DocColumnKind;
  /** Decimals of the number in the cell (amount and percent columns). */
  decimals: number;
}

export interface DocCell {
  /** The cell as a reader sees it: "-8 814", "5,2", "Gynnsam"; "" when empty. */
  text: string;
  /** The number behind an amount or percent cell, in the table's unit; null otherwise. */
  value: number | null;
  /** The status behind a status word (the word is in text; colour is never the only carrier). */
  status: Exclude<Status, "none"> | IndicatorStatus | null;
}

export interface DocRow {
  cells: DocCell[];
  /** A total line: shown in bold. */
  total: boolean;
}

export interface DocTable {
  id: "keyFigures" | "indicators" | "goals" | "actions" | "controls" | string;
  caption: string;
  columns: DocColumn[];
  rows: DocRow[];
  /** A line under the table (lines left out of a long statement), or null. */
  note: string | null;
}

export interface DocSection {
  id: string;
  heading: string;
  paragraphs: string[];
}

export interface DocMeta {
  label: string;
  value: string;
}

export interface ReportDocument {
  lang: Lang;
  title: string;
  /** The organisation named in the statement's title rows ("Inköpsnämnden"), or null. */
  organisation: string | null;
  /** "januari–mars 2025", or null when the period is unknown. */
  period: string | null;
  /** Source, period and unit, as label–value lines under the title. */
  meta: DocMeta[];
  /** The commentary, section by section. */
  sections: DocSection[];
  /** The key-figure table of the statement, or null when there is none. */
  keyFigures: DocTable | null;
  /** The indicator table, or null when there is none. */
  indicators: DocTable | null;
  /** One table per follow-up table found (goals, actions, controls, in that order); empty when none. */
  followup: DocTable[];
}
