/**
 * The statement's findings as a whole, computed once: totals, result against budget and forecast,
 * whether revenue follows costs, year-on-year totals, materiality of the totals and the run-rate
 * check. The commentary, the pane, the command's printed summary and the Analys key figures all read
 * this; none of them recomputes a total.
 *
 * Controller decisions where the issue is silent:
 * - Totals: the cost (revenue) total is the subtotal row of that kind with the largest size
 *   (the outermost "Verksamhetens kostnader"); without one, the detail rows are summed.
 * - Revenue mirrors costs when the two deviations have opposite signs, their sum is within the
 *   materiality amount, and the revenue offsets at least half the cost deviation. Then the
 *   period's result against budget is the cost deviation (the saving the board passes on), and
 *   the revenue deviation is no separate shortfall.
 * - Otherwise the result is the last result row's deviation ("Årets resultat"), else costs + revenue.
 * - Once the period shows that revenue follows costs, the forecast and prior-year comparisons are
 *   read the same way whenever revenue and costs offset within the materiality (also when both
 *   are zero).
 */
import {
  figuresOf,
  LINE_FIGURES,
  type LineFigure,
  type Period,
  type RowKind,
  type StatementAnalysis,
  type StatementRow,
} from "../analysis";
import type { Settings } from "../settings";
import { clean, isMaterial, sizeChangePct } from "./deviations";

/** A total's figures: a line's, but for the percentage deviation (a total's is read from its amounts). */
type TotalFigure = Exclude<LineFigure, "budgetDeviationPct">;
const TOTAL_FIGURES = LINE_FIGURES.filter((f): f is TotalFigure => f !== "budgetDeviationPct");

export interface Totals extends Record<TotalFigure, number | null> {
  label: string;
  /** The total line's label cell, or null when the detail lines were summed. */
  cell: string | null;
  /** Materiality of the total, by the same rule as a line's. */
  material: boolean;
  forecastMaterial: boolean;
  yoyMaterial: boolean;
}

/** Where a result figure comes from (see the module comment). */
export type ResultSource = "costs" | "resultRow" | "sum";

export interface RunRate {
  kind: "cost" | "revenue";
  /** Months so far (the period's last month). */
  months: number;
  /** Actual so far ÷ months × 12, in the statement's unit and sign. */
  extrapolated: number;
  forecast: number;
  /** |extrapolated| − |forecast|: positive when the run rate is above the forecast in size. */
  difference: number;
  material: boolean;
}

export interface StatementSummary {
  costs: Totals | null;
  revenue: Totals | null;
  /** The bottom line (the last result row: Årets resultat, Nettokostnad), if any. */
  resultRow: StatementRow | null;
  /** The period's result against budget, favourable-positive; null when nothing to compare. */
  result: number | null;
  resultSource: ResultSource | null;
  /** The forecast result against the full-year budget, by the same rule; null without a forecast. */
  forecastResult: number | null;
  forecastResultSource: ResultSource | null;
  /** Revenue deviations that mirror the cost deviation (re-invoicing), per comparison. */
  revenueFollowsCosts: { budget: boolean; forecast: boolean; priorYear: boolean };
  hasForecast: boolean;
  hasPriorYear: boolean;
  /** Material budget deviations on lines that are not totals, and how many are unfavourable. */
  materialLines: number;
  unfavourableMaterialLines: number;
  /** Run rate of the totals against the forecast; empty for a full year or an unknown period. */
  runRate: RunRate[];
}

function sizeOf(r: StatementRow): number {
  return Math.abs(r.budget ?? r.actual ?? r.fullYearBudget ?? 0);
}

/** The figures a sum of lines adds up; its percentage change is computed from the sums. */
type Summed = Exclude<TotalFigure, "yoyChangePct">;
const SUMMED = TOTAL_FIGURES.filter((f): f is Summed => f !== "yoyChangePct");

/** Material change against the prior year: the amount and the percentage of |prior year|. */
export function yoyMaterial(
  r: { yoyChange: number | null; priorYear: number | null },
  materialityAmount: number,
  materialityPct: number,
): boolean {
  if (r.yoyChange === null || r.priorYear === null) return false;
  const change = Math.abs(r.yoyChange);
  return change >= materialityAmount && change >= (materialityPct / 100) * Math.abs(r.priorYear);
}

/**
 * The units a net-cost table's headline adds up: its top-level lines (the nämnder; a grand total when
 * the table prints one). Never one line picked from the middle, never a varav line.
 */
function topLevel(s: StatementAnalysis): StatementRow[] {
  return s.rows.filter((r) => r.level === 0 && !r.varav && r.kind !== "result");
}

