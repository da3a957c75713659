/** The shape every language module fills in. Words live here, logic elsewhere. */
import type { IndicatorStatus, StatementField, Status } from "../analysis";
import type { DiagnosticCode } from "../diagnostics";

export interface Terms {
  /** Status words written in status cells and shown on badges (colour is never the only carrier). */
  status: Record<Exclude<Status, "none">, string>;
  /** A revenue line whose deviation follows the costs: shown instead of an unfavourable status. */
  followsCosts: string;
  indicatorStatus: Record<IndicatorStatus, string>;
  /** How an indicator's figures read wherever they are shown (pane, Analys sheet, document). */
  indicatorText: {
    /** "Måluppfyllelse" before an at-least target's percentage. */
    fulfilment: string;
    targetMax: (value: string) => string;
    targetMin: (value: string) => string;
    /** Unit words after a count; index has none. */
    units: { st: string; dagar: string; index: string };
    /** A gap between two percentages, already formatted ("4,3"), in points; one = exactly 1. */
    points: (gap: string, one: boolean) => string;
    underCeiling: (gap: string) => string;
    overCeiling: (gap: string) => string;
    atCeiling: string;
  };
  headers: {
    status: string;
    forecastStatus: string;
    fulfilment: string;
  };
  analysisSheet: string;
  /** What each column role is called where the user chooses columns (diagnostics, the pane, --columns). */
  roles: Record<StatementField, string>;
  /** Labels on the analysis sheet. */
  sheet: {
    title: string;
    generatedBy: string;
    source: string;
    period: string;
    periodUnknown: string;
    unit: string;
    /** The summary's result against budget and the forecast result (amounts in the sheet's unit). */
    result: string;
    forecastResult: string;
    keyFigures: string;
    /** Under a shortened key-figure table: how many lines were left out and where they are. */
    linesOmitted: (n: number) => string;
    indicators: string;
    commentary: string;
    /** Footer text around Excel's page codes ("&P", "&N"): "Sida 1 av 3". */
    pageNumber: (page: string, pages: string) => string;
    columns: {
      row: string;
      actual: string;
      budget: string;
      deviation: string;
      deviationPct: string;
      status: string;
      fullYearBudget: string;
      forecast: string;
      forecastDeviation: string;
      forecastStatus: string;
      priorYear: string;
      yoyChange: string;
      yoyChangePct: string;
      indicator: string;
      target: string;
      outcome: string;
      fulfilment: string;
      indicatorStatus: string;
      reason: string;
    };
  };
  /** Reasons an indicator cannot be judged. */
  reasons: {
    noTarget: string;
    noOutcome: string;
    notMeasured: (text: string) => string;
    unparseableTarget: (text: string) => string;
    unparseableOutcome: (text: string) => string;
    unitMismatch: (target: string, actual: string) => string;
  };
  /** Outputs of ours the user changed since they were written: the cells, and why nothing was written. */
  /** The ribbon command's prefix for an error nobody foresaw. */
  unexpectedError: string;
  edited: {
    /** The changed cells for a message: the first ten, then how many more. */
    cells: (cells: string[]) => string;
    /** The ribbon command stopped (no one to ask): what changed and what to do. */
    stopped: (cells: string[]) => string;
  };
  /** Reconciliation check messages. */
  checks: {
    deviationColumn: (label: string, header: string, expected: string, found: string) => string;
    subtotal: (label: string, expected: string, found: string) => string;
    result: (label: string, expected: string, found: string) => string;
  };
  months: string[];
  messages: Record<DiagnosticCode, (p: Record<string, string | number>) => string>;
}
