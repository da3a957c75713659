/**
 * The analysis results: what the engine computed from the tables it found.
 * Amounts are in the statement's own unit. Every deviation is favourable-positive:
 * a cost that came in under budget gives a positive deviation, whatever the sheet's sign convention.
 */
import type { CellRange } from "./grid";
import type { Diagnostic } from "./diagnostics";
import type { ActionAnalysis, ControlAnalysis, GoalAnalysis } from "./followup/types";
import type { MoneyUnit } from "./units";
import type { StatementSummary } from "./statement/summary";

export type RowKind = "revenue" | "cost" | "result";
/** How the sheet stores amounts: costs negative (most statements), costs positive, or as a ledger export (revenue negative, costs positive). */
export type SignConvention = "costs-negative" | "costs-positive" | "revenue-negative";
/** green = favourable or zero, yellow = unfavourable but not material, red = unfavourable and material. */
export type Status = "green" | "yellow" | "red" | "none";

/** The roles a statement column can have (a stored or typed columns setting is checked against these). */
export const STATEMENT_FIELDS = [
  "actual",
  "budget",
  "fullYearBudget",
  "forecast",
  "priorYear",
  "budgetDiff",
  "forecastDiff",
  "yoyPct",
] as const;

export type StatementField = (typeof STATEMENT_FIELDS)[number];

/** The roles that hold a line's own figures: each is independent evidence (a deviation or percent is derived). */
export const FIGURE_FIELDS = [
  "actual",
  "budget",
  "fullYearBudget",
  "forecast",
  "priorYear",
] as const satisfies readonly StatementField[];

/**
 * A line's figures in the statement's unit and sign (deviations favourable-positive), in the order the
 * report lists them. One list for the rows, the totals and the report JSON.
 */
export const LINE_FIGURES = [
  "actual",
  "budget",
  "budgetDeviation",
  "budgetDeviationPct",
  "fullYearBudget",
  "forecast",
  "forecastDeviation",
  "priorYear",
  "yoyChange",
  "yoyChangePct",
] as const;
export type LineFigure = (typeof LINE_FIGURES)[number];
export type LineFigures = Record<LineFigure, number | null>;

/** The named figures of a line (or a total), in the order named: a copy, so the report owns its values. */
export function figuresOf<F extends LineFigure>(
  from: Record<F, number | null>,
  fields: readonly F[],
): Record<F, number | null> {
  const out = {} as Record<F, number | null>;
  for (const f of fields) out[f] = from[f];
  return out;
}

export interface StatementRow extends LineFigures {
  label: string;
  /** Address of the label cell, e.g. "A8" (the sheet is StatementAnalysis.sheet). */
  cell: string;
  /** 0-based sheet row. */
  row: number;
  kind: RowKind;
  /** A total line: one that adds up the lines beside it (worded or not), and result lines. */
  subtotal: boolean;
  /** Depth under the totals that cover it: 0 for a top-level line (a nämnd, a bottom line). */
  level: number;
  /** Sheet row (0-based) of the total this line is part of, or of the line a "varav" line belongs to. */
  parentRow: number | null;
  /** A "varav …" line: part of the line above, never summed and never a deviation of its own. */
  varav: boolean;
  material: boolean;
  forecastMaterial: boolean;
  status: Status;
  forecastStatus: Status;
  /** Text of the row's comment column (Kommentar, Orsak, Förklaring), if any. */
  comment: string | null;
}

export interface Check {
  severity: "warning" | "error";
  /** What kind of disagreement: the sheet's own deviation column, a subtotal, a result line. */
  type: "deviationColumn" | "subtotal" | "result";
  /** Ready-made message in the analysis language. */
  message: string;
  /** Sheet-qualified cell, e.g. 'Resultaträkning'!D8. */
  cell: string;
  expected: number;
  found: number;
  /** Label of the row the check is about. */
  label: string;
}

export interface StatementColumns {
  label: number;
  comment: number | null;
  /** 0-based sheet column per field, for the fields found. */
  fields: Partial<Record<StatementField, number>>;
  /** The header text of each found field, as written. */
  headers: Partial<Record<StatementField, string>>;
  /** Every headed column right of the label that may hold amounts (for role choices and arithmetic). */
  numeric?: { col: number; header: string }[];
}

export interface StatementAnalysis {
  sheet: string;
  /** Header row + data rows + the table's columns. */
  range: CellRange;
  headerRow: number;
  unit: MoneyUnit;
  signConvention: SignConvention;
  /** A table of units (nämnder, verksamheter) on one net-cost axis, not of revenue and cost types. */
  netCost: boolean;
  /**
   * A table of units followed up by their result against a budgeted result ("Resultat | Budgeterat
   * resultat"): every line is a result, a surplus or a deficit, not a cost or a revenue. Absent: no.
   */
  resultUnits?: boolean;
  columns: StatementColumns;
  rows: StatementRow[];
  checks: Check[];
  /** Text of the title rows above the header, top to bottom. */
  titleLines: string[];
  /** Organisation named in the title rows ("Inköpsnämnden"), or null. */
  organisation: string | null;
  /** Materiality amount used, in the statement's unit. */
  materialityAmount: number;
}

export type IndicatorUnit = "%" | "tkr" | "mnkr" | "kr" | "st" | "dagar" | "index" | "none";
export type IndicatorStatus = "green" | "yellow" | "red" | "grey";

export interface Target {
  direction: "min" | "max";
  value: number;
  unit: IndicatorUnit;
  /** The target as written in the sheet: "Högst 10 %". */
  text: string;
}

export interface IndicatorItem {
  name: string;
  /** Address of the name cell. */
  cell: string;
  row: number;
  target: Target | null;
  actual: number | null;
  /** Unit of the outcome (after conversion to the target's unit when both are money). */
  unit: IndicatorUnit;
  /** actual ÷ target for at-least targets, target ÷ actual for at-most targets; null when undefined. */
  fulfilment: number | null;
  status: IndicatorStatus;
  /** Why an indicator is grey (or other notes), in the analysis language. */
  reason: string | null;
  /** The outcome as written ("3,94%"), for the commentary. */
  actualText: string;
  comment: string | null;
  period: string | null;
}

export interface IndicatorAnalysis {
  sheet: string;
  range: CellRange;
  headerRow: number;
  items: IndicatorItem[];
  titleLines: string[];
}

/** Reporting period: year and last month included (12 = full year). */
export interface Period {
  year: number;
  month: number;
  /** Where it came from: "setting" or the sheet text it was read from. */
  source: string;
}

export interface Analysis {
  statement: StatementAnalysis | null;
  indicators: IndicatorAnalysis | null;
  /** The follow-up tables (src/core/followup): goals, action plans, internal control; null when absent. */
  goals: GoalAnalysis | null;
  actions: ActionAnalysis | null;
  controls: ControlAnalysis | null;
  period: Period | null;
  /** The statement's findings as a whole (null without a statement): every surface reads these. */
  summary: StatementSummary | null;
  diagnostics: Diagnostic[];
}
