/**
 * Reads a found statement table into rows and computes deviations, statuses and reconciliation checks.
 */
import type {
  Check,
  RowKind,
  SignConvention,
  StatementAnalysis,
  StatementField,
  StatementRow,
} from "../analysis";
import { cellAddress, quoteSheetName } from "../address";
import { diag, type Diagnostic } from "../diagnostics";
import type { FoundStatement } from "../find/statementTable";
import { formatNumber } from "../format";
import { cellAt, type SheetGrid } from "../grid";
import { terms } from "../locale";
import { readNumber } from "../parse/number";
import type { Settings } from "../settings";
import { cellText, cleanLabel } from "../text";
import { convertMoney, moneyUnitIn, type MoneyUnit } from "../units";
import { clean, deviation, isMaterial, percentOf, sizeChangePct, statusOf } from "./deviations";
import { isNetCostLabel, isNetTotal, isTotalLabel, kindOfLabel, sectionKind } from "./rowKinds";
import { organisationIn, shownDecimals, titleLinesAbove, unitOf } from "./titles";

type Values = Partial<Record<StatementField, number | null>>;

interface RawRow {
  row: number;
  label: string;
  values: Values;
  comment: string | null;
  /** Kind from the label alone, or from the section heading above. */
  kind: RowKind | null;
  total: boolean;
}

type RawLine = { type: "row"; data: RawRow } | { type: "section"; kind: RowKind | null };

const AMOUNT_FIELDS: StatementField[] = [
  "actual",
  "budget",
  "fullYearBudget",
  "forecast",
  "priorYear",
  "budgetDiff",
  "forecastDiff",
];

function readCell(
  sheet: SheetGrid,
  row: number,
  col: number,
  field: StatementField,
  unit: MoneyUnit,
  diagnostics: Diagnostic[],
): number | null {
  const v = cellAt(sheet, row, col);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const parsed = readNumber(v);
  if (parsed.ok && (parsed.unit === null || parsed.unit === "%")) return parsed.value;
  if (!parsed.ok && parsed.reason === "empty") return null;
  const where = `${quoteSheetName(sheet.name)}!${cellAddress(row, col)}`;
  if (parsed.ok) {
    const money = parsed.unit === null ? null : moneyUnitIn(parsed.unit);
    if (money && field !== "yoyPct") return convertMoney(parsed.value, money, unit);
    diagnostics.push(diag("warning", "notANumber", where, { text: String(v) }));
    return null;
  }
  if (parsed.reason === "error")
    diagnostics.push(diag("warning", "cellError", where, { value: parsed.text }));
  else if (parsed.reason === "text")
    diagnostics.push(diag("warning", "notANumber", where, { text: parsed.text }));
  return null;
}

function readLines(
  sheet: SheetGrid,
  t: FoundStatement,
  unit: MoneyUnit,
  diagnostics: Diagnostic[],
): RawLine[] {
  const lines: RawLine[] = [];
  let section: RowKind | null = null;
  const fields = Object.entries(t.columns.fields) as [StatementField, number][];
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const label = cleanLabel(cellText(cellAt(sheet, r, t.columns.label)));
    const values: Values = {};
    let any = false;
    for (const [field, col] of fields) {
      const v = readCell(sheet, r, col, field, unit, diagnostics);
      values[field] = v;
      if (v !== null) any = true;
    }
    if (!any) {
      if (label !== "") {
        section = sectionKind(label) ?? kindOfLabel(label) ?? section;
        lines.push({ type: "section", kind: section });
      }
      continue;
    }
    const comment =
      t.columns.comment !== null
        ? cleanLabel(cellText(cellAt(sheet, r, t.columns.comment))) || null
        : null;
    const ownKind = kindOfLabel(label);
    lines.push({
      type: "row",
      data: {
        row: r,
        label: label || cellAddress(r, t.columns.label),
        values,
        comment,
        kind: lineKind(ownKind, section, label),
        total: isTotalLabel(label) || ownKind === "result",
      },
    });
    // A result line or a section's own total closes the section.
    if (ownKind === "result" || (isTotalLabel(label) && (ownKind ?? section) === section))
      section = null;
  }
  return lines;
}

/** A section heading ("Kostnader") decides the kind of plain lines under it; totals and results speak for themselves. */
function lineKind(own: RowKind | null, section: RowKind | null, label: string): RowKind | null {
  if (own === "result" || isTotalLabel(label)) return own ?? section;
  return section ?? own;
}

