/**
 * A small, adapter-neutral description of a workbook that the hardening tests generate at random
 * and then materialise three ways: as a pure SheetGrid snapshot, as an .xlsx through ExcelJS,
 * and as a seed for the recording fake of Excel.
 */
import ExcelJS from "exceljs";
import { cellAddress, rangeAddress } from "../../src/core/address";
import type { CellRange, CellValue, SheetGrid, WorkbookSnapshot } from "../../src/core/grid";
import type { FakeSeed, FakeSeedCell } from "../fakes/excel";

/** An error value is written as { error: "#REF!" }. */
export type SpecValue = number | string | boolean | { error: string } | null;

export interface SpecCell {
  value: SpecValue;
  /** Formula text without the leading "="; value is its cached result. */
  formula?: string;
  numFmt?: string;
  /** ARGB fill. */
  fill?: string;
}

export interface SheetSpec {
  name: string;
  /** Keyed by "row,col" (0-based). */
  cells: Map<string, SpecCell>;
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

export const at = (row: number, col: number): string => `${row},${col}`;

export function emptySheet(name: string): SheetSpec {
  return { name, cells: new Map(), merges: [], hiddenRows: [], hiddenCols: [] };
}

export function put(sheet: SheetSpec, row: number, col: number, cell: SpecCell | SpecValue): void {
  const c: SpecCell =
    cell !== null && typeof cell === "object" && "value" in cell
      ? cell
      : { value: cell as SpecValue };
  sheet.cells.set(at(row, col), c);
}

function entries(sheet: SheetSpec): { row: number; col: number; cell: SpecCell }[] {
  return [...sheet.cells.entries()].map(([k, cell]) => {
    const [row, col] = k.split(",").map(Number);
    return { row, col, cell };
  });
}

/** What the engine sees: the cached values in a dense block, merged cells other than the first emptied. */
export function toGrid(sheet: SheetSpec): SheetGrid {
  const cells = entries(sheet).filter(({ row, col }) => !hiddenByMerge(sheet, row, col));
  if (cells.length === 0)
    return {
      name: sheet.name,
      top: 0,
      left: 0,
      values: [],
      formulas: [],
      numberFormats: [],
      merges: sheet.merges,
    };
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  const h = bottom - top + 1;
  const w = right - left + 1;
  const values: CellValue[][] = Array.from({ length: h }, () => new Array<CellValue>(w).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: h }, () =>
    new Array<string | null>(w).fill(null),
  );
  const numberFormats: (string | null)[][] = Array.from({ length: h }, () =>
    new Array<string | null>(w).fill(null),
  );
  for (const { row, col, cell } of cells) {
    values[row - top][col - left] = cell.value;
    formulas[row - top][col - left] = cell.formula ? `=${cell.formula}` : null;
    numberFormats[row - top][col - left] = cell.numFmt ?? null;
  }
  return {
    name: sheet.name,
    top,
    left,
    values,
    formulas,
    numberFormats,
    merges: sheet.merges,
    tables: [],
  };
}

export function toSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  return { sheets: spec.sheets.map(toGrid), markers: [] };
}

/** True for a cell inside a merge other than its top-left one (Excel keeps only the first). */
export function hiddenByMerge(sheet: SheetSpec, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) =>
      row >= m.top &&
      row <= m.bottom &&
      col >= m.left &&
      col <= m.right &&
      !(row === m.top && col === m.left),
  );
}

export async function toXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const { row, col, cell } of entries(s)) {
      if (hiddenByMerge(s, row, col)) continue;
      const c = ws.getCell(row + 1, col + 1);
      const v = cell.value;
      if (cell.formula) {
        c.value = {
          formula: cell.formula,
          result: v as ExcelJS.CellFormulaValue["result"],
        } as ExcelJS.CellFormulaValue;
      } else if (v !== null && typeof v === "object") {
        c.value = { error: v.error } as ExcelJS.CellErrorValue;
      } else {
        c.value = v;
      }
      // A fresh style object per cell (ExcelJS shares them otherwise).
      const style: Partial<ExcelJS.Style> = {};
      if (cell.numFmt) style.numFmt = cell.numFmt;
      if (cell.fill)
        style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: cell.fill } };
      if (cell.numFmt || cell.fill) c.style = style;
    }
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of s.hiddenRows) ws.getRow(r + 1).hidden = true;
    for (const c of s.hiddenCols) ws.getColumn(c + 1).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A seed for the recording fake. It models neither merges nor hidden rows: those are xlsx-only cases. */
export function toFakeSeed(spec: WorkbookSpec): FakeSeed {
  return {
    sheets: spec.sheets.map((s) => ({
      name: s.name,
      cells: entries(s)
        .filter(({ row, col }) => !hiddenByMerge(s, row, col))
        .map(({ row, col, cell }): FakeSeedCell => {
          const v = cell.value;
          const out: FakeSeedCell = {
            address: cellAddress(row, col),
            value: v !== null && typeof v === "object" ? v.error : v,
          };
          if (cell.formula) out.formula = `=${cell.formula}`;
          if (cell.numFmt) out.numberFormat = cell.numFmt;
          if (cell.fill) out.fill = cell.fill;
          return out;
        }),
    })),
  };
}

export { rangeAddress };
