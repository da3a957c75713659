/**
 * Fingerprints of what we wrote, kept with the markers, so a re-run can tell whether the user changed
 * an output cell since (report authors replace "[Orsak: …]" in the Analys sheet) and overwrite nothing
 * silently.
 *
 * Storage: workbook defined names next to the marker, `Uppfoljning_FP_<marker>_<n>_<data>`, each
 * referring to the marker's range. The data is in the name itself because a name's value can only be a
 * range through ExcelJS (it drops constant names) and a string constant is capped at 255 characters in
 * Excel: names are the one store both adapters read and write. Data: 3 base-32 characters (15 bits of
 * FNV-1a) per unit, row-major over the range; a unit is one cell, or a run of cells for ranges over
 * MAX_UNITS cells (a 100 000-line status column stays at a dozen names; a change is then named by its run).
 * Names are case-insensitive in Excel, so the alphabet is digits and upper-case letters.
 */
import { cellAddress, qualifiedAddress, quoteSheetName } from "../address";
import {
  cellAt,
  isBlank,
  isCellError,
  type CellRange,
  type CellValue,
  type Marker,
  type SheetGrid,
} from "../grid";
import { MARKER_PREFIX, type PlanStep, type PlanValue } from "./types";

export const FINGERPRINT_PREFIX = `${MARKER_PREFIX}FP_`;
/** Most units per marker: beyond it, consecutive cells share a unit. */
export const MAX_UNITS = 1000;
const CHARS_PER_UNIT = 3;
/** Data characters per name: a name may hold 255 characters, the prefix and marker take the rest. */
const DATA_PER_NAME = 198;
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

/** A cell's content as compared: what was written and what is read back must give the same key. */
export function cellKey(v: CellValue | PlanValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number")
    // A whole number below 10^15 is exact at 15 digits: String(v) is the same key, without the round trip.
    return Number.isInteger(v) && Math.abs(v) < 1e15
      ? String(v)
      : String(Number(v.toPrecision(15)));
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return v;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over one more text, from the hash so far: a unit's texts are hashed without joining them. */
function hashOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function encode(h: number): string {
  let out = "";
  for (let i = 0; i < CHARS_PER_UNIT; i++) {
    out += ALPHABET[h & 31];
    h >>>= 5;
  }
  return out;
}

function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function unitSize(r: CellRange): number {
  return Math.max(1, Math.ceil(cellCount(r) / MAX_UNITS));
}

/** Unit i of a range: its cells (row-major) as a rectangle per run within one row or column. */
function unitRange(r: CellRange, i: number): CellRange {
  const size = unitSize(r);
  const width = r.right - r.left + 1;
  const first = i * size;
  const last = Math.min(cellCount(r), first + size) - 1;
  const at = (k: number) => ({ row: r.top + Math.floor(k / width), col: r.left + (k % width) });
  const a = at(first);
  const b = at(last);
  // Runs are named by the rectangle that covers them (a column's run is a plain range).
  return {
    top: a.row,
    bottom: b.row,
    left: a.row === b.row ? a.col : r.left,
    right: a.row === b.row ? b.col : r.right,
  };
}

/** The fingerprint of a range, given each cell's content. */
export function fingerprintOf(r: CellRange, valueAt: (row: number, col: number) => string): string {
  const size = unitSize(r);
  const width = r.right - r.left + 1;
  const total = cellCount(r);
  let out = "";
  for (let first = 0; first < total; first += size) {
    let h = FNV_OFFSET;
    for (let k = first; k < Math.min(total, first + size); k++) {
      h = hashOn(h, valueAt(r.top + Math.floor(k / width), r.left + (k % width)));
      // A separator no cell text contains keeps ["ab", ""] and ["a", "b"] apart.
      h = hashOn(h, "\u0000");
    }
    out += encode(h);
  }
  return out;
}

/** The name steps that store a marker's fingerprint. */
export function fingerprintSteps(
  marker: string,
  sheet: string,
  range: CellRange,
  valueAt: (row: number, col: number) => PlanValue,
): PlanStep[] {
  const data = fingerprintOf(range, (r, c) => cellKey(valueAt(r, c)));
  const key = marker.slice(MARKER_PREFIX.length);
  const steps: PlanStep[] = [];
  for (let i = 0; i * DATA_PER_NAME < data.length; i++) {
    const chunk = data.slice(i * DATA_PER_NAME, (i + 1) * DATA_PER_NAME);
    steps.push({
      kind: "setMarker",
      name: `${FINGERPRINT_PREFIX}${key}_${i}_${chunk}`,
      sheet,
      range,
    });
  }
  return steps;
}

export function isFingerprintName(name: string): boolean {
  return name.toUpperCase().startsWith(FINGERPRINT_PREFIX.toUpperCase());
}

/** The stored fingerprint per marker name (chunks joined in order); markers without one are absent. */
export function storedFingerprints(markers: Marker[]): Map<string, string> {
  const chunks = new Map<string, { i: number; data: string }[]>();
  for (const m of markers) {
    if (!isFingerprintName(m.name)) continue;
    const match = /^(.+)_(\d+)_([0-9A-V]*)$/i.exec(m.name.slice(FINGERPRINT_PREFIX.length));
    if (!match) continue;
    const marker = `${MARKER_PREFIX}${match[1]}`;
    const list = chunks.get(marker) ?? [];
    list.push({ i: Number(match[2]), data: match[3].toUpperCase() });
    chunks.set(marker, list);
  }
  const out = new Map<string, string>();
  for (const [marker, list] of chunks) {
    list.sort((a, b) => a.i - b.i);
    // A missing chunk (a name deleted by hand) leaves nothing reliable to compare.
    if (list.every((c, k) => c.i === k)) out.set(marker, list.map((c) => c.data).join(""));
  }
  return out;
}

/** An output of ours whose cells the user changed since we wrote them. */
export interface EditedOutput {
  marker: string;
  sheet: string;
  /** Changed cells or runs, sheet-qualified ('Analys'!A25). */
  cells: string[];
}

/** Cells of a marker's range whose content differs from the stored fingerprint. */
export function changedCells(sheet: SheetGrid, range: CellRange, stored: string): string[] {
  const now = fingerprintOf(range, (r, c) => cellKey(cellAt(sheet, r, c)));
  if (now.length !== stored.length) return [qualifiedAddress(sheet.name, range)];
  const out: string[] = [];
  for (let i = 0; i * CHARS_PER_UNIT < now.length; i++) {
    const a = now.slice(i * CHARS_PER_UNIT, (i + 1) * CHARS_PER_UNIT);
    if (a !== stored.slice(i * CHARS_PER_UNIT, (i + 1) * CHARS_PER_UNIT))
      out.push(qualifiedAddress(sheet.name, unitRange(range, i)));
  }
  return out;
}

/** Non-blank cells of a sheet outside a range: what the user added to a sheet of ours. */
export function cellsOutside(sheet: SheetGrid, range: CellRange): string[] {
  const out: string[] = [];
  sheet.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = sheet.top + i;
      const c = sheet.left + j;
      const inside = r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
      if (!inside && !isBlank(v)) out.push(`${quoteSheetName(sheet.name)}!${cellAddress(r, c)}`);
    }),
  );
  return out;
}
