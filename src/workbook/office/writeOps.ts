/**
 * Compiles a write plan into Office.js operations and packs them into request batches.
 * Pure (no Office calls) so the grouping rules are testable and the batch sizes known before
 * anything is sent: values as one 2-D array per block (split by rows only for the 5 MB limit), and
 * formats as one `setCellProperties` 2-D array per block (ExcelApi 1.9), after the block was reset
 * to default formats through its own range when it is on an existing sheet.
 *
 * No multi-area address is ever built: `getRanges("A1:A3,C5")` needs the locale's list separator on
 * Windows desktop (";" in Swedish, German, Czech) and throws InvalidArgument on "," — after the values
 * earlier in the batch were written (office-js #1167, #1985) — and no API tells the separator.
 * Each block is one rectangle, addressed by indexes, so the calls stay bounded by blocks, not cells.
 */
import { columnLetters } from "../../core/address";
import type { CellRange } from "../../core/grid";
import type {
  CellBlock,
  CellFormat,
  DataBar,
  PageSetup,
  PlanStep,
  PlanValue,
  WritePlan,
} from "../../core/plan/types";

/** Excel on the web's limit is 5 MB per request; leave room for Office.js's own envelope. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** A single values/numberFormat/cell-properties array above this is split by rows. */
export const MAX_ARRAY_BYTES = 1024 * 1024;
/** setCellProperties fails with an internal error on the web above ~80,000 cells (office-js #2564). */
export const MAX_CELL_PROPERTIES_CELLS = 20_000;
const OP_OVERHEAD = 64;

export type AreaFormat =
  | { kind: "fill"; color: string | null }
  | { kind: "bold"; value: boolean }
  | { kind: "wrap"; value: boolean }
  | { kind: "align"; value: string }
  | { kind: "vertical"; value: string };

export type WriteOp =
  | { kind: "addSheet"; sheet: string }
  | { kind: "clearSheet"; sheet: string }
  | { kind: "deleteSheet"; sheet: string }
  | { kind: "clearRange"; sheet: string; range: CellRange }
  | { kind: "numberFormat"; sheet: string; top: number; left: number; data: (string | null)[][] }
  | { kind: "values"; sheet: string; top: number; left: number; data: (string | number)[][] }
  /** One rectangle, one range proxy, the formats it takes as a whole (the defaults, on reset). */
  | { kind: "format"; sheet: string; rect: CellRange; formats: AreaFormat[] }
  /** Per-cell formats of a block through Range.setCellProperties; `{}` leaves a cell as it is. */
  | { kind: "cellProperties"; sheet: string; top: number; left: number; data: CellProps[][] }
  /** points null: back to the standard width. */
  | { kind: "columnWidth"; sheet: string; address: string; points: number | null }
  | { kind: "deleteName"; name: string }
  | { kind: "addName"; name: string; sheet: string; range: CellRange }
  | { kind: "rowHeight"; sheet: string; top: number; bottom: number; points: number }
  | { kind: "mergeAcross"; sheet: string; rect: CellRange }
  | { kind: "pageLayout"; sheet: string; setup: PageSetup }
  | { kind: "dataBar"; sheet: string; bar: DataBar }
  | { kind: "clearConditionalFormats"; sheet: string };

/** The subset of Excel.SettableCellProperties the plan's formats need (kept free of Office types). */
export interface CellProps {
  format?: {
    fill?: { color: string };
    font?: { bold?: boolean; size?: number };
    wrapText?: boolean;
    horizontalAlignment?: string;
    verticalAlignment?: string;
  };
}

