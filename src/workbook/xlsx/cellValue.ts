/** ExcelJS cell contents to the engine's CellValue, the way Excel shows them. */
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JavaScript date as an Excel serial number (what Office.js returns for a date cell). */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.text === "string") return o.text;
  }
  return null;
}

/** The displayed value: a formula's cached result (via cell.result: cell.value drops a cached 0). */
export function readCell(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      // Only the top-left cell of a merged area holds the value, as in Excel.
      return { value: null, formula: null };
    case ExcelJS.ValueType.Formula: {
      const formula = cell.formula;
      return { value: plain(cell.result), formula: formula ? `=${formula}` : null };
    }
    default:
      return { value: plain(cell.value), formula: null };
  }
}
