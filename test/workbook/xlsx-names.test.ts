/**
 * The xlsx adapter keeps defined names as range texts (src/workbook/xlsx/names.ts) instead of
 * ExcelJS's one object per cell. What a file says about its names must come out the same as
 * ExcelJS's own store gives it: the user's names kept, ours added and moved, constants dropped.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";

async function fileWithNames(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Resultaträkning");
  ws.getCell("A1").value = "Intäkter";
  ws.getCell("B1").value = 100;
  wb.addWorksheet("Blad2").getCell("C3").value = 1;
  wb.definedNames.add("'Resultaträkning'!$A$1:$B$4", "Data");
  wb.definedNames.add("Blad2!$C$3", "Enskild");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Names as a plain ExcelJS load sees them (its own store), sorted. */
async function namesInFile(buf: Buffer): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: Record<string, string[]> = {};
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[])
    out[n.name] = [...n.ranges].sort();
  return out;
}

describe("xlsx adapter: defined names", () => {
  it("round-trips the user's names and writes, moves and deletes ours, whole ranges included", async () => {
    const input = await fileWithNames();
    const before = await namesInFile(input);
    const wb = await XlsxWorkbook.fromBuffer(input);
    const range = { top: 3, bottom: 20_003, left: 4, right: 4 };
    await wb.apply({
      steps: [
        { kind: "setMarker", name: "Uppfoljning_Status", sheet: "Resultaträkning", range },
        { kind: "setMarker", name: "Uppfoljning_Tmp", sheet: "Blad2", range },
        { kind: "deleteMarker", name: "Uppfoljning_Tmp" },
      ],
    });
    const moved = { ...range, left: 5, right: 5 };
    await wb.apply({
      steps: [
        { kind: "setMarker", name: "Uppfoljning_Status", sheet: "Resultaträkning", range: moved },
      ],
    });
    const after = await namesInFile(await wb.toBuffer());
    expect(after).toEqual({
      ...before,
      Uppfoljning_Status: ["'Resultaträkning'!$F$4:$F$20004"],
    });
    const snapshot = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).read();
    expect(snapshot.markers).toContainEqual({
      name: "Uppfoljning_Status",
      sheet: "Resultaträkning",
      range: moved,
    });
    expect(snapshot.markers).toContainEqual({
      name: "Data",
      sheet: "Resultaträkning",
      range: { top: 0, bottom: 3, left: 0, right: 1 },
    });
  });

  it("refuses the cell-level and row-shifting calls it does not model, rather than leave names wrong", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await fileWithNames());
    const ws = wb.workbook.getWorksheet("Resultaträkning") as ExcelJS.Worksheet;
    expect(() => ws.spliceRows(1, 1)).toThrow(/not supported/);
    expect(() => ws.getCell("A1").names).toThrow(/not supported/);
  });
});