/** Costs stored as negative numbers (as most Swedish statements do) or positive: the cost lines' signs decide. */
function detectConvention(rows: RawRow[]): SignConvention {
  const signs = { cost: { neg: 0, pos: 0 }, revenue: { neg: 0, pos: 0 } };
  for (const r of rows) {
    if (r.kind !== "cost" && r.kind !== "revenue") continue;
    for (const f of ["actual", "budget", "fullYearBudget", "forecast", "priorYear"] as const) {
      const v = r.values[f];
      if (v === null || v === undefined || v === 0) continue;
      if (v < 0) signs[r.kind].neg++;
      else signs[r.kind].pos++;
    }
  }
  const { cost, revenue } = signs;
  // Ledger exports (debit positive, credit negative) store revenue as negative numbers.
  if (revenue.neg > revenue.pos && cost.neg <= cost.pos) return "revenue-negative";
  return cost.pos > cost.neg ? "costs-positive" : "costs-negative";
}

/**
 * +1 where a higher stored number is better, −1 where lower is: costs stored positive, net-cost lines
 * stored positive, and everything in a ledger export where revenue is negative and a surplus is negative.
 */
function favourableSign(kind: RowKind, label: string, convention: SignConvention): 1 | -1 {
  if (convention === "costs-negative") return 1;
  if (convention === "revenue-negative") return -1;
  if (kind === "cost") return -1;
  if (kind === "result" && isNetCostLabel(label)) return -1;
  return 1;
}

export function analyzeStatement(
  sheet: SheetGrid,
  t: FoundStatement,
  settings: Settings,
  diagnostics: Diagnostic[],
): StatementAnalysis {
  const titleLines = titleLinesAbove(sheet, t.headerRow, sheet.left, t.range.right);
  const headerTexts = [t.columns.label, ...Object.values(t.columns.fields)].map((c) =>
    cellText(cellAt(sheet, t.headerRow, c as number)),
  );
  const named = unitOf(headerTexts, titleLines);
  if (!named)
    diagnostics.push(
      diag(
        "info",
        "unitAssumed",
        `${quoteSheetName(sheet.name)}!${cellAddress(t.headerRow, t.columns.label)}`,
      ),
    );
  const unit: MoneyUnit = named ?? "tkr";

  const lines = readLines(sheet, t, unit, diagnostics);
  const raws = lines.flatMap((l) => (l.type === "row" ? [l.data] : []));
  // A table of units (nämnder, verksamheter) names no revenue or cost lines: it is a net-cost table,
  // and so is one whose title says so ("Nettokostnad per nämnd", "Driftredovisning").
  const netCostTable =
    !raws.some((r) => r.kind === "revenue" || r.kind === "cost") ||
    /nettokostnad|driftredovisning|driftsredovisning|kostnader per|net cost/i.test(
      [...titleLines, ...headerTexts].join(" "),
    );
  if (netCostTable) for (const r of raws) if (r.kind === null) r.kind = "cost";
  const convention = detectConvention(raws);
  // Lines whose label says nothing about their kind: the sign says it where the convention tells.
  for (const r of raws) {
    if (r.kind !== null) continue;
    const v = r.values.actual ?? r.values.budget ?? r.values.forecast ?? 0;
    if (convention === "costs-negative") r.kind = v < 0 ? "cost" : "revenue";
    else if (convention === "revenue-negative") r.kind = v < 0 ? "revenue" : "cost";
    else r.kind = "cost";
  }

  const structure = structureOf(lines);
  const materialityAmount = convertMoney(settings.materialityAmountTkr, "tkr", unit);
  const rows: StatementRow[] = raws.map((r) => {
    const kind = r.kind as RowKind;
    const s = favourableSign(kind, r.label, convention);
    const v = r.values;
    const actual = v.actual ?? null;
    const budget = v.budget ?? null;
    const fullYearBudget = v.fullYearBudget ?? null;
    const forecast = v.forecast ?? null;
    const priorYear = v.priorYear ?? null;
    const budgetDeviation = deviation(s, actual, budget);
    const forecastDeviation = deviation(s, forecast, fullYearBudget);
    const material = isMaterial(
      budgetDeviation,
      budget,
      materialityAmount,
      settings.materialityPct,
    );
    const forecastMaterial = isMaterial(
      forecastDeviation,
      fullYearBudget,
      materialityAmount,
      settings.materialityPct,
    );
    return {
      label: r.label,
      cell: cellAddress(r.row, t.columns.label),
      row: r.row,
      kind,
      // A total-worded line with nothing above it to total ("Verksamhetens kostnader" in a municipal
      // statement) is an item of its own.
      subtotal: r.kind === "result" ? r.total : (structure.covers.get(r)?.length ?? 0) > 0,
      actual,
      budget,
      budgetDeviation,
      budgetDeviationPct: percentOf(budgetDeviation, budget),
      fullYearBudget,
      forecast,
      forecastDeviation,
      priorYear,
      yoyChange: deviation(s, actual, priorYear),
      yoyChangePct: sizeChangePct(actual, priorYear),
      material,
      forecastMaterial,
      status: statusOf(budgetDeviation, material),
      forecastStatus: statusOf(forecastDeviation, forecastMaterial),
      comment: r.comment,
    };
  });

  const checks = reconcile(sheet, t, structure, raws, convention, settings);
  return {
    sheet: sheet.name,
    range: t.range,
    headerRow: t.headerRow,
    unit,
    signConvention: convention,
    columns: t.columns,
    rows,
    checks,
    titleLines,
    organisation: organisationIn(titleLines),
    materialityAmount,
  };
}