function totalsFor(s: StatementAnalysis, kind: RowKind, pct: number): Totals | null {
  const amount = s.materialityAmount;
  if (s.netCost) {
    const units = topLevel(s).filter((r) => r.kind === kind);
    return units.length === 1 ? totalsOfRow(units[0], amount, pct) : summed(units, amount, pct);
  }
  let best: StatementRow | null = null;
  for (const r of s.rows) {
    if (r.kind !== kind || !r.subtotal) continue;
    if (best === null || sizeOf(r) > sizeOf(best)) best = r;
  }
  if (best) return totalsOfRow(best, amount, pct);
  return summed(
    s.rows.filter((r) => r.kind === kind && !r.subtotal && !r.varav),
    amount,
    pct,
  );
}

function totalsOfRow(r: StatementRow, amount: number, pct: number): Totals {
  return {
    label: r.label,
    cell: r.cell,
    ...figuresOf(r, TOTAL_FIGURES),
    material: r.material,
    forecastMaterial: r.forecastMaterial,
    yoyMaterial: yoyMaterial(r, amount, pct),
  };
}

/** The sum of lines, when no single total line of the kind stands for them. */
function summed(details: StatementRow[], amount: number, pct: number): Totals | null {
  if (details.length === 0) return null;
  const sums = {} as Record<Summed, number | null>;
  for (const field of SUMMED) {
    sums[field] = null;
    for (const r of details) {
      const v = r[field];
      if (v !== null) sums[field] = (sums[field] ?? 0) + v;
    }
  }
  // A line with an outcome but no budget (jämförelsestörande poster, nothing budgeted) is part of the
  // outcome summed: its deviation counts against a budget of zero, so the sum's deviation is the sum's
  // outcome against the sum's budget, as the sentence that prints both says.
  sums.budgetDeviation = pairedDeviation(details, "actual", "budget", "budgetDeviation", sums);
  sums.forecastDeviation = pairedDeviation(
    details,
    "forecast",
    "fullYearBudget",
    "forecastDeviation",
    sums,
  );
  sums.yoyChange = pairedDeviation(details, "actual", "priorYear", "yoyChange", sums);
  const t = { label: details[0].label, cell: null, ...sums };
  return {
    ...t,
    yoyChangePct: sizeChangePct(t.actual, t.priorYear),
    material: isMaterial(t.budgetDeviation, t.budget, amount, pct),
    forecastMaterial: isMaterial(t.forecastDeviation, t.fullYearBudget, amount, pct),
    yoyMaterial: yoyMaterial(t, amount, pct),
  };
}

/**
 * The deviation of summed lines, consistent with the summed amounts: the lines' own deviations, plus the
 * outcome of lines that have one but no reference, read the same way (the sign the other lines show).
 */
function pairedDeviation(
  details: StatementRow[],
  value: "actual" | "forecast",
  reference: "budget" | "fullYearBudget" | "priorYear",
  dev: "budgetDeviation" | "forecastDeviation" | "yoyChange",
  sums: Record<Summed, number | null>,
): number | null {
  let compared = 0;
  let refSum = 0;
  let devSum = 0;
  let unreferenced = 0;
  let paired = 0;
  for (const r of details) {
    const v = r[value];
    const d = r[dev];
    if (v !== null && r[reference] !== null && d !== null) {
      compared += v;
      refSum += r[reference] as number;
      devSum += d;
      paired++;
    } else if (v !== null && r[reference] === null) unreferenced += v;
  }
  if (paired === 0 || unreferenced === 0) return sums[dev];
  const diff = compared - refSum;
  if (Math.abs(diff) < 1e-9 || Math.abs(devSum) < 1e-9) return sums[dev];
  const sign = Math.sign(devSum / diff);
  return clean(devSum + sign * unreferenced);
}

/** See the module comment: revenue that offsets the cost deviation is re-invoicing, not a problem. */
export function mirrors(
  costDev: number | null,
  revDev: number | null,
  materiality: number,
): boolean {
  if (costDev === null || revDev === null || costDev === 0 || revDev === 0) return false;
  if (Math.sign(costDev) === Math.sign(revDev)) return false;
  const rest = Math.abs(costDev + revDev);
  return rest <= materiality && rest < Math.abs(costDev) / 2;
}

function nullableSum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

function resultOf(
  mirror: boolean,
  costDev: number | null,
  revDev: number | null,
  rowDev: number | null,
): { value: number | null; source: ResultSource | null } {
  if (mirror) return { value: costDev, source: "costs" };
  if (rowDev !== null) return { value: rowDev, source: "resultRow" };
  const sum = nullableSum(costDev, revDev);
  return { value: sum, source: sum === null ? null : "sum" };
}