/** "#RRGGBB" from the plan's ARGB "FFRRGGBB". */
export function argbToHex(argb: string): string {
  const hex = argb.replace(/^#/, "").toUpperCase();
  return `#${hex.length === 8 ? hex.slice(2) : hex}`;
}

/** Excel column width in characters (as the plan and ExcelJS give it) to points (as Office.js takes it). */
export function widthToPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/**
 * Office.js parses a string written to `values` as if typed: "=…" becomes a formula, "3,94%" or
 * "2025-03" a number, and a leading apostrophe disappears. The core sets number format "@" for
 * text starting with = + - @; everything else that Excel could reinterpret gets the apostrophe
 * prefix, which Excel stores as "this is text" and does not show in the cell.
 */
export function textForValues(s: string, numberFormat: string | null): string {
  if (numberFormat === "@") return s;
  if (s.startsWith("'")) return `'${s}`;
  if (/^[=+\-@#]/.test(s)) return `'${s}`;
  if (/^\s*(true|false|sant|falskt)\s*$/i.test(s)) return `'${s}`;
  // Short strings holding a digit may be read as numbers, dates, times, fractions or percentages.
  if (s.length <= 40 && /\d/.test(s)) return `'${s}`;
  return s;
}

const jsonBytes = (v: unknown): number => JSON.stringify(v).length;

export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values":
    case "numberFormat":
    case "cellProperties":
      return jsonBytes(op.data) + OP_OVERHEAD;
    case "format":
      // The range by indexes, then one property set per format.
      return OP_OVERHEAD + 32 + op.formats.length * (OP_OVERHEAD + 24);
    case "columnWidth":
      return op.address.length + OP_OVERHEAD;
    default:
      return OP_OVERHEAD + 64;
  }
}

/** Everything on an existing sheet's block goes back to the defaults first (one range, five sets). */
const DEFAULTS: AreaFormat[] = [
  { kind: "fill", color: null },
  { kind: "bold", value: false },
  { kind: "wrap", value: false },
  { kind: "align", value: "General" },
  { kind: "vertical", value: "Bottom" },
];

/** The non-default formats of one cell, as setCellProperties takes them; null when it has none. */
function cellProps(f: CellFormat | null): CellProps | null {
  if (!f || (!f.fill && !f.bold && !f.wrap && !f.vertical && !f.align && !f.fontSize)) return null;
  const format: NonNullable<CellProps["format"]> = {};
  if (f.fill) format.fill = { color: argbToHex(f.fill) };
  if (f.bold || f.fontSize)
    format.font = {
      ...(f.bold ? { bold: true } : {}),
      ...(f.fontSize ? { size: f.fontSize } : {}),
    };
  if (f.wrap) format.wrapText = true;
  if (f.vertical) format.verticalAlignment = f.vertical[0].toUpperCase() + f.vertical.slice(1);
  if (f.align) format.horizontalAlignment = f.align[0].toUpperCase() + f.align.slice(1);
  return { format };
}

/** Splits a block's rows into chunks whose arrays stay under MAX_ARRAY_BYTES (and maxCells). */
function rowChunks<T>(rows: T[][], maxCells = Infinity): [number, T[][]][] {
  const out: [number, T[][]][] = [];
  let start = 0;
  let bytes = 0;
  const width = rows[0]?.length ?? 1;
  const maxRows = Math.max(1, Math.floor(maxCells / Math.max(1, width)));
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 1;
    if (i > start && (bytes + b > MAX_ARRAY_BYTES || i - start >= maxRows)) {
      out.push([start, rows.slice(start, i)]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rows.length > start) out.push([start, rows.slice(start)]);
  return out;
}

function blockOps(sheet: string, blocks: CellBlock[], fresh: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const b of blocks) {
    const width = b.values[0]?.length ?? 0;
    if (b.values.length === 0 || width === 0) continue;
    const fmt = (i: number, j: number): CellFormat | null => b.formats?.[i]?.[j] ?? null;
    // On a fresh (cleared or new) sheet the defaults are already there; elsewhere reset them first.
    if (!fresh) {
      const rect = {
        top: b.top,
        left: b.left,
        bottom: b.top + b.values.length - 1,
        right: b.left + width - 1,
      };
      ops.push({ kind: "format", sheet, rect, formats: DEFAULTS });
    }
    // Number formats first: "@" must be in place before the text that depends on it.
    const nf = b.values.map((row, i) =>
      row.map((_, j) => fmt(i, j)?.numberFormat ?? (fresh ? null : "General")),
    );
    if (nf.some((row) => row.some((x) => x !== null))) {
      for (const [start, rows] of rowChunks(nf))
        ops.push({ kind: "numberFormat", sheet, top: b.top + start, left: b.left, data: rows });
    }
    const values = b.values.map((row, i) =>
      row.map((v: PlanValue, j): string | number => {
        if (v === null) return ""; // "" clears; null would leave the old value
        if (typeof v === "number") return v;
        return textForValues(v, fmt(i, j)?.numberFormat ?? null);
      }),
    );
    for (const [start, rows] of rowChunks(values))
      ops.push({ kind: "values", sheet, top: b.top + start, left: b.left, data: rows });
    const props = b.values.map((row, i) => row.map((_, j) => cellProps(fmt(i, j))));
    if (props.some((row) => row.some((p) => p !== null))) {
      const data = props.map((row) => row.map((p) => p ?? {}));
      for (const [start, rows] of rowChunks(data, MAX_CELL_PROPERTIES_CELLS)) {
        // Rows with nothing to set at the start or end of a chunk are not sent.
        const empty = (row: CellProps[]): boolean => row.every((p) => p.format === undefined);
        let lo = 0;
        let hi = rows.length;
        while (lo < hi && empty(rows[lo])) lo++;
        while (hi > lo && empty(rows[hi - 1])) hi--;
        if (lo < hi)
          ops.push({
            kind: "cellProperties",
            sheet,
            top: b.top + start + lo,
            left: b.left,
            data: rows.slice(lo, hi),
          });
      }
    }
  }
  return ops;
}

function widthOps(sheet: string, widths: number[]): WriteOp[] {
  const ops: WriteOp[] = [];
  let i = 0;
  while (i < widths.length) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    ops.push({
      kind: "columnWidth",
      sheet,
      address: `${columnLetters(i)}:${columnLetters(j)}`,
      points: widthToPoints(widths[i]),
    });
    i = j + 1;
  }
  return ops;
}

