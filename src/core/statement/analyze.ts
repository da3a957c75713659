/**
 * Reads a found statement table into rows and computes deviations, statuses and reconciliation checks.
 */
import {
  FIGURE_FIELDS,
  STATEMENT_FIELDS,
  type Check,
  type RowKind,
  type SignConvention,
  type StatementAnalysis,
  type StatementField,
  type StatementRow,
} from "../analysis";
import { cellAddress, quoteSheetName } from "../address";
import { diag, type Diagnostic } from "../diagnostics";
import { isResultBudgetHeader } from "../find/statementHeaders";
import type { FoundStatement } from "../find/statementTable";
import { formatNumber } from "../format";
import { cellAt, type SheetGrid } from "../grid";
import { texts, type Terms } from "../locale";
import { figureOf, readNumber } from "../parse/number";
import type { Settings } from "../settings";
import { cellText, cleanLabel } from "../text";
import { convertMoney, moneyUnitIn, type MoneyUnit } from "../units";
import {
  clean,
  deviation,
  isMaterial,
  percentOf,
  sizeChangePct,
  statusOf,
  tallyOrientation,
  type DeviationSample,
} from "./deviations";
import { observedRounding, readStructure, type Structure, type StructureRow } from "./structure";
import {
  isNetCostLabel,
  isNetTotal,
  isTotalLabel,
  isVaravLabel,
  kindOfLabel,
  sectionKind,
} from "./rowKinds";
import { organisationIn, shownDecimals, titleLinesAbove, unitOf } from "./titles";

type Values = Partial<Record<StatementField, number | null>>;

interface RawRow extends StructureRow {
  row: number;
  label: string;
  values: Values;
  comment: string | null;
  /** Kind from the label alone, or from the section heading above. */
  kind: RowKind | null;
}

type RawLine = { type: "row"; data: RawRow } | { type: "section"; kind: RowKind | null };

// Every role but the change in percent holds an amount.
const AMOUNT_FIELDS: StatementField[] = STATEMENT_FIELDS.filter((f) => f !== "yoyPct");

