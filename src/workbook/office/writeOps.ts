/**
 * Compiles a write plan into Office.js operations and packs them into request batches.
 * Pure (no Office calls) so the grouping rules are testable and the batch sizes known before
 * anything is sent: values as one 2-D array per block (split by rows only for the 5 MB limit),
 * fills and other formats grouped by value into RangeAreas addresses under 8,192 characters.
 */
import { columnLetters, rangeAddress } from "../../core/address";
import type { CellRange } from "../../core/grid";
import type { CellBlock, CellFormat, PlanStep, PlanValue, WritePlan } from "../../core/plan/types";

/** Address strings longer than 8,192 characters are silently truncated by Excel; stay well below. */
export const MAX_ADDRESS_CHARS = 8000;
/** Excel on the web's limit is 5 MB per request; leave room for Office.js's own envelope. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** A single values/numberFormat array above this is split by rows. */
export const MAX_ARRAY_BYTES = 1024 * 1024;
const OP_OVERHEAD = 64;

export type AreaFormat =
  | { kind: "fill"; color: string | null }
  | { kind: "bold"; value: boolean }
  | { kind: "wrap"; value: boolean }
  | { kind: "align"; value: string };

export type WriteOp =
  | { kind: "addSheet"; sheet: string }
  | { kind: "clearSheet"; sheet: string }
  | { kind: "deleteSheet"; sheet: string }
  | { kind: "clearRange"; sheet: string; range: CellRange }
  | { kind: "numberFormat"; sheet: string; top: number; left: number; data: (string | null)[][] }
  | { kind: "values"; sheet: string; top: number; left: number; data: (string | number)[][] }
  | { kind: "areas"; sheet: string; address: string; format: AreaFormat }
  | { kind: "columnWidth"; sheet: string; address: string; points: number }
  | { kind: "deleteName"; name: string }
  | { kind: "addName"; name: string; sheet: string; range: CellRange };

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
      return jsonBytes(op.data) + OP_OVERHEAD;
    case "areas":
    case "columnWidth":
      return op.address.length + OP_OVERHEAD;
    default:
      return OP_OVERHEAD + 64;
  }
}

/** Merges cells into rectangles: horizontal runs per row, then identical runs in consecutive rows. */
export function rectangles(cells: [number, number][]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const list = byRow.get(r) ?? [];
    list.push(c);
    byRow.set(r, list);
  }
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [l, r] of runs) {
      const k = `${l}:${r}`;
      seen.add(k);
      const prev = open.get(k);
      if (prev && prev.bottom === row - 1) prev.bottom = row;
      else {
        if (prev) done.push(prev);
        open.set(k, { top: row, bottom: row, left: l, right: r });
      }
    }
    for (const [k, rect] of open) {
      if (!seen.has(k) && rect.bottom < row) {
        done.push(rect);
        open.delete(k);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.left - b.left || a.top - b.top);
}

/** Joins addresses into comma-separated strings under the address limit. */
export function packAddresses(rects: CellRange[], limit = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of rects) {
    const a = rangeAddress(r);
    if (cur !== "" && cur.length + 1 + a.length > limit) {
      out.push(cur);
      cur = "";
    }
    cur = cur === "" ? a : `${cur},${a}`;
  }
  if (cur !== "") out.push(cur);
  return out;
}

function formatKeys(f: CellFormat | null, fresh: boolean): AreaFormat[] {
  const out: AreaFormat[] = [];
  // On a fresh (cleared or new) sheet the defaults are already there: only non-defaults are sent.
  if (f?.fill) out.push({ kind: "fill", color: argbToHex(f.fill) });
  else if (!fresh) out.push({ kind: "fill", color: null });
  if (f?.bold || !fresh) out.push({ kind: "bold", value: f?.bold === true });
  if (f?.wrap || !fresh) out.push({ kind: "wrap", value: f?.wrap === true });
  if (f?.align) out.push({ kind: "align", value: f.align[0].toUpperCase() + f.align.slice(1) });
  else if (!fresh) out.push({ kind: "align", value: "General" });
  return out;
}

/** Splits a block's rows into chunks whose arrays stay under MAX_ARRAY_BYTES. */
function rowChunks<T>(rows: T[][]): [number, T[][]][] {
  const out: [number, T[][]][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 1;
    if (i > start && bytes + b > MAX_ARRAY_BYTES) {
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
  const groups = new Map<string, { format: AreaFormat; cells: [number, number][] }>();
  for (const b of blocks) {
    const fmt = (i: number, j: number): CellFormat | null => b.formats?.[i]?.[j] ?? null;
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
    b.values.forEach((row, i) =>
      row.forEach((_, j) => {
        for (const k of formatKeys(fmt(i, j), fresh)) {
          const id = JSON.stringify(k);
          const g = groups.get(id) ?? { format: k, cells: [] };
          g.cells.push([b.top + i, b.left + j]);
          groups.set(id, g);
        }
      }),
    );
  }
  for (const g of groups.values()) {
    for (const address of packAddresses(rectangles(g.cells)))
      ops.push({ kind: "areas", sheet, address, format: g.format });
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
      case "replaceSheet":
        // In place when it exists: formulas elsewhere that point at the sheet keep working.
        ops.push(
          hasSheet(step.sheet)
            ? { kind: "clearSheet", sheet: step.sheet }
            : { kind: "addSheet", sheet: step.sheet },
        );
        sheets.set(step.sheet.toLowerCase(), true);
        ops.push(...widthOps(step.sheet, step.columnWidths));
        ops.push(...blockOps(step.sheet, step.blocks, true));
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
