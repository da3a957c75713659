/**
 * Node-only: builds a FakeSeed from an .xlsx file through ExcelJS, so the Office adapter is tested
 * on the same fixture workbooks as the command. Kept apart from the fake, which runs in a browser.
 */
import ExcelJS from "exceljs";
import { isCellError } from "../../../src/core/grid";
import { readCell } from "../../../src/workbook/xlsx/cellValue";
import type { FakeSeed, FakeSeedCell, FakeSeedSheet } from "./model";

export async function seedFromXlsx(path: string): Promise<FakeSeed> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: FakeSeedSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: FakeSeedCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // The same reading as the command's adapter: cached results (a cached 0 included), dates as serials.
        const { value, formula } = readCell(cell);
        const out: FakeSeedCell = {
          address: cell.address,
          value: isCellError(value) ? value.error : value,
        };
        if (formula) out.formula = formula;
        if (cell.numFmt) out.numberFormat = cell.numFmt;
        const fill = cell.fill;
        if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
          out.fill = fill.fgColor.argb;
        if (out.value === null && !out.formula && !out.numberFormat && !out.fill) return;
        cells.push(out);
      });
    });
    const tables = ws.getTables().map((t) => {
      const model = (t as unknown as { table: { name: string; tableRef?: string; ref?: string } })
        .table;
      return { name: model.name, address: model.tableRef ?? model.ref ?? "" };
    });
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    sheets.push({
      name: ws.name,
      protected: protection?.sheet === true,
      cells,
      tables: tables.filter((t) => t.address),
    });
  });
  const names: { name: string; reference: string }[] = [];
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.ranges.length === 1) names.push({ name: n.name, reference: `=${n.ranges[0]}` });
  }
  return { sheets, names };
}
