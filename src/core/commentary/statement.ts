/**
 * The four statement sections: summary, budget, prior year and forecast.
 *
 * Controller decisions where the issue is silent (also in README of the commentary):
 * - Totals: the cost (revenue) total is the subtotal row of that kind with the largest size
 *   (the outermost "Verksamhetens kostnader"); without one, the detail rows are summed.
 * - Revenue mirrors costs when the two deviations have opposite signs, their sum is within the
 *   materiality amount, and the revenue offsets at least half the cost deviation. Then the
 *   period's result against budget is the cost deviation (the saving the board passes on), the
 *   revenue is explained once, and revenue rows are not listed as deviations of their own.
 * - Otherwise the result is the last result row's deviation ("Årets resultat"), else costs + revenue.
 * - A row's comment is used once, in the first section that gives the row a sentence; later
 *   sentences about the same row get the placeholder (they answer a different question).
 */
import type { Period, RowKind, StatementAnalysis, StatementRow } from "../analysis";
import { formatPercent } from "../format";
import type { Settings } from "../settings";
import type { Amt, CommentaryPhrases, Dir, MoneyKind } from "./phrases";
import {
  amt,
  cleanText,
  displayDir,
  type MoneyFormat,
  pctSize,
  safeText,
  sentence,
  signedAmount,
  size,
  startsLikeFormula,
} from "./text";

interface Totals {
  label: string;
  actual: number | null;
  budget: number | null;
  budgetDeviation: number | null;
  fullYearBudget: number | null;
  forecast: number | null;
  forecastDeviation: number | null;
  priorYear: number | null;
  yoyChange: number | null;
  yoyChangePct: number | null;
}

export interface StatementContext {
  s: StatementAnalysis;
  settings: Settings;
  p: CommentaryPhrases;
  f: MoneyFormat;
  period: Period | null;
  cost: Totals | null;
  revenue: Totals | null;
  result: StatementRow | null;
  /** Cost and revenue rows that are not totals, in sheet order. */
  details: StatementRow[];
  usedComments: Set<StatementRow>;
}

type NumField = Exclude<keyof Totals, "label">;
const SUMMED: NumField[] = [
  "actual",
  "budget",
  "budgetDeviation",
  "fullYearBudget",
  "forecast",
  "forecastDeviation",
  "priorYear",
  "yoyChange",
];

function sizeOf(r: StatementRow): number {
  return Math.abs(r.budget ?? r.actual ?? r.fullYearBudget ?? 0);
}

function totalsFor(rows: StatementRow[], kind: RowKind): Totals | null {
  let best: StatementRow | null = null;
  for (const r of rows) {
    if (r.kind !== kind || !r.subtotal) continue;
    if (best === null || sizeOf(r) > sizeOf(best)) best = r;
  }
  if (best) return best;
  const details = rows.filter((r) => r.kind === kind && !r.subtotal);
  if (details.length === 0) return null;
  const t: Totals = {
    label: details[0].label,
    actual: null,
    budget: null,
    budgetDeviation: null,
    fullYearBudget: null,
    forecast: null,
    forecastDeviation: null,
    priorYear: null,
    yoyChange: null,
    yoyChangePct: null,
  };
  for (const field of SUMMED) {
    for (const r of details) {
      const v = r[field];
      if (v !== null) t[field] = (t[field] ?? 0) + v;
    }
  }
  if (t.actual !== null && t.priorYear !== null && t.priorYear !== 0) {
    t.yoyChangePct = ((Math.abs(t.actual) - Math.abs(t.priorYear)) / Math.abs(t.priorYear)) * 100;
  }
  return t;
}

