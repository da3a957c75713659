/**
 * The four statement sections: summary, budget, prior year and forecast. The figures as a whole
 * (totals, result, whether revenue follows costs, run rate) come from the analysis's summary
 * (../statement/summary.ts); this module only chooses the sentences.
 *
 * A row's comment is used once, in the first section that gives the row a sentence; later
 * sentences about the same row get the placeholder (they answer a different question).
 */
import type { Period, RowKind, StatementAnalysis, StatementRow } from "../analysis";
import { formatPercent } from "../format";
import type { Settings } from "../settings";
import { favourableSign } from "../statement/analyze";
import { isResultBudgetHeader } from "../find/statementHeaders";
import { yoyMaterial, type StatementSummary, type Totals } from "../statement/summary";
import type { Amt, CommentaryPhrases, Dir, MoneyKind } from "./phrases";
import {
  amt,
  cleanLabel,
  displayDir,
  type MoneyFormat,
  pctSize,
  quoteIfFormula,
  sentence,
  signedAmount,
  size,
  startsLikeFormula,
} from "./text";

export interface StatementContext {
  s: StatementAnalysis;
  sum: StatementSummary;
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

export function statementContext(
  s: StatementAnalysis,
  sum: StatementSummary,
  settings: Settings,
  p: CommentaryPhrases,
  period: Period | null,
): StatementContext {
  return {
    s,
    sum,
    settings,
    p,
    f: { unit: s.unit, style: settings.amountStyle, lang: settings.lang },
    period,
    cost: sum.costs,
    revenue: sum.revenue,
    result: sum.resultRow,
    // A varav line is part of the line above: never a deviation of its own.
    details: s.rows.filter((r) => !r.subtotal && r.kind !== "result" && !r.varav),
    usedComments: new Set(),
  };
}

function subject(c: StatementContext, label: string): string {
  const t = cleanLabel(label);
  return startsLikeFormula(t) ? c.p.quote(t) : c.p.definite(t);
}

function inline(c: StatementContext, label: string): string {
  const t = cleanLabel(label);
  return startsLikeFormula(t) ? c.p.quote(t) : c.p.inline(t);
}

function moneyKind(r: { kind: RowKind }): MoneyKind {
  return r.kind === "revenue" ? "revenue" : "cost";
}

/** The figure as its kind counts it: a cost or revenue as a positive number. */
function natural(c: StatementContext, kind: MoneyKind, value: number): number {
  const favourable = favourableSign(kind, "", c.s.signConvention, c.s.netCost);
  return (kind === "revenue" ? favourable : -favourable) * value;
}

/**
 * The change against the prior year in percent of its size, only where both years lie on the kind's
 * side of zero: a net revenue of minus 5 tkr that became 0 has not grown by 100 %.
 */
function changePct(
  c: StatementContext,
  kind: MoneyKind,
  t: { actual: number | null; priorYear: number | null; yoyChangePct: number | null },
): string | null {
  if (t.actual === null || t.priorYear === null) return null;
  if (natural(c, kind, t.actual) < 0 || natural(c, kind, t.priorYear) < 0) return null;
  return pctSize(t.yoyChangePct, c.f.lang);
}

/**
 * A cost or revenue figure (not a deviation) as the reader counts it: its size, and "minus" when it
 * lies on the other side of zero from its kind (a net total that turned from a net cost into a net
 * revenue). Sizes alone would quote "budget 100 tkr, prognos 100 tkr" beside a 200 tkr deviation.
 */
function figure(
  c: StatementContext,
  kind: MoneyKind,
  value: number,
  ctx: "summary" | "row",
): string {
  return signedAmount(natural(c, kind, value), ctx, c.f, c.p);
}

/** The row's own comment the first time, else the placeholder (or nothing when turned off). */
function cause(c: StatementContext, rows: StatementRow[]): string {
  const parts: string[] = [];
  for (const r of rows) {
    if (r.comment && cleanLabel(r.comment) !== "" && !c.usedComments.has(r)) {
      c.usedComments.add(r);
      parts.push(sentence(quoteIfFormula(r.comment, c.p)));
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

export function summary(c: StatementContext): string[] {
  const { p, f } = c;
  const org = c.s.organisation ? cleanLabel(c.s.organisation) : "";
  const who = org === "" ? p.neutralSubject : startsLikeFormula(org) ? p.quote(org) : org;
  const costDev = c.cost?.budgetDeviation ?? null;
  const revDev = c.revenue?.budgetDeviation ?? null;
  const mirror = c.sum.revenueFollowsCosts.budget;
  const result = c.sum.result;

  const first: string[] = [];
  if (result !== null) {
    first.push(p.summary.result(who, p.forPeriod(c.period), amt(result, "summary", f)));
  }
  const cost = c.cost;
  if (c.s.resultUnits) {
    // A table of results (Resultat | Budgeterat resultat): its total lines are results too, quoted
    // with their sign. Without such lines the headline's sum of the units is all there is to say.
    for (const t of [c.cost, c.revenue]) {
      if (!t || t.cell === null) continue;
      if (t.budgetDeviation === null || t.budget === null || t.actual === null) continue;
      first.push(
        p.summary.resultTotal(
          subject(c, t.label),
          amt(t.budgetDeviation, "summary", f),
          signedAmount(t.budget, "summary", f, p),
          signedAmount(t.actual, "summary", f, p),
        ),
      );
    }
  } else if (cost && costDev !== null && cost.budget !== null && cost.actual !== null) {
    first.push(
      p.summary.total(
        "cost",
        amt(costDev, "summary", f),
        figure(c, "cost", cost.budget, "summary"),
        figure(c, "cost", cost.actual, "summary"),
      ),
    );
  }
  const rev = c.revenue;
  if (!c.s.resultUnits && rev && revDev !== null && rev.budget !== null && rev.actual !== null) {
    const budget = figure(c, "revenue", rev.budget, "summary");
    const actual = figure(c, "revenue", rev.actual, "summary");
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
          p.summary.resultLine(
            inline(c, res.label),
            // A ledger export stores a surplus below zero: the sign the reader expects is the result's own.
            signedAmount(
              favourableSign("result", res.label, c.s.signConvention, c.s.netCost) * res.actual,
              "summary",
              f,
              p,
            ),
          ),
        );
      }
    } else {
      first.push(p.summary.total("revenue", amt(revDev, "summary", f), budget, actual));
    }
  }
  const paragraphs = first.length > 0 ? [first.join(" ")] : [];
  const fr = c.sum.forecastResult;
  if (fr !== null) paragraphs.push(p.summary.forecast(amt(fr, "summary", f)));
  return paragraphs;
}

/**
 * No budget as the sheet shows it, in its own unit: a budget of 1 tkr written out in mnkr reads
 * "0,0 mnkr", yet the line has a budget.
 */
function isUnbudgeted(r: StatementRow, f: MoneyFormat, budgetHeader: string): boolean {
  const own: MoneyFormat = { ...f, style: "auto" };
  return (
    !isResultBudgetHeader(budgetHeader) &&
    r.budget !== null &&
    r.actual !== null &&
    displayDir(r.budget, "row", own) === 0 &&
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
  // A forecast table without outcome has no period deviations: "no material deviations" would be untrue.
  if (!c.s.rows.some((r) => r.budgetDeviation !== null))
    return [c.s.rows.some((r) => r.actual !== null) ? p.budget.noBudget : p.budget.noOutcome];
  const mirror = c.sum.revenueFollowsCosts.budget;
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
  // In a table of results the lines are no cost lines, whichever side of zero they lie on.
  if (
    !c.s.resultUnits &&
    costDirs.length >= 2 &&
    costDirs.every((d) => d === costDirs[0]) &&
    costDirs[0] !== 0
  ) {
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
    const costDev = c.cost?.budgetDeviation ?? null;
    const revDev = mirror ? null : (c.revenue?.budgetDeviation ?? null);
    const totalDev = costDev === null && revDev === null ? null : (costDev ?? 0) + (revDev ?? 0);
    const totalDir: Dir = totalDev === null ? 0 : displayDir(totalDev, "row", f);
    // "Står för den största avvikelsen" is said of a line only when no line of its level, material or
    // not, has a larger deviation that way.
    const largestAt = (r: StatementRow): boolean =>
      !nonZero.some(
        (x) =>
          x !== r &&
          x.level === r.level &&
          Math.sign(dev(x)) === Math.sign(dev(r)) &&
          Math.abs(dev(x)) > Math.abs(dev(r)),
      );
    const candidate =
      nonZero.length < 2
        ? null
        : totalDir === 0
          ? listed[0]
          : (listed.find((r) => displayDir(dev(r), "row", f) === totalDir) ?? null);
    const driver = candidate && largestAt(candidate) ? candidate : null;
    for (const r of listed.slice(0, MAX_ROW_SENTENCES)) {
      const d = amt(dev(r), "row", f);
      const text =
        isUnbudgeted(r, f, c.s.columns.headers.budget ?? "") && r.actual !== null
          ? p.budget.unbudgeted(
              subject(c, r.label),
              moneyKind(r),
              figure(c, moneyKind(r), r.actual, "row"),
              d,
            )
          : c.s.resultUnits
            ? p.budget.resultRow(subject(c, r.label), d, r === driver)
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

  // A revenue deviation that rounds to nothing has no side to follow the costs on.
  if (
    mirror &&
    c.revenue &&
    c.revenue.budgetDeviation !== null &&
    displayDir(c.revenue.budgetDeviation, "row", f) !== 0
  ) {
    paragraphs.push(
      p.budget.revenueMirrors(inline(c, c.revenue.label), amt(c.revenue.budgetDeviation, "row", f)),
    );
  }
  return paragraphs;
}

export function priorYear(c: StatementContext): string[] {
  const { p, f } = c;
  if (!c.sum.hasPriorYear) return [p.priorYear.noData];
  const first: string[] = [];
  const cost = c.cost;
  if (cost && cost.yoyChange !== null && cost.actual !== null && cost.priorYear !== null) {
    first.push(
      p.priorYear.total(
        "cost",
        amt(cost.yoyChange, "summary", f),
        changePct(c, "cost", cost),
        figure(c, "cost", cost.actual, "summary"),
        figure(c, "cost", cost.priorYear, "summary"),
      ),
    );
  }
  const rev = c.revenue;
  const mirror = c.sum.revenueFollowsCosts.priorYear;
  if (rev && rev.yoyChange !== null && rev.actual !== null && rev.priorYear !== null) {
    first.push(
      mirror
        ? p.priorYear.revenueMirrors(amt(rev.yoyChange, "summary", f))
        : p.priorYear.total(
            "revenue",
            amt(rev.yoyChange, "summary", f),
            changePct(c, "revenue", rev),
            figure(c, "revenue", rev.actual, "summary"),
            figure(c, "revenue", rev.priorYear, "summary"),
          ),
    );
  }
  const paragraphs = first.length > 0 ? [first.join(" ")] : [];
  const rows = c.details
    .filter(
      (r) =>
        (r.kind === "cost" || !mirror) &&
        yoyMaterial(r, c.s.materialityAmount, c.settings.materialityPct),
    )
    .sort(byAbs("yoyChange"));
  for (const r of rows.slice(0, MAX_ROW_SENTENCES)) {
    const text = p.priorYear.row(
      subject(c, r.label),
      moneyKind(r),
      amt(r.yoyChange ?? 0, "row", f),
      changePct(c, moneyKind(r), r),
    );
    paragraphs.push(withCause(text, cause(c, [r])));
  }
  if (rows.length > MAX_ROW_SENTENCES) paragraphs.push(p.moreRows(rows.length - MAX_ROW_SENTENCES));
  if (rows.length === 0) paragraphs.push(p.priorYear.noMaterial);
  return paragraphs;
}

function runRate(c: StatementContext): string[] {
  const { p, f, period } = c;
  if (period === null) return [];
  return c.sum.runRate.map((r) => {
    // dir 1: the run rate is above the forecast in size.
    const diffAmt: Amt | null = r.material
      ? { text: size(r.difference, "summary", f), dir: r.difference > 0 ? 1 : -1 }
      : null;
    const text = p.forecast.runRate(
      r.kind,
      p.monthsSoFar(period),
      size(r.extrapolated, "summary", f),
      size(r.forecast, "summary", f),
      diffAmt,
    );
    return r.material && c.settings.placeholders ? `${text} ${p.placeholder}` : text;
  });
}

export function forecast(c: StatementContext): string[] {
  const { p, f } = c;
  if (!c.sum.hasForecast) return [p.forecast.noData];
  const mirror = c.sum.revenueFollowsCosts.forecast;
  const first: string[] = [];
  const fr = c.sum.forecastResult;
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
        figure(c, "cost", cost.fullYearBudget, "summary"),
        figure(c, "cost", cost.forecast, "summary"),
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
            figure(c, "revenue", rev.fullYearBudget, "summary"),
            figure(c, "revenue", rev.forecast, "summary"),
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
  paragraphs.push(...runRate(c));
  return paragraphs;
}
