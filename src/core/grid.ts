/**
 * A sheet as the engine sees it: a dense block of cached cell values read by an adapter.
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A).
 */

/** An Excel error value such as #REF! or #N/A. */
export interface CellError {
  readonly error: string;
}

/** A cell's displayed value: formulas are represented by their cached result. Dates arrive as serial numbers. */
export type CellValue = number | string | boolean | CellError | null;

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Position of values[0][0] in the sheet (the used range need not start at A1). */
  top: number;
  left: number;
  /** Row-major, rectangular. */
  values: CellValue[][];
  /** Same shape as values: the formula text (with leading "=") or null for constants. */
  formulas?: (string | null)[][];
  /** Same shape as values: the number format, null or "General" when none. */
  numberFormats?: (string | null)[][];
  /** Excel tables (ListObjects) on the sheet: their whole range, header row included. */
  tables?: { name: string; range: CellRange }[];
  merges?: CellRange[];
  protected?: boolean;
  /** False for a hidden or very hidden sheet; absent = visible. */
  visible?: boolean;
}

/**
 * A named output range the product wrote earlier (a workbook defined name with our prefix),
 * so a re-run can replace it and a removal can delete exactly it.
 */
export interface Marker {
  name: string;
  sheet: string;
  range: CellRange;
}

export interface WorkbookSnapshot {
  sheets: SheetGrid[];
  markers: Marker[];
  /** Workbook structure protection (no sheet may be added or deleted); absent = none. */
  structureProtected?: boolean;
  /** Opened read-only or view-only; absent = writable. */
  readOnly?: boolean;
}

/**
 * The most cells the product reads: Excel on the web returns nulls above it, and ExcelJS needs about
 * 1 GB for a tenth of it. Both adapters refuse larger workbooks before reading them.
 */
export const MAX_CELLS = 5_000_000;

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Value at an absolute sheet position, or null outside the read block. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

export function numberFormatAt(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.numberFormats?.[row - sheet.top]?.[col - sheet.left] ?? null;
}

/**
 * Whether a row holds at least n text cells. A header row names its columns in text, and most rows of
 * a long table hold one text (the label) beside figures: the finders ask this before reading words.
 */
export function hasTextCells(sheet: SheetGrid, row: number, n: number): boolean {
  const values = sheet.values[row - sheet.top];
  if (!values) return n <= 0;
  let count = 0;
  for (const v of values) if (typeof v === "string" && ++count >= n) return true;
  return count >= n;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Last row / column index (absolute) covered by the grid's values. */
export function gridBottom(sheet: SheetGrid): number {
  return sheet.top + sheet.values.length - 1;
}

const widths = new WeakMap<CellValue[][], number>();

/** Rightmost column (absolute). Remembered per values array: finders ask for it on every row. */
export function gridRight(sheet: SheetGrid): number {
  let width = widths.get(sheet.values);
  if (width === undefined) {
    width = 0;
    for (const row of sheet.values) if (row.length > width) width = row.length;
    widths.set(sheet.values, width);
  }
  return sheet.left + width - 1;
}
