/**
 * Node-only: builds a FakeSeed from an .xlsx file through ExcelJS, so the Office adapter is tested
 * on the same fixture workbooks as the command. Kept apart from the fake, which runs in a browser.
 */
import ExcelJS from "exceljs";
import type { FakeScalar, FakeSeed, FakeSeedCell, FakeSeedSheet } from "./model";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function scalar(v: unknown): FakeScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return o.error;
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if (typeof o.text === "string") return o.text; // hyperlink
  }
  return String(v);
}

export async function seedFromXlsx(path: string): Promise<FakeSeed> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: FakeSeedSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: FakeSeedCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const out: FakeSeedCell = { address: cell.address, value: null };
        if (cell.type === ExcelJS.ValueType.Formula) {
          out.formula = `=${cell.formula}`;
          // cell.result, not cell.value.result: ExcelJS drops a cached result of 0 from the value object.
          out.value = scalar(cell.result);
        } else {
          out.value = scalar(cell.value);
        }
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