/**
 * Row heights (equal neighbours as one range), merges, page layout and data bars of our own sheet.
 * Merges come after the values: Office.js keeps only the top-left value of a merged area.
 */
function sheetLayoutOps(step: Extract<PlanStep, { kind: "replaceSheet" }>): WriteOp[] {
  const ops: WriteOp[] = [];
  const heights = step.rowHeights ?? [];
  let i = 0;
  while (i < heights.length) {
    const h = heights[i];
    let j = i;
    while (j + 1 < heights.length && heights[j + 1] === h) j++;
    if (h !== null)
      ops.push({ kind: "rowHeight", sheet: step.sheet, top: i, bottom: j, points: h });
    i = j + 1;
  }
  for (const rect of step.mergeAcross ?? [])
    ops.push({ kind: "mergeAcross", sheet: step.sheet, rect });
  if (step.pageSetup) ops.push({ kind: "pageLayout", sheet: step.sheet, setup: step.pageSetup });
  for (const bar of step.conditionalFormats ?? [])
    ops.push({ kind: "dataBar", sheet: step.sheet, bar });
  return ops;
}

export interface CompileState {
  /** Lower-case sheet name → whether it exists before the step. */
  sheetExists: (name: string) => boolean;
  nameExists: (name: string) => boolean;
}

/** Turns plan steps into operations, in plan order. Existence answers come from the pre-flight. */
export function compilePlan(plan: WritePlan, state: CompileState): WriteOp[] {
  const ops: WriteOp[] = [];
  const names = new Map<string, boolean>();
  const hasName = (n: string): boolean => names.get(n.toUpperCase()) ?? state.nameExists(n);
  const sheets = new Map<string, boolean>();
  const hasSheet = (n: string): boolean => sheets.get(n.toLowerCase()) ?? state.sheetExists(n);
  for (const step of plan.steps as PlanStep[]) {
    switch (step.kind) {
      case "clearRange":
        ops.push({ kind: "clearRange", sheet: step.sheet, range: step.range });
        break;
      case "writeBlocks":
        ops.push(...blockOps(step.sheet, step.blocks, false));
        break;
      case "replaceSheet": {
        // In place when it exists: formulas elsewhere that point at the sheet keep working.
        const existed = hasSheet(step.sheet);
        ops.push(
          hasSheet(step.sheet)
            ? { kind: "clearSheet", sheet: step.sheet }
            : { kind: "addSheet", sheet: step.sheet },
        );
        sheets.set(step.sheet.toLowerCase(), true);
        if (existed) ops.push({ kind: "clearConditionalFormats", sheet: step.sheet });
        ops.push(...widthOps(step.sheet, step.columnWidths));
        ops.push(...blockOps(step.sheet, step.blocks, true));
        ops.push(...sheetLayoutOps(step));
        break;
      }
      case "setColumnWidths":
        for (const w of step.widths)
          ops.push({
            kind: "columnWidth",
            sheet: step.sheet,
            address: `${columnLetters(w.column)}:${columnLetters(w.column)}`,
            points: w.width === null ? null : widthToPoints(w.width),
          });
        break;
      case "deleteSheet":
        if (hasSheet(step.sheet)) ops.push({ kind: "deleteSheet", sheet: step.sheet });
        sheets.set(step.sheet.toLowerCase(), false);
        break;
      case "setMarker":
        if (hasName(step.name)) ops.push({ kind: "deleteName", name: step.name });
        ops.push({ kind: "addName", name: step.name, sheet: step.sheet, range: step.range });
        names.set(step.name.toUpperCase(), true);
        break;
      case "deleteMarker":
        if (hasName(step.name)) ops.push({ kind: "deleteName", name: step.name });
        names.set(step.name.toUpperCase(), false);
        break;
    }
  }
  return ops;
}

/** Packs operations, in order, into batches under the request limit. */
export function packBatches(ops: WriteOp[], limit = MAX_BATCH_BYTES): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let cur: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const b = opBytes(op);
    if (cur.length > 0 && bytes + b > limit) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(op);
    bytes += b;
  }
  if (cur.length > 0) batches.push(cur);
  return batches;
}
