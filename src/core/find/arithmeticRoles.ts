/**
 * Column roles from the table's arithmetic, the way a controller checks a column they are unsure of:
 * a column that equals A − B (or B − A) on the rows is the deviation of A against B. That tells which of
 * two candidate columns is the outcome, fills in a role the words left open, and confirms a reading.
 * Words come first; arithmetic decides only where they leave a role open or offer two candidates.
 */
import type { StatementColumns, StatementField } from "../analysis";
import type { SheetGrid } from "../grid";
import { figureAt } from "../parse/number";
import { tallyOrientation, type DeviationSample } from "../statement/deviations";

/** How a role was settled, for the diagnostic that says which columns were used. */
export interface RoleNote {
  field: StatementField;
  col: number;
  header: string;
  how: "arithmetic" | "override" | "latestYear";
}

/**
 * Share of rows where `diff` equals ±(a − b) in one consistent orientation; null when fewer than two
 * rows have all three figures. Published tables round every figure: one unit of the last digit is allowed.
 */
export function deviationFit(
  sheet: SheetGrid,
  firstRow: number,
  lastRow: number,
  diff: number,
  a: number,
  b: number,
): number | null {
  const samples: DeviationSample[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const d = figureAt(sheet, r, diff);
    const x = figureAt(sheet, r, a);
    const y = figureAt(sheet, r, b);
    if (d === null || x === null || y === null) continue;
    if (d === 0 && x === 0 && y === 0) continue;
    samples.push({
      stated: d,
      ours: x - y,
      tolerance: 1 + 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)),
    });
  }
  const { rows, same, other } = tallyOrientation(samples);
  if (rows < 2) return null;
  return Math.max(same, other) / rows;
}

const FIT = 0.8;

/**
 * Refines the columns found by their headers. Returns notes for every role the arithmetic settled, so
 * the reading can say what it chose and how to choose otherwise.
 */
export function refineByArithmetic(
  sheet: SheetGrid,
  firstRow: number,
  lastRow: number,
  columns: StatementColumns,
): RoleNote[] {
  const notes: RoleNote[] = [];
  const f = columns.fields;
  const used = new Set(Object.values(f) as number[]);
  used.add(columns.label);
  const headerOf = (col: number): string =>
    columns.numeric?.find((n) => n.col === col)?.header ?? "";
  // Unrecognised headed columns with figures in them: candidates for a role the words left open.
  const spare = (columns.numeric ?? [])
    .map((n) => n.col)
    .filter((c) => !used.has(c) && !/^not(er)?$/i.test(headerOf(c).trim()));
  const fits = (diff: number, a: number, b: number): boolean =>
    (deviationFit(sheet, firstRow, lastRow, diff, a, b) ?? 0) >= FIT;
  const assign = (field: StatementField, col: number): void => {
    f[field] = col;
    columns.headers[field] = headerOf(col);
    used.add(col);
    notes.push({ field, col, header: headerOf(col), how: "arithmetic" });
  };

  for (const [diffField, aField, bField] of [
    ["budgetDiff", "actual", "budget"],
    ["forecastDiff", "forecast", "fullYearBudget"],
  ] as const) {
    const d = f[diffField];
    if (d === undefined) continue;
    const a = f[aField];
    const b = f[bField];
    if (a !== undefined && b !== undefined) {
      if (fits(d, a, b)) continue;
      // The words picked the wrong one of two candidates: another column makes the deviation add up.
      const forA = spare.find((c) => fits(d, c, b));
      if (forA !== undefined) {
        assign(aField, forA);
        continue;
      }
      const forB = spare.find((c) => fits(d, a, c));
      if (forB !== undefined) assign(bField, forB);
      continue;
    }
    if (a === undefined && b !== undefined) {
      const col = spare.find((c) => !used.has(c) && fits(d, c, b));
      if (col !== undefined) assign(aField, col);
    } else if (b === undefined && a !== undefined) {
      const col = spare.find((c) => !used.has(c) && fits(d, a, c));
      if (col !== undefined) assign(bField, col);
    }
  }
  return notes;
}