function readCell(
  sheet: SheetGrid,
  row: number,
  col: number,
  field: StatementField,
  unit: MoneyUnit,
  diagnostics: Diagnostic[],
): number | null {
  const v = cellAt(sheet, row, col);
  const figure = figureOf(v);
  if (figure !== null) return figure;
  // Not a plain figure: read again to say why (a money unit to convert, an error, words).
  const parsed = readNumber(v);
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
  const fields = Object.keys(t.columns.fields) as StatementField[];
  const cols = fields.map((f) => t.columns.fields[f] as number);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const label = cleanLabel(cellText(cellAt(sheet, r, t.columns.label)));
    const values: Values = {};
    let any = false;
    // An indexed loop: this runs for every cell of the table (no iterator object per cell).
    for (let i = 0; i < fields.length; i++) {
      const v = readCell(sheet, r, cols[i], fields[i], unit, diagnostics);
      values[fields[i]] = v;
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
    const varav = isVaravLabel(label);
    const ownKind = varav ? null : kindOfLabel(label);
    const kind = lineKind(ownKind, section, label);
    lines.push({
      type: "row",
      data: {
        row: r,
        label: label || cellAddress(r, t.columns.label),
        values,
        comment,
        kind,
        worded: !varav && (isTotalLabel(label) || ownKind === "result"),
        netTotal: isNetTotal(label),
        result: kind === "result",
        varav,
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
    for (const f of FIGURE_FIELDS) {
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
 * A net-cost table's units vote one line each, by the side of zero their figures lie on: a unit with
 * figures in five columns must not outvote two nämnder with figures in two.
 */
function unitsConvention(units: RawRow[]): SignConvention {
  let pos = 0;
  let neg = 0;
  for (const r of units) {
    const v = firstFigure(r);
    if (v > 0) pos++;
    else if (v < 0) neg++;
  }
  return neg > pos ? "costs-negative" : "costs-positive";
}

/** The first figure that is not zero (0 when there is none): a unit without budget is still on its side of zero. */
function firstFigure(r: RawRow): number {
  const v = r.values;
  return (
    [v.budget, v.actual, v.fullYearBudget, v.forecast, v.priorYear].find(
      (x): x is number => x != null && x !== 0,
    ) ?? 0
  );
}

/**
 * +1 where a higher stored number is better, −1 where lower is: costs stored positive, net-cost lines
 * stored positive, and everything in a ledger export where revenue is negative and a surplus is negative.
 */
export function favourableSign(
  kind: RowKind,
  label: string,
  convention: SignConvention,
  netCostTable: boolean,
): 1 | -1 {
  if (convention === "costs-negative") return 1;
  if (convention === "revenue-negative") return -1;
  // A net-cost table has one axis: a unit whose net is a revenue is stored below zero on it, and
  // lower is better for every unit alike.
  if (netCostTable && kind !== "result") return -1;
  if (kind === "cost") return -1;
  if (kind === "result" && isNetCostLabel(label)) return -1;
  return 1;
}

/**
 * In a net-cost table the units are costs; one whose figures lie on the other side of zero from most
 * (skatteintäkter, finansförvaltning, kommungemensamma poster) is a net revenue, and is worded as one.
 */
function markNetRevenueUnits(rows: RawRow[], convention: SignConvention): void {
  const costSign = convention === "costs-negative" ? -1 : 1;
  for (const r of rows) {
    if (r.kind !== "cost") continue;
    const v = firstFigure(r);
    if (v !== 0 && Math.sign(v) !== costSign) r.kind = "revenue";
  }
}

/** How the sheet's own deviation column runs against ours: +1 the same way, −1 the other; 0 unknown. */
function diffOrientation(
  rows: RawRow[],
  diffField: "budgetDiff" | "forecastDiff",
  a: "actual" | "forecast",
  b: "budget" | "fullYearBudget",
  sign: (r: RawRow) => 1 | -1,
): 1 | -1 | 0 {
  const samples: DeviationSample[] = [];
  for (const r of rows) {
    const d = r.values[diffField];
    const x = r.values[a];
    const y = r.values[b];
    if (d == null || x == null || y == null || d === 0) continue;
    samples.push({ stated: d, ours: sign(r) * (x - y) });
  }
  const { same, other } = tallyOrientation(samples);
  if (same === 0 && other === 0) return 0;
  return same >= other ? 1 : -1;
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
  // A table of units (nämnder, verksamheter) names few revenue or cost lines: it is a net-cost table,
  // and so is one whose title or headings say so ("Nettokostnad per nämnd", "Driftredovisning", "Kommunbidrag").
  const items = raws.filter((r) => r.kind !== "result" && !r.varav);
  const worded = items.filter((r) => r.kind === "revenue" || r.kind === "cost").length;
  const netCostTable =
    (items.length > 0 && worded * 2 < items.length) ||
    /nettokostnad|driftredovisning|driftsredovisning|kostnader per|per nämnd|per verksamhet|net cost/i.test(
      titleLines.join(" "),
    ) ||
    headerTexts.some((h) =>
      /^netto|nettokostnad|kommunbidrag|anslag|\bram\b|budgetram/i.test(h.trim()),
    );
  // In a net-cost table the units decide the convention: lines worded as revenue ("Skatter och
  // statsbidrag") lie on the other side of zero and worded totals repeat the units; in a small table
  // they outnumber the nämnder and would turn every sign round.
  const voters = netCostTable
    ? raws.filter((r) => r.kind !== "revenue" && r.kind !== "result" && !r.worded && !r.varav)
    : raws;
  if (netCostTable) for (const r of raws) if (r.kind !== "result") r.kind = "cost";
  // Units followed up by their result against a budgeted result ("Resultat | Budgeterat resultat"):
  // a surplus is better whichever side of zero a nämnd lies on, so the axis is higher-is-better.
  const resultTable = netCostTable && isResultBudgetHeader(t.columns.headers.budget ?? "");
  const convention = resultTable
    ? "costs-negative"
    : netCostTable && voters.length > 0
      ? unitsConvention(voters)
      : detectConvention(raws);
  if (netCostTable) markNetRevenueUnits(raws, convention);
  // Lines whose label says nothing about their kind: the sign says it where the convention tells.
  for (const r of raws) {
    if (r.kind !== null) continue;
    const v = r.values.actual ?? r.values.budget ?? r.values.forecast ?? 0;
    if (convention === "costs-negative") r.kind = v < 0 ? "cost" : "revenue";
    else if (convention === "revenue-negative") r.kind = v < 0 ? "revenue" : "cost";
    else r.kind = "cost";
  }
  const signOf = (r: RawRow): 1 | -1 =>
    favourableSign(r.kind as RowKind, r.label, convention, netCostTable);

  const decimals = tableDecimals(sheet, t, raws);
  const unitTol = 10 ** -decimals + 1e-9;
  const structureOptions = {
    fields: AMOUNT_FIELDS.filter((f) => t.columns.fields[f] !== undefined),
    tolerance: (n: number) => unitTol * Math.max(1, n),
    sign: signOf,
  };
  // Where the sheet's own Summa lines add up exactly, a line found by arithmetic must add up exactly too:
  // rounding slack would let chance sums in a long ledger pass for totals.
  const rounding = observedRounding(lines, structureOptions, 10 ** -decimals);
  const structure = readStructure<RawRow>(lines, {
    ...structureOptions,
    tolerance: rounding === 0 ? () => 1e-9 : structureOptions.tolerance,
    arithmetic: true,
  });
  const levelOf = levels(raws, structure.parent);
  // Deviations from the sheet's own column where the budget amount is missing.
  const budgetOrientation = diffOrientation(raws, "budgetDiff", "actual", "budget", signOf);
  const forecastOrientation = diffOrientation(
    raws,
    "forecastDiff",
    "forecast",
    "fullYearBudget",
    signOf,
  );
  const f = t.columns.fields;
  if (f.budgetDiff !== undefined && f.budget === undefined)
    diagnostics.push(
      diag("info", "deviationColumnUsed", null, { header: t.columns.headers.budgetDiff ?? "" }),
    );
  else if (f.forecastDiff !== undefined && f.fullYearBudget === undefined && f.budget === undefined)
    diagnostics.push(
      diag("info", "deviationColumnUsed", null, { header: t.columns.headers.forecastDiff ?? "" }),
    );
  const materialityAmount = convertMoney(settings.materialityAmountTkr, "tkr", unit);
  const materialityLarge = convertMoney(settings.materialityLargeTkr, "tkr", unit);
  const rows: StatementRow[] = raws.map((r) => {
    const kind = r.kind as RowKind;
    const s = signOf(r);
    const v = r.values;
    const actual = v.actual ?? null;
    const budget = v.budget ?? null;
    const fullYearBudget = v.fullYearBudget ?? null;
    const forecast = v.forecast ?? null;
    const priorYear = v.priorYear ?? null;
    const budgetDeviation = printedOrComputed(
      deviation(s, actual, budget),
      ownDeviation(v.budgetDiff, budgetOrientation),
      unitTol,
    );
    const forecastDeviation = printedOrComputed(
      deviation(s, forecast, fullYearBudget),
      ownDeviation(v.forecastDiff, forecastOrientation),
      unitTol,
    );
    const material = isMaterial(
      budgetDeviation,
      budget,
      materialityAmount,
      settings.materialityPct,
      materialityLarge,
    );
    const forecastMaterial = isMaterial(
      forecastDeviation,
      fullYearBudget,
      materialityAmount,
      settings.materialityPct,
      materialityLarge,
    );
    const parent = structure.parent.get(r);
    return {
      label: r.label,
      cell: cellAddress(r.row, t.columns.label),
      row: r.row,
      kind,
      // A total-worded line with nothing above it to total ("Verksamhetens kostnader" in a municipal
      // statement) is an item of its own.
      subtotal: r.result ? r.worded : (structure.covers.get(r)?.length ?? 0) > 0,
      level: levelOf.get(r) ?? 0,
      parentRow: parent ? parent.row : r.varav ? varavOwner(raws, r) : null,
      varav: r.varav,
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

  const checks = reconcile(sheet, t, structure, raws, signOf, decimals, settings);
  return {
    sheet: sheet.name,
    range: t.range,
    headerRow: t.headerRow,
    unit,
    signConvention: convention,
    netCost: netCostTable,
    resultUnits: resultTable,
    columns: t.columns,
    rows,
    checks,
    titleLines,
    organisation: organisationIn(titleLines),
    materialityAmount,
  };
}

/** A line's depth under the totals that cover it: 0 for top-level lines. */
function levels(rows: RawRow[], parent: Map<RawRow, RawRow>): Map<RawRow, number> {
  const out = new Map<RawRow, number>();
  const depth = (r: RawRow): number => {
    const known = out.get(r);
    if (known !== undefined) return known;
    const p = parent.get(r);
    // Parents are never their own ancestors (each line covers lines beside it once), so this ends.
    const d = p ? depth(p) + 1 : 0;
    out.set(r, d);
    return d;
  };
  for (const r of rows) depth(r);
  return out;
}

/** The sheet row of the line a "varav" line is part of: the nearest line above that is not one. */
function varavOwner(rows: RawRow[], r: RawRow): number | null {
  for (let i = rows.indexOf(r) - 1; i >= 0; i--) if (!rows[i].varav) return rows[i].row;
  return null;
}

/** A deviation taken from the sheet's own column, turned favourable-positive; plus is favourable when unknown. */
function ownDeviation(diff: number | null | undefined, orientation: 1 | -1 | 0): number | null {
  if (diff == null) return null;
  return clean((orientation === 0 ? 1 : orientation) * diff);
}

/**
 * The table's own deviation where it prints one that agrees with outcome − budget within the rounding
 * of the shown digits (−5,7 printed where −415,9 − (−410,1) gives −5,8): the text then quotes the
 * figure the reader sees. A printed figure that disagrees is the reconciliation's to report; the
 * computed one is used. Without outcome or budget, the printed one is all there is.
 */
function printedOrComputed(
  computed: number | null,
  printed: number | null,
  tolerance: number,
): number | null {
  if (computed === null) return printed;
  if (printed !== null && Math.abs(printed - computed) <= tolerance) return printed;
  return computed;
}

/** Decimals the table shows, for rounding tolerance in totals and checks. */
function tableDecimals(sheet: SheetGrid, t: FoundStatement, raws: RawRow[]): number {
  const f = t.columns.fields;
  const amountCols = AMOUNT_FIELDS.flatMap((k) => (f[k] !== undefined ? [f[k] as number] : []));
  const sample: [number, number][] = raws
    .slice(0, 5)
    .flatMap((r) => amountCols.map((c) => [r.row, c] as [number, number]));
  return shownDecimals(
    sheet,
    sample,
    raws.flatMap((r) =>
      [r.values.actual, r.values.budget].filter((x): x is number => typeof x === "number"),
    ),
  );
}

/**
 * Reconciliation: the sheet's own deviation columns against the computed ones, total lines against
 * the lines they cover, result lines against revenue + costs. Works on values normalised so that
 * revenue is positive and costs negative whatever the sheet stores.
 */
function reconcile(
  sheet: SheetGrid,
  t: FoundStatement,
  structure: Structure<RawRow>,
  raws: RawRow[],
  signOf: (r: RawRow) => 1 | -1,
  decimals: number,
  settings: Settings,
): Check[] {
  const ctx: CheckContext = {
    T: texts(settings.lang).terms,
    t,
    tol: 10 ** -decimals + 1e-9,
    fmt: (x) => formatNumber(x, decimals, settings.lang),
    pct: (x) => formatNumber(x, 1, settings.lang),
    at: (row, col) => `${quoteSheetName(sheet.name)}!${cellAddress(row, col)}`,
    checks: [],
  };
  for (const r of raws) {
    checkDeviationColumns(ctx, r);
    checkChangePct(ctx, r);
  }
  checkTotals(ctx, structure, raws, signOf);
  return ctx.checks;
}

interface CheckContext {
  T: Terms;
  t: FoundStatement;
  /** One unit of the last shown digit. */
  tol: number;
  fmt: (x: number) => string;
  pct: (x: number) => string;
  at: (row: number, col: number) => string;
  checks: Check[];
}

function pushCheck(
  c: CheckContext,
  type: Check["type"],
  label: string,
  cell: string,
  expected: number,
  found: number,
  message: string,
): void {
  c.checks.push({
    severity: "warning",
    type,
    message,
    cell,
    expected: clean(expected),
    found: clean(found),
    label,
  });
}

/** The sheet's own deviation columns: either orientation (actual − budget or budget − actual) is accepted. */
const DEVIATION_COLUMNS: readonly (readonly [StatementField, StatementField, StatementField])[] = [
  ["budgetDiff", "actual", "budget"],
  ["forecastDiff", "forecast", "fullYearBudget"],
];

function checkDeviationColumns(c: CheckContext, r: RawRow): void {
  const f = c.t.columns.fields;
  for (const [diffField, a, b] of DEVIATION_COLUMNS) {
    const found = r.values[diffField];
    const x = r.values[a];
    const y = r.values[b];
    if (found == null || x == null || y == null) continue;
    const raw = x - y;
    const expected = Math.abs(found - raw) <= Math.abs(found + raw) ? raw : -raw;
    if (Math.abs(found - expected) <= c.tol) continue;
    const header = c.t.columns.headers[diffField] ?? diffField;
    pushCheck(
      c,
      "deviationColumn",
      r.label,
      c.at(r.row, f[diffField] as number),
      expected,
      found,
      c.T.checks.deviationColumn(r.label, header, c.fmt(expected), c.fmt(found)),
    );
  }
}

/** A "% förändring" column, by size or by ratio; most sheets round it to whole percent. */
function checkChangePct(c: CheckContext, r: RawRow): void {
  const pct = r.values.yoyPct;
  const a = r.values.actual;
  const p = r.values.priorYear;
  if (pct == null || a == null || p == null || Math.abs(p) <= 1e-12) return;
  const bySize = sizeChangePct(a, p);
  const byRatio = (a / p - 1) * 100;
  const expected = bySize ?? byRatio;
  if (Math.min(Math.abs(pct - expected), Math.abs(pct - byRatio)) <= 1 + 1e-9) return;
  const header = c.t.columns.headers.yoyPct ?? "%";
  pushCheck(
    c,
    "deviationColumn",
    r.label,
    c.at(r.row, c.t.columns.fields.yoyPct as number),
    expected,
    pct,
    c.T.checks.deviationColumn(r.label, header, c.pct(expected), c.pct(pct)),
  );
}

/**
 * Totals and results, per value column. A total that does not add up counts with the sum of its parts,
 * so only the wrong cell is reported.
 */
function checkTotals(
  c: CheckContext,
  structure: Structure<RawRow>,
  raws: RawRow[],
  signOf: (r: RawRow) => 1 | -1,
): void {
  const f = c.t.columns.fields;
  // Parts before their totals, wherever the total is printed: a parent above its parts is checked
  // after them, so a wrong part is counted in the parent as the part's own parts say.
  // Only totals and results are checked: the other lines of a long ledger need no look per column.
  const order = checkOrder(raws, structure).filter(
    (r) => structure.results.has(r) || (structure.covers.get(r)?.length ?? 0) > 0,
  );
  for (const field of FIGURE_FIELDS) {
    const col = f[field];
    if (col === undefined) continue;
    const effective = new Map<RawRow, number>();
    const norm = (x: RawRow, v: number): number => signOf(x) * v;
    const val = (x: RawRow): number => effective.get(x) ?? norm(x, x.values[field] as number);
    const check = (r: RawRow, parts: RawRow[], base: number, type: "subtotal" | "result"): void => {
      const value = r.values[field] as number;
      const expected = base + parts.reduce((sum, x) => sum + val(x), 0);
      if (Math.abs(expected - norm(r, value)) <= c.tol * Math.max(1, parts.length)) return;
      // A sum of units stored on one axis (a net-cost table's nämnder) may add up without normalising.
      const plain = parts.reduce((sum, x) => sum + (x.values[field] as number), 0);
      if (type === "subtotal" && Math.abs(plain - value) <= c.tol * Math.max(1, parts.length))
        return;
      effective.set(r, expected);
      const exp = norm(r, 1) * expected;
      const message =
        type === "result"
          ? c.T.checks.result(r.label, c.fmt(exp), c.fmt(value))
          : c.T.checks.subtotal(r.label, c.fmt(exp), c.fmt(value));
      pushCheck(c, type, r.label, c.at(r.row, col), exp, value, message);
    };
    for (const r of order) {
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
}

/** Lines in sheet order, except that a total printed above its parts comes after them. */
function checkOrder(raws: RawRow[], structure: Structure<RawRow>): RawRow[] {
  const out: RawRow[] = [];
  const seen = new Set<RawRow>();
  const visit = (r: RawRow): void => {
    if (seen.has(r)) return;
    seen.add(r);
    for (const p of structure.covers.get(r) ?? []) visit(p);
    out.push(r);
  };
  for (const r of raws) visit(r);
  return out;
}
