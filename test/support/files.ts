/** Fixture files copied to a temp folder (the fixtures are never written), and cell dumps for comparison. */
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { copyFileSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Io } from "../../src/cli/main";

export const FIXTURES = path.resolve(__dirname, "../fixtures");

export function tempCopy(fixture: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "uppf-"));
  const file = path.join(dir, path.basename(fixture));
  copyFileSync(path.join(FIXTURES, fixture), file);
  return { dir, file };
}

export function sha(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export function captureIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export interface CellDump {
  value: unknown;
  formula: string | null;
  numFmt: string | null;
  fill: string | null;
}

/** Every non-empty cell of a workbook, keyed "Sheet!A1": value (cached result for formulas), formula, format, fill. */
export function dumpCells(wb: ExcelJS.Workbook): Map<string, CellDump> {
  const out = new Map<string, CellDump>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill =
          cell.fill && cell.fill.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        out.set(`${ws.name}!${cell.address}`, {
          value: isFormula ? cell.result : cell.value,
          formula: isFormula ? cell.formula : null,
          numFmt: cell.numFmt ?? null,
          fill,
        });
      });
    });
  });
  return out;
}
