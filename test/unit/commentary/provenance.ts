/**
 * Where the numbers of a generated text may come from: the analysis (after rounding and unit
 * conversion), the settings, the period's year, counts of indicators, the workbook's own text,
 * and the sums and run-rate figures the generator derives from them.
 */
import type { Analysis } from "../../../src/core/analysis";
import { commentaryToText, generateCommentary } from "../../../src/core/commentary";
import { formatNumber } from "../../../src/core/format";
import type { Settings } from "../../../src/core/settings";
import { convertMoney } from "../../../src/core/units";

/** The forms a value may take in the text: tkr, mnkr, percent, indicator decimals. */
function forms(value: number, lang: "sv" | "en"): string[] {
  const v = Math.abs(value);
  return [0, 1, 2].map((d) => formatNumber(v, d, lang));
}

export function allowedNumbers(a: Analysis, s: Settings): Set<string> {
  const values: number[] = [s.materialityPct, s.materialityAmountTkr];
  const texts: string[] = [];
  const st = a.statement;
  if (st) {
    values.push(st.materialityAmount);
    for (const r of st.rows) {
      texts.push(r.label, r.comment ?? "");
      const fields = [
        r.actual,
        r.budget,
        r.budgetDeviation,
        r.fullYearBudget,
        r.forecast,
        r.forecastDeviation,
        r.priorYear,
        r.yoyChange,
        r.yoyChangePct,
      ];
      for (const v of fields) {
        if (v === null) continue;
        values.push(v, convertMoney(v, st.unit, "tkr"), convertMoney(v, st.unit, "mnkr"));
      }
      // The run-rate check: the actual extrapolated to twelve months, and its gap to the forecast.
      if (a.period && r.actual !== null && r.forecast !== null) {
        const extrapolated = (r.actual / a.period.month) * 12;
        const gap = Math.abs(extrapolated) - Math.abs(r.forecast);
        for (const v of [extrapolated, gap]) values.push(v, convertMoney(v, st.unit, "mnkr"));
      }
    }
    // Without subtotal rows the generator sums the detail rows of each kind (and both kinds for
    // the result); those sums, and the percentage change of the summed totals, are allowed too.
    const details = st.rows.filter((r) => !r.subtotal && r.kind !== "result");
    const sumOf = (rows: typeof details, f: (r: (typeof details)[number]) => number | null) =>
      rows.reduce((acc, r) => acc + (f(r) ?? 0), 0);
    for (const rows of [
      details.filter((r) => r.kind === "cost"),
      details.filter((r) => r.kind === "revenue"),
      details,
    ]) {
      const sums = [
        sumOf(rows, (r) => r.actual),
        sumOf(rows, (r) => r.budget),
        sumOf(rows, (r) => r.budgetDeviation),
        sumOf(rows, (r) => r.fullYearBudget),
        sumOf(rows, (r) => r.forecast),
        sumOf(rows, (r) => r.forecastDeviation),
        sumOf(rows, (r) => r.priorYear),
        sumOf(rows, (r) => r.yoyChange),
      ];
      const [actual, , , , forecast, , prior] = sums;
      if (prior !== 0) sums.push(((Math.abs(actual) - Math.abs(prior)) / Math.abs(prior)) * 100);
      if (a.period) {
        const extrapolated = (actual / a.period.month) * 12;
        sums.push(extrapolated, Math.abs(extrapolated) - Math.abs(forecast));
      }
      for (const v of sums) values.push(v, convertMoney(v, st.unit, "mnkr"));
    }
    for (const c of st.checks) texts.push(c.message, c.cell);
  }
  const items = a.indicators?.items ?? [];
  for (let n = 0; n <= items.length; n++) values.push(n);
  for (const i of items) {
    texts.push(i.name, i.comment ?? "", i.reason ?? "", i.actualText, i.target?.text ?? "");
    if (i.actual !== null) values.push(i.actual);
    if (i.target) values.push(i.target.value);
    if (i.fulfilment !== null) values.push(i.fulfilment * 100);
    // A percent indicator states its distance to the target in procentenheter.
    if (i.actual !== null && i.target) values.push(Math.abs(i.actual - i.target.value));
  }
  // Years are written without grouping ("januari–mars 2025").
  const allowed = new Set<string>(a.period ? [String(a.period.year)] : []);
  for (const v of values) for (const f of forms(v, s.lang)) allowed.add(f);
  for (const t of texts) for (const n of numbersIn(t, s.lang)) allowed.add(n);
  return allowed;
}

/** Numbers as the formatter writes them: no-break space (sv) or comma (en) groups, then decimals. */
export function numbersIn(text: string, lang: "sv" | "en"): string[] {
  const re =
    lang === "sv"
      ? /\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g
      : /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  return text.match(re) ?? [];
}

export function offenders(a: Analysis, s: Settings): string[] {
  const text = commentaryToText(generateCommentary(a, s));
  const allowed = allowedNumbers(a, s);
  return numbersIn(text, s.lang).filter((n) => !allowed.has(n));
}
