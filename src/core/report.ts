/**
 * The report JSON (`--json`): stable, documented field names. Built from the analysis;
 * internal positions (row indexes, column maps) are left out.
 */
import type {
  StatementField,
  IndicatorStatus,
  IndicatorUnit,
  LineFigures,
  RowKind,
  SignConvention,
  Status,
} from "./analysis";
import type { Commentary } from "./commentary/types";
import type { Severity } from "./diagnostics";
import type { ReportActions, ReportControls, ReportGoals } from "./followup/report";
import type { ResultSource, RunRate, Totals } from "./statement/summary";
import type { MoneyUnit } from "./units";

/** A line: its label and kind, then its figures (LINE_FIGURES, in that order), then its verdicts. */
export interface ReportRow extends LineFigures {
  label: string;
  cell: string;
  kind: RowKind;
  subtotal: boolean;
  /** Depth under the totals that cover the line (0 = top level). */
  level: number;
  /** A "varav" line: part of the line above, never summed. */
  varav: boolean;
  material: boolean;
  status: Status;
  forecastStatus: Status;
  /** A revenue line whose budget deviation follows the costs (re-invoicing), not a shortfall of its own. */
  followsCosts: boolean;
}

export type ReportTotals = Totals;

export interface ReportSummary {
  result: number | null;
  resultSource: ResultSource | null;
  forecastResult: number | null;
  forecastResultSource: ResultSource | null;
  revenueFollowsCosts: { budget: boolean; forecast: boolean; priorYear: boolean };
  costs: ReportTotals | null;
  revenue: ReportTotals | null;
  resultRow: { label: string; cell: string } | null;
  materialLines: number;
  unfavourableMaterialLines: number;
  runRate: RunRate[];
}

export interface ReportCheck {
  severity: "warning" | "error";
  message: string;
  cell: string;
  expected: number;
  found: number;
}

export interface ReportIndicator {
  name: string;
  cell: string;
  target: { direction: "min" | "max"; value: number; unit: IndicatorUnit; text: string } | null;
  actual: number | null;
  unit: IndicatorUnit;
  fulfilment: number | null;
  status: IndicatorStatus;
  reason: string | null;
}

export interface Report {
  statement: {
    sheet: string;
    range: string;
    unit: MoneyUnit;
    signConvention: SignConvention;
    /** A table of units (nämnder) on one net-cost axis. */
    netCost: boolean;
    /** The column letter used for each role, e.g. { "actual": "C", "budget": "E" }. */
    columns: Partial<Record<StatementField, string>>;
    period: string | null;
    rows: ReportRow[];
    checks: ReportCheck[];
  } | null;
  /** The statement's findings as a whole (null without a statement); see the README. */
  summary: ReportSummary | null;
  indicators: { sheet: string; range: string; items: ReportIndicator[] } | null;
  goals: ReportGoals | null;
  actions: ReportActions | null;
  controls: ReportControls | null;
  commentary: Commentary;
  diagnostics: { severity: Severity; message: string; cell: string | null }[];
}