interface Structure {
  /** What each total line covers; an empty list: a total-worded line that stands alone (an item). */
  covers: Map<RawRow, RawRow[]>;
  /** For each result line: the result line before it, and the lines since then no total covers. */
  results: Map<RawRow, { previous: RawRow | null; items: RawRow[] }>;
}

/**
 * Which lines each total and result line stands for, read from order, kinds and wording only.
 * A total covers the run of same-kind lines right above it (any kind for "Summa", "Finansnetto");
 * with none, the totals of its kind right above it.
 */
function structureOf(lines: RawLine[]): Structure {
  const covers = new Map<RawRow, RawRow[]>();
  const results = new Map<RawRow, { previous: RawRow | null; items: RawRow[] }>();
  const covered = new Set<RawRow>();
  let leaves: RawRow[] = [];
  let totals: RawRow[] = [];
  let sinceResult: RawRow[] = [];
  let previous: RawRow | null = null;
  for (const line of lines) {
    if (line.type === "section") {
      leaves = [];
      totals = [];
      continue;
    }
    const r = line.data;
    if (r.kind === "result" && r.total) {
      results.set(r, { previous, items: sinceResult.filter((x) => !covered.has(x)) });
      previous = r;
      leaves = [];
      totals = [];
      sinceResult = [];
      continue;
    }
    sinceResult.push(r);
    if (!r.total) {
      leaves.push(r);
      continue;
    }
    // Sliced, not unshifted one by one: a total over 100 000 lines must stay linear.
    const anyKind = isNetTotal(r.label);
    let start = leaves.length;
    while (start > 0 && (anyKind || leaves[start - 1].kind === r.kind)) start--;
    let parts: RawRow[] = leaves.slice(start);
    if (parts.length === 0) {
      let from = totals.length;
      while (from > 0 && totals[from - 1].kind === r.kind) from--;
      parts = totals.slice(from);
      totals = totals.slice(0, from);
    }
    leaves = [];
    parts.forEach((x) => covered.add(x));
    covers.set(r, parts);
    totals.push(r);
  }
  return { covers, results };
}

/**
 * Reconciliation: the sheet's own deviation columns against the computed ones, total lines against
 * the lines they cover, result lines against revenue + costs. Works on values normalised so that
 * revenue is positive and costs negative whatever the sheet stores.
 */
