/**
 * The workbook state behind the fake Excel API, and the rules Excel applies when a value is entered.
 * Browser-safe: no Node modules, so the task-pane browser test can bundle it.
 */
import type { CellRange } from "../../../src/core/grid";

export type FakeScalar = string | number | boolean | null;

export interface FakeSeedCell {
  /** A1-style address of one cell. */
  address: string;
  /** Cached value. A string spelled like an Excel error ("#REF!") is an error value, as Excel stores a typed one. */
  value: FakeScalar;
  /** Formula text with leading "=". */
  formula?: string;
  numberFormat?: string;
  /** ARGB ("FFC6EFCE") or "#RRGGBB". */
  fill?: string;
}

export interface FakeSeedSheet {
  name: string;
  protected?: boolean;
  cells: FakeSeedCell[];
  tables?: { name: string; address: string }[];
}

export interface FakeSeed {
  sheets: FakeSeedSheet[];
  /** Workbook structure protection (Review → Protect Workbook): sheets cannot be added, deleted or renamed. */
  structureProtected?: boolean;
  /** Opened read-only (or view-only on the web): nothing can be changed. */
  readOnly?: boolean;
  /** Workbook-scoped defined names; reference like "='Blad 1'!$A$1:$B$2". */
  names?: { name: string; reference: string }[];
}

export interface CellModel {
  value: FakeScalar;
  error: boolean;
  formula: string | null;
  numberFormat: string;
  /** "#RRGGBB" upper case, or null for no fill. */
  fill: string | null;
  bold: boolean;
  wrap: boolean;
  align: string;
  valign: string;
  quotePrefix: boolean;
  /** Font size in points when set (11 otherwise). */
  fontSize?: number;
}

export interface SheetModel {
  id: number;
  name: string;
  protected: boolean;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  /** Column widths in points, by 0-based column. */
  colWidths: Map<number, number>;
  /** What prints and shows beside the cells (merges, row heights, page layout, conditional formats). */
  layout?: SheetLayoutModel;
  tables: { name: string; range: CellRange }[];
}

export interface ConditionalFormatModel {
  type: string;
  /** A1 address of the range it applies to. */
  address: string;
  /** The data bar's settings as the add-in assigned them (Office.js property paths). */
  dataBar: Record<string, unknown>;
}

export interface SheetLayoutModel {
  /** Merged areas, A1 addresses. */
  merges: string[];
  /** Row heights in points, by 0-based row. */
  rowHeights: Map<number, number>;
  /** Page layout and header/footer properties as assigned ("orientation", "leftHeader" …). */
  page: Record<string, unknown>;
  conditionalFormats: ConditionalFormatModel[];
}

export function layoutOf(sheet: SheetModel): SheetLayoutModel {
  sheet.layout ??= { merges: [], rowHeights: new Map(), page: {}, conditionalFormats: [] };
  return sheet.layout;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Keyed by upper-case name: Excel names are case-insensitive. */
  names: Map<string, { name: string; reference: string }>;
  activeSheetId: number;
  selection: { sheetId: number; range: CellRange } | null;
  nextSheetId: number;
  structureProtected: boolean;
  readOnly: boolean;
  /** The user is typing in a cell: Excel refuses every request (InvalidOperationInCellEditMode). */
  cellEditMode: boolean;
  /** Requests never come back (as context.sync() sometimes does on the web): for watchdog tests. */
  hang: boolean;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export const key = (row: number, col: number): string => `${row}:${col}`;

export function emptyCell(): CellModel {
  return {
    value: null,
    error: false,
    formula: null,
    numberFormat: "General",
    fill: null,
    bold: false,
    wrap: false,
    align: "General",
    valign: "Bottom",
    quotePrefix: false,
  };
}

export function isDefault(c: CellModel): boolean {
  return (
    c.value === null &&
    c.formula === null &&
    c.numberFormat === "General" &&
    c.fill === null &&
    !c.bold &&
    !c.wrap &&
    c.align === "General" &&
    c.valign === "Bottom"
  );
}

export function hasContent(c: CellModel): boolean {
  return c.value !== null || c.formula !== null;
}

/** "FFC6EFCE" or "#c6efce" → "#C6EFCE". */
export function normaliseColor(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  throw new Error(`not a colour: ${color}`);
}

/** Excel's serial number for a calendar date (1900 date system). */
function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What Excel stores when a string is entered through `values` (as if typed): a leading apostrophe
 * makes text; under number format "@" everything is text; "=…" (and "+…", "-…", "@…" that are not
 * numbers) becomes a formula; numbers, ISO dates, percentages, TRUE/FALSE and error literals convert.
 */
export function enterString(cell: CellModel, s: string): void {
  cell.quotePrefix = false;
  cell.error = false;
  cell.formula = null;
  if (s === "") {
    cell.value = null;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  const t = s.trim();
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) {
    cell.value = Number(t);
    return;
  }
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) {
    cell.value = Number(t.slice(0, -1)) / 100;
    return;
  }
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) {
    cell.value = dateSerial(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : 1);
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
    return;
  }
  if (ERROR_LITERALS.has(t.toUpperCase())) {
    cell.value = t.toUpperCase();
    cell.error = true;
    return;
  }
  if (s.length > 1 && /^[=+\-@]/.test(s)) {
    cell.formula = s.startsWith("=") ? s : `=${s}`;
    // The fake does not calculate; a formula's cached value stays unknown.
    cell.value = null;
    return;
  }
  cell.value = s;
}

export function enterValue(cell: CellModel, v: unknown): void {
  if (v === null || v === undefined) return; // null in a 2-D array leaves the cell unchanged
  if (typeof v === "string") return enterString(cell, v);
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    cell.formula = null;
    cell.error = false;
    cell.quotePrefix = false;
    return;
  }
  throw new Error(`unsupported value ${JSON.stringify(v)}`);
}