function runRates(
  period: Period | null,
  costs: Totals | null,
  revenue: Totals | null,
  forecastMirror: boolean,
  amount: number,
  pct: number,
): RunRate[] {
  // A full year has nothing to extrapolate; an unknown period is reported by the engine.
  if (period === null || period.month < 1 || period.month >= 12) return [];
  const out: RunRate[] = [];
  const totals: ["cost" | "revenue", Totals | null][] = [
    ["cost", costs],
    ["revenue", forecastMirror && costs ? null : revenue],
  ];
  for (const [kind, t] of totals) {
    if (!t || t.actual === null || t.forecast === null) continue;
    const extrapolated = (t.actual / period.month) * 12;
    const difference = Math.abs(extrapolated) - Math.abs(t.forecast);
    const material =
      Math.abs(difference) >= amount && Math.abs(difference) >= (pct / 100) * Math.abs(t.forecast);
    out.push({
      kind,
      months: period.month,
      extrapolated,
      forecast: t.forecast,
      difference,
      material,
    });
  }
  return out;
}

export function summarizeStatement(
  s: StatementAnalysis,
  period: Period | null,
  settings: Pick<Settings, "materialityPct">,
): StatementSummary {
  const pct = settings.materialityPct;
  const amount = s.materialityAmount;
  const costs = totalsFor(s, "cost", pct);
  const revenue = totalsFor(s, "revenue", pct);
  const results = s.rows.filter((r) => r.kind === "result");
  const resultRow = results.length > 0 ? results[results.length - 1] : null;

  // Re-invoicing is a statement's pattern; a net-cost table's revenue units (skatter, finansiering) are
  // revenue of their own, never a mirror of the nämnders' costs.
  const budgetMirror =
    !s.netCost && mirrors(costs?.budgetDeviation ?? null, revenue?.budgetDeviation ?? null, amount);
  const follows = (costDev: number | null, revDev: number | null): boolean =>
    (!s.netCost && mirrors(costDev, revDev, amount)) ||
    (budgetMirror && costDev !== null && revDev !== null && Math.abs(costDev + revDev) <= amount);
  const forecastMirror = follows(
    costs?.forecastDeviation ?? null,
    revenue?.forecastDeviation ?? null,
  );
  const yoyMirror = follows(costs?.yoyChange ?? null, revenue?.yoyChange ?? null);

  const hasForecast = s.rows.some((r) => r.forecast !== null && r.fullYearBudget !== null);
  const result = resultOf(
    budgetMirror,
    costs?.budgetDeviation ?? null,
    revenue?.budgetDeviation ?? null,
    resultRow?.budgetDeviation ?? null,
  );
  const forecast = hasForecast
    ? resultOf(
        forecastMirror,
        costs?.forecastDeviation ?? null,
        revenue?.forecastDeviation ?? null,
        resultRow?.forecastDeviation ?? null,
      )
    : { value: null, source: null };
  const material = s.rows.filter(isMaterialLine);
  const unfavourable = material.filter(
    (r) => r.status === "red" && verdictOf(r, budgetMirror) !== "followsCosts",
  );
  return {
    costs,
    revenue,
    resultRow,
    result: result.value,
    resultSource: result.source,
    forecastResult: forecast.value,
    forecastResultSource: forecast.source,
    revenueFollowsCosts: { budget: budgetMirror, forecast: forecastMirror, priorYear: yoyMirror },
    hasForecast,
    hasPriorYear: s.rows.some((r) => r.priorYear !== null),
    materialLines: material.length,
    unfavourableMaterialLines: unfavourable.length,
    runRate: runRates(period, costs, revenue, forecastMirror, amount, pct),
  };
}

/**
 * A material budget deviation on a single line: what `materialLines` counts and every surface lists
 * (the pane's summary and chart, the command's list). Totals are stated as the result and the
 * totals; varav lines are parts of the line above.
 */
export function isMaterialLine(r: StatementRow): boolean {
  return r.material && !r.subtotal && !r.varav;
}

/**
 * What a line's budget deviation means for a reader: its status, or "followsCosts" for a revenue
 * line whose deviation the summary explains as following the costs (not a shortfall of its own).
 */
export type BudgetVerdict = StatementRow["status"] | "followsCosts";

export function budgetVerdict(row: StatementRow, summary: StatementSummary | null): BudgetVerdict {
  return verdictOf(row, summary?.revenueFollowsCosts.budget ?? false);
}

function verdictOf(row: StatementRow, revenueFollowsCosts: boolean): BudgetVerdict {
  const shortfall = row.status === "red" || row.status === "yellow";
  return revenueFollowsCosts && row.kind === "revenue" && shortfall ? "followsCosts" : row.status;
}