function reconcile(
  sheet: SheetGrid,
  t: FoundStatement,
  structure: Structure,
  raws: RawRow[],
  convention: SignConvention,
  settings: Settings,
): Check[] {
  const T = terms(settings.lang);
  const checks: Check[] = [];
  const f = t.columns.fields;
  const amountCols = AMOUNT_FIELDS.flatMap((k) => (f[k] !== undefined ? [f[k] as number] : []));
  const sample: [number, number][] = raws
    .slice(0, 5)
    .flatMap((r) => amountCols.map((c) => [r.row, c] as [number, number]));
  const decimals = shownDecimals(
    sheet,
    sample,
    raws.flatMap((r) =>
      [r.values.actual, r.values.budget].filter((x): x is number => typeof x === "number"),
    ),
  );
  const tol = 10 ** -decimals + 1e-9;
  const fmt = (x: number): string => formatNumber(x, decimals, settings.lang);
  const at = (row: number, col: number): string =>
    `${quoteSheetName(sheet.name)}!${cellAddress(row, col)}`;
  const push = (
    type: Check["type"],
    label: string,
    cell: string,
    expected: number,
    found: number,
    message: string,
  ): void => {
    checks.push({
      severity: "warning",
      type,
      message,
      cell,
      expected: clean(expected),
      found: clean(found),
      label,
    });
  };

  // The sheet's own deviation columns: either sign convention is accepted.
  const pairs: [StatementField, StatementField, StatementField][] = [
    ["budgetDiff", "actual", "budget"],
    ["forecastDiff", "forecast", "fullYearBudget"],
  ];
  for (const r of raws) {
    for (const [diffField, a, b] of pairs) {
      const found = r.values[diffField];
      const x = r.values[a];
      const y = r.values[b];
      if (found == null || x == null || y == null) continue;
      // Shown the way the sheet's own column runs: actual − budget or budget − actual.
      const raw = x - y;
      const expected = Math.abs(found - raw) <= Math.abs(found + raw) ? raw : -raw;
      if (Math.abs(found - expected) <= tol) continue;
      const header = t.columns.headers[diffField] ?? diffField;
      push(
        "deviationColumn",
        r.label,
        at(r.row, f[diffField] as number),
        expected,
        found,
        T.checks.deviationColumn(r.label, header, fmt(expected), fmt(found)),
      );
    }
    const pct = r.values.yoyPct;
    const a = r.values.actual;
    const p = r.values.priorYear;
    if (pct != null && a != null && p != null && Math.abs(p) > 1e-12) {
      const bySize = sizeChangePct(a, p) as number;
      const byRatio = (a / p - 1) * 100;
      // Rounded to whole percent in most sheets: allow one percentage point either way.
      if (Math.min(Math.abs(pct - bySize), Math.abs(pct - byRatio)) > 1 + 1e-9) {
        const header = t.columns.headers.yoyPct ?? "%";
        push(
          "deviationColumn",
          r.label,
          at(r.row, f.yoyPct as number),
          bySize,
          pct,
          T.checks.deviationColumn(
            r.label,
            header,
            formatNumber(bySize, 1, settings.lang),
            formatNumber(pct, 1, settings.lang),
          ),
        );
      }
    }
  }

  // Totals and results, per value column.
  // Revenue positive, costs negative, whatever the sheet stores: sums and results compare alike.
  const norm = (r: RawRow, v: number): number =>
    favourableSign(r.kind as RowKind, r.label, convention) * v;
  for (const field of ["actual", "budget", "fullYearBudget", "forecast", "priorYear"] as const) {
    const col = f[field];
    if (col === undefined) continue;
    // A total that does not add up counts with the sum of its parts above it, so only the wrong cell is reported.
    const effective = new Map<RawRow, number>();
    const val = (x: RawRow): number => effective.get(x) ?? norm(x, x.values[field] as number);
    const check = (r: RawRow, parts: RawRow[], base: number, type: "subtotal" | "result"): void => {
      const value = r.values[field] as number;
      const expected = base + parts.reduce((sum, x) => sum + val(x), 0);
      if (Math.abs(expected - norm(r, value)) <= tol * Math.max(1, parts.length)) return;
      effective.set(r, expected);
      const exp = norm(r, 1) * expected;
      const message =
        type === "result"
          ? T.checks.result(r.label, fmt(exp), fmt(value))
          : T.checks.subtotal(r.label, fmt(exp), fmt(value));
      push(type, r.label, at(r.row, col), exp, value, message);
    };
    for (const r of raws) {
      if (r.values[field] == null) continue;
      const result = structure.results.get(r);
      if (result) {
        const { previous } = result;
        if (previous && previous.values[field] == null) continue;
        const items = result.items.filter((x) => x.values[field] != null);
        if (items.length > 0 || previous) check(r, items, previous ? val(previous) : 0, "result");
        continue;
      }
      const parts = (structure.covers.get(r) ?? []).filter((x) => x.values[field] != null);
      if (parts.length > 0) check(r, parts, 0, "subtotal");
    }
  }
  return checks;
}