export function statementContext(
  s: StatementAnalysis,
  settings: Settings,
  p: CommentaryPhrases,
  period: Period | null,
): StatementContext {
  const results = s.rows.filter((r) => r.kind === "result");
  return {
    s,
    settings,
    p,
    f: { unit: s.unit, style: settings.amountStyle, lang: settings.lang },
    period,
    cost: totalsFor(s.rows, "cost"),
    revenue: totalsFor(s.rows, "revenue"),
    result: results.length > 0 ? results[results.length - 1] : null,
    details: s.rows.filter((r) => !r.subtotal && r.kind !== "result"),
    usedComments: new Set(),
  };
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

function subject(c: StatementContext, label: string): string {
  const t = cleanText(label);
  return startsLikeFormula(t) ? c.p.quote(t) : c.p.definite(t);
}

function inline(c: StatementContext, label: string): string {
  const t = cleanText(label);
  return startsLikeFormula(t) ? c.p.quote(t) : c.p.inline(t);
}

function moneyKind(r: { kind: RowKind }): MoneyKind {
  return r.kind === "revenue" ? "revenue" : "cost";
}

/** The row's own comment the first time, else the placeholder (or nothing when turned off). */
function cause(c: StatementContext, rows: StatementRow[]): string {
  const parts: string[] = [];
  for (const r of rows) {
    if (r.comment && cleanText(r.comment) !== "" && !c.usedComments.has(r)) {
      c.usedComments.add(r);
      parts.push(sentence(safeText(r.comment, c.p)));
    }
  }
  if (parts.length === 0 && c.settings.placeholders) parts.push(c.p.placeholder);
  return parts.join(" ");
}

function withCause(text: string, causeText: string): string {
  return causeText === "" ? text : `${text} ${causeText}`;
}

function byAbs(field: "budgetDeviation" | "forecastDeviation" | "yoyChange") {
  return (a: StatementRow, b: StatementRow): number =>
    Math.abs(b[field] ?? 0) - Math.abs(a[field] ?? 0) || a.row - b.row;
}

function pctText(value: number, lang: "sv" | "en"): string {
  return formatPercent(value, Number.isInteger(value) ? 0 : 1, lang);
}

function nullableSum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

function budgetMirror(c: StatementContext): boolean {
  return mirrors(
    c.cost?.budgetDeviation ?? null,
    c.revenue?.budgetDeviation ?? null,
    c.s.materialityAmount,
  );
}

/**
 * Once the period shows that revenue follows costs, the forecast and prior-year comparisons are
 * read the same way whenever revenue and costs offset within the materiality (also when both are
 * zero), so revenue is not reported as a separate finding there either.
 */
function followsCosts(c: StatementContext, costDev: number | null, revDev: number | null): boolean {
  if (mirrors(costDev, revDev, c.s.materialityAmount)) return true;
  return (
    budgetMirror(c) &&
    costDev !== null &&
    revDev !== null &&
    Math.abs(costDev + revDev) <= c.s.materialityAmount
  );
}

function forecastMirror(c: StatementContext): boolean {
  return followsCosts(c, c.cost?.forecastDeviation ?? null, c.revenue?.forecastDeviation ?? null);
}

function hasForecast(c: StatementContext): boolean {
  return c.s.rows.some((r) => r.forecast !== null && r.fullYearBudget !== null);
}

function hasPriorYear(c: StatementContext): boolean {
  return c.s.rows.some((r) => r.priorYear !== null);
}

/** The forecast result against the full-year budget, by the same rule as the period's. */
function forecastResult(c: StatementContext): number | null {
  const costDev = c.cost?.forecastDeviation ?? null;
  if (forecastMirror(c)) return costDev;
  return c.result?.forecastDeviation ?? nullableSum(costDev, c.revenue?.forecastDeviation ?? null);
}

export function summary(c: StatementContext): string[] {
  const { p, f } = c;
  const org = c.s.organisation ? cleanText(c.s.organisation) : "";
  const who = org === "" ? p.neutralSubject : startsLikeFormula(org) ? p.quote(org) : org;
  const costDev = c.cost?.budgetDeviation ?? null;
  const revDev = c.revenue?.budgetDeviation ?? null;
  const mirror = budgetMirror(c);
  const result = mirror ? costDev : (c.result?.budgetDeviation ?? nullableSum(costDev, revDev));

  const first: string[] = [];
  if (result !== null) {
    first.push(p.summary.result(who, p.forPeriod(c.period), amt(result, "summary", f)));
  }
  const cost = c.cost;
  if (cost && costDev !== null && cost.budget !== null && cost.actual !== null) {
    first.push(
      p.summary.total(
        "cost",
        amt(costDev, "summary", f),
        size(cost.budget, "summary", f),
        size(cost.actual, "summary", f),
      ),
    );
  }
  const rev = c.revenue;
  if (rev && revDev !== null && rev.budget !== null && rev.actual !== null) {
    const budget = size(rev.budget, "summary", f);
    const actual = size(rev.actual, "summary", f);
    if (mirror) {
      first.push(p.summary.revenueMirrors(amt(revDev, "summary", f), budget, actual));
      const res = c.result;
      if (
        res &&
        res.actual !== null &&
        res.budgetDeviation !== null &&
        displayDir(res.budgetDeviation, "summary", f) === 0
      ) {
        first.push(
          p.summary.resultLine(inline(c, res.label), signedAmount(res.actual, "summary", f, p)),
        );
      }
    } else {
      first.push(p.summary.total("revenue", amt(revDev, "summary", f), budget, actual));
    }
  }
  const paragraphs = first.length > 0 ? [first.join(" ")] : [];
  const fr = hasForecast(c) ? forecastResult(c) : null;
  if (fr !== null) paragraphs.push(p.summary.forecast(amt(fr, "summary", f)));
  return paragraphs;
}

function isUnbudgeted(r: StatementRow, f: MoneyFormat): boolean {
  return (
    r.budget !== null &&
    r.actual !== null &&
    displayDir(r.budget, "row", f) === 0 &&
    displayDir(r.actual, "row", f) !== 0
  );
}

/**
 * A report names the largest deviations and summarises the rest: an account-level statement with
 * thousands of lines must not become thousands of sentences.
 */
export const MAX_ROW_SENTENCES = 10;
const MAX_LISTED_LABELS = 8;

export function budget(c: StatementContext): string[] {
  const { p, f } = c;
  const mirror = budgetMirror(c);
  const candidates = c.details.filter(
    (r) => r.budgetDeviation !== null && (r.kind === "cost" || !mirror),
  );
  const dev = (r: StatementRow): number => r.budgetDeviation ?? 0;
  const listed = candidates.filter((r) => r.material).sort(byAbs("budgetDeviation"));
  const nonZero = candidates.filter((r) => displayDir(dev(r), "row", f) !== 0);
  const paragraphs: string[] = [];

  const costDirs = c.details
    .filter((r) => r.kind === "cost" && r.budgetDeviation !== null)
    .map((r) => displayDir(dev(r), "row", f));
  if (costDirs.length >= 2 && costDirs.every((d) => d === costDirs[0]) && costDirs[0] !== 0) {
    paragraphs.push(p.budget.allCosts(costDirs[0]));
  }

  if (listed.length === 0) {
    const first = [
      p.budget.noMaterial(
        size(c.s.materialityAmount, "row", f),
        pctText(c.settings.materialityPct, f.lang),
      ),
    ];
    const largest = [...nonZero].sort(byAbs("budgetDeviation"))[0];
    if (largest) {
      first.push(p.budget.largest(inline(c, largest.label), amt(dev(largest), "row", f)));
    }
    paragraphs.push(first.join(" "));
  } else {
    // The driver is the largest deviation pulling the same way as the total.
    const totalDev = nullableSum(
      c.cost?.budgetDeviation ?? null,
      mirror ? null : (c.revenue?.budgetDeviation ?? null),
    );
    const totalDir: Dir = totalDev === null ? 0 : displayDir(totalDev, "row", f);
    const driver =
      nonZero.length < 2
        ? null
        : totalDir === 0
          ? listed[0]
          : (listed.find((r) => displayDir(dev(r), "row", f) === totalDir) ?? null);
    for (const r of listed.slice(0, MAX_ROW_SENTENCES)) {
      const d = amt(dev(r), "row", f);
      const text =
        isUnbudgeted(r, f) && r.actual !== null
          ? p.budget.unbudgeted(subject(c, r.label), moneyKind(r), size(r.actual, "row", f), d)
          : p.budget.row(subject(c, r.label), moneyKind(r), d, r === driver);
      paragraphs.push(withCause(text, cause(c, [r])));
    }
    if (listed.length > MAX_ROW_SENTENCES)
      paragraphs.push(p.moreRows(listed.length - MAX_ROW_SENTENCES));
    const minor: string[] = [];
    for (const dir of [1, -1] as const) {
      const rows = nonZero.filter((r) => !r.material && displayDir(dev(r), "row", f) === dir);
      if (rows.length === 0) continue;
      const also = listed.some((r) => displayDir(dev(r), "row", f) === dir);
      const labels =
        rows.length > MAX_LISTED_LABELS
          ? p.otherLines(rows.length)
          : p.labelList(rows.map((r) => inline(c, r.label)));
      minor.push(p.budget.minor(labels, rows.length, dir, also));
    }
    if (minor.length > 0) paragraphs.push(minor.join(" "));
  }

  if (mirror && c.revenue && c.revenue.budgetDeviation !== null) {
    paragraphs.push(
      p.budget.revenueMirrors(inline(c, c.revenue.label), amt(c.revenue.budgetDeviation, "row", f)),
    );
  }
  return paragraphs;
}

function yoyMaterial(c: StatementContext, r: StatementRow): boolean {
  if (r.yoyChange === null || r.priorYear === null) return false;
  const change = Math.abs(r.yoyChange);
  return (
    change >= c.s.materialityAmount &&
    change >= (c.settings.materialityPct / 100) * Math.abs(r.priorYear)
  );
}

export function priorYear(c: StatementContext): string[] {
  const { p, f } = c;
  if (!hasPriorYear(c)) return [p.priorYear.noData];
  const first: string[] = [];
  const cost = c.cost;
  if (cost && cost.yoyChange !== null && cost.actual !== null && cost.priorYear !== null) {
    first.push(
      p.priorYear.total(
        "cost",
        amt(cost.yoyChange, "summary", f),
        pctSize(cost.yoyChangePct, f.lang),
        size(cost.actual, "summary", f),
        size(cost.priorYear, "summary", f),
      ),
    );
  }
  const rev = c.revenue;
  const mirror = followsCosts(c, cost?.yoyChange ?? null, rev?.yoyChange ?? null);
  if (rev && rev.yoyChange !== null && rev.actual !== null && rev.priorYear !== null) {
    first.push(
      mirror
        ? p.priorYear.revenueMirrors(amt(rev.yoyChange, "summary", f))
        : p.priorYear.total(
            "revenue",
            amt(rev.yoyChange, "summary", f),
            pctSize(rev.yoyChangePct, f.lang),
            size(rev.actual, "summary", f),
            size(rev.priorYear, "summary", f),
          ),
    );
  }
  const paragraphs = first.length > 0 ? [first.join(" ")] : [];
  const rows = c.details
    .filter((r) => (r.kind === "cost" || !mirror) && yoyMaterial(c, r))
    .sort(byAbs("yoyChange"));
  for (const r of rows.slice(0, MAX_ROW_SENTENCES)) {
    const text = p.priorYear.row(
      subject(c, r.label),
      moneyKind(r),
      amt(r.yoyChange ?? 0, "row", f),
      pctSize(r.yoyChangePct, f.lang),
    );
    paragraphs.push(withCause(text, cause(c, [r])));
  }
  if (rows.length > MAX_ROW_SENTENCES) paragraphs.push(p.moreRows(rows.length - MAX_ROW_SENTENCES));
  if (rows.length === 0) paragraphs.push(p.priorYear.noMaterial);
  return paragraphs;
}

function runRate(c: StatementContext, mirror: boolean): string[] {
  const { p, f, period } = c;
  // A full year has nothing to extrapolate; an unknown period is reported by the engine.
  if (period === null || period.month < 1 || period.month >= 12) return [];
  const out: string[] = [];
  const totals: [MoneyKind, Totals | null][] = [
    ["cost", c.cost],
    ["revenue", mirror && c.cost ? null : c.revenue],
  ];
  for (const [kind, t] of totals) {
    if (!t || t.actual === null || t.forecast === null) continue;
    const extrapolated = (t.actual / period.month) * 12;
    const diff = Math.abs(extrapolated) - Math.abs(t.forecast);
    const material =
      Math.abs(diff) >= c.s.materialityAmount &&
      Math.abs(diff) >= (c.settings.materialityPct / 100) * Math.abs(t.forecast);
    // dir 1: the run rate is above the forecast in size.
    const diffAmt: Amt | null = material
      ? { text: size(diff, "summary", f), dir: diff > 0 ? 1 : -1 }
      : null;
    const text = p.forecast.runRate(
      kind,
      p.monthsSoFar(period),
      size(extrapolated, "summary", f),
      size(t.forecast, "summary", f),
      diffAmt,
    );
    out.push(material && c.settings.placeholders ? `${text} ${p.placeholder}` : text);
  }
  return out;
}

export function forecast(c: StatementContext): string[] {
  const { p, f } = c;
  if (!hasForecast(c)) return [p.forecast.noData];
  const mirror = forecastMirror(c);
  const first: string[] = [];
  const fr = forecastResult(c);
  if (fr !== null) first.push(p.summary.forecast(amt(fr, "summary", f)));
  const cost = c.cost;
  if (
    cost &&
    cost.forecastDeviation !== null &&
    cost.fullYearBudget !== null &&
    cost.forecast !== null
  ) {
    first.push(
      p.forecast.total(
        "cost",
        amt(cost.forecastDeviation, "summary", f),
        size(cost.fullYearBudget, "summary", f),
        size(cost.forecast, "summary", f),
      ),
    );
  }
  const rev = c.revenue;
  if (
    rev &&
    rev.forecastDeviation !== null &&
    rev.fullYearBudget !== null &&
    rev.forecast !== null
  ) {
    first.push(
      mirror
        ? p.forecast.revenueMirrors
        : p.forecast.total(
            "revenue",
            amt(rev.forecastDeviation, "summary", f),
            size(rev.fullYearBudget, "summary", f),
            size(rev.forecast, "summary", f),
          ),
    );
  }
  const paragraphs = first.length > 0 ? [first.join(" ")] : [];

  const rows = c.details
    .filter(
      (r) =>
        r.forecastDeviation !== null &&
        r.forecastMaterial &&
        (r.kind === "cost" || !mirror) &&
        displayDir(r.forecastDeviation, "row", f) !== 0,
    )
    .sort(byAbs("forecastDeviation"));
  const clause = (r: StatementRow, firstInSentence: boolean): string =>
    p.forecast.rowClause(
      firstInSentence ? subject(c, r.label) : inline(c, r.label),
      moneyKind(r),
      amt(r.forecastDeviation ?? 0, "row", f),
      firstInSentence,
    );
  const dirOf = (r: StatementRow): Dir => displayDir(r.forecastDeviation ?? 0, "row", f);
  if (rows.length === 2 && dirOf(rows[0]) !== dirOf(rows[1])) {
    // Two offsetting adjustments read as one thought, as controllers write them.
    const text = p.forecast.contrast(clause(rows[0], true), clause(rows[1], false));
    paragraphs.push(withCause(text, cause(c, rows)));
  } else {
    for (const r of rows.slice(0, MAX_ROW_SENTENCES)) {
      paragraphs.push(withCause(sentence(clause(r, true)), cause(c, [r])));
    }
    if (rows.length > MAX_ROW_SENTENCES)
      paragraphs.push(p.moreRows(rows.length - MAX_ROW_SENTENCES));
  }
  if (rows.length === 0) paragraphs.push(p.forecast.noMaterial);
  paragraphs.push(...runRate(c, mirror));
  return paragraphs;
}
