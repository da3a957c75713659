/**
 * Named hostile cases on workbook content, through the ExcelJS adapter (files) and, where the fake
 * models it, the Office adapter: formula-like text, odd sheet names, a 5 000-character label, a row of
 * error values, a repeated header, two statements, hidden rows/columns and merged data cells.
 */
import ExcelJS from "exceljs";
import { parseQualifiedAddress, quoteSheetName } from "../../src/core/address";
import { commentaryToText } from "../../src/core/commentary";
import { createFakeExcel } from "../fakes/excel";
import { FORMULA_LIKE, HOSTILE_SHEET_NAMES } from "../helpers/hostile";
import { analyzeFake, analyzeXlsx, dumpXlsx, lostCells, outputsOf } from "../helpers/run";
import {
  emptySheet,
  put,
  toFakeSeed,
  toXlsx,
  type SheetSpec,
  type SpecValue,
  type WorkbookSpec,
} from "../helpers/spec";
import { OfficeWorkbook } from "../../src/workbook/office";

jest.setTimeout(60_000);

type Row = [string, ...SpecValue[]];

/** A statement with header "Resultatrader | Ack utfall | Ack budget | Kommentar" at row 3 (0-based 2). */
function statement(
  name: string,
  rows: Row[],
  headers = ["Resultatrader", "Ack utfall", "Ack budget", "Kommentar"],
  top = 2,
): SheetSpec {
  const s = emptySheet(name);
  put(s, 0, 0, "Resultaträkning per 2025-03-31 (tkr)");
  headers.forEach((h, c) => put(s, top, c, h));
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && put(s, top + 1 + i, c, v)));
  return s;
}

const HOSTILE_ROWS: Row[] = [
  ["Kostnader", null, null, null],
  ['=HYPERLINK("http://example.invalid","Personalkostnader")', -8814, -9302, "+cmd|' /C calc'!A0"],
  ["+cmd|' /C calc'!A0", -490, -729, '=HYPERLINK("http://example.invalid","x")'],
  ["-Lokalkostnader", -804, -623, "@SUM(A1:A2)"],
  ["@Övriga kostnader", -300, -100, "-2+3"],
];

/** Every formula in an .xlsx, as sheet!cell → formula. */
async function formulasIn(buf: Buffer): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          out[`${ws.name}!${cell.address}`] = cell.formula;
      }),
    ),
  );
  return out;
}

describe("text that looks like a formula stays text", () => {
  const spec: WorkbookSpec = { sheets: [statement("Resultaträkning", HOSTILE_ROWS)] };

  it("ExcelJS: no new formula anywhere; labels and comments are string cells in the Analys sheet; status columns hold status words", async () => {
    const input = await toXlsx(spec);
    const { result, output } = await analyzeXlsx(input);
    expect(result.analysis.statement?.rows.map((r) => r.label)).toEqual(
      HOSTILE_ROWS.slice(1).map((r) => r[0]),
    );
    expect(await formulasIn(output)).toEqual(await formulasIn(input));
    const dump = await dumpXlsx(output);
    const analys = dump.sheets.find((s) => s.name === "Analys");
    const texts = Object.values(analys?.cells ?? {}).map((c) => c.value);
    for (const label of HOSTILE_ROWS.slice(1).map((r) => r[0])) expect(texts).toContain(label);
    const rr = dump.sheets.find((s) => s.name === "Resultaträkning");
    const status = Object.entries(rr?.cells ?? {})
      .filter(([a]) => a.startsWith("E") && a !== "E3")
      .map(([, c]) => c.value);
    expect(status.length).toBe(4);
    for (const v of status) expect(["Gynnsam", "Bevaka", "Ogynnsam"]).toContain(v);
  });

  it("plain-text commentary: no line begins with = + - @, and the labels are quoted, not dropped", async () => {
    const { result } = await analyzeXlsx(await toXlsx(spec));
    const text = commentaryToText(result.commentary);
    for (const line of text.split("\n")) expect(line).not.toMatch(/^[=+\-@]/);
    expect(text).toContain("+cmd|' /C calc'!A0");
  });

  it("Office adapter on the fake: the same texts arrive as text, not as formulas", async () => {
    const fake = createFakeExcel(toFakeSeed(spec));
    const before = fake.snapshotCells();
    const result = await analyzeFake(fake);
    expect(result.analysis.statement?.rows).toHaveLength(4);
    const after = fake.snapshotCells();
    const formulas = (snap: typeof after) =>
      snap.sheets.flatMap((s) =>
        Object.entries(s.cells)
          .filter(([, c]) => c.formula)
          .map(([a, c]) => `${s.name}!${a}=${c.formula}`),
      );
    expect(formulas(after)).toEqual(formulas(before));
    const analys = after.sheets.find((s) => s.name === "Analys");
    const texts = Object.values(analys?.cells ?? {}).map((c) => c.value);
    for (const label of HOSTILE_ROWS.slice(1).map((r) => r[0])) expect(texts).toContain(label);
    for (const t of FORMULA_LIKE) if (texts.includes(t)) expect(typeof t).toBe("string");
  });
});

describe("sheet names with spaces, quotes, Swedish letters, reference look-alikes and 31 characters", () => {
  const rows: Row[] = [
    ["Personalkostnader", -8814, -9302, null],
    ["Lokalkostnader", -490, -429, null],
  ];
  for (const name of HOSTILE_SHEET_NAMES) {
    it(`${JSON.stringify(name)}: every address names the sheet, markers read back to it, a second run changes nothing (ExcelJS and Office)`, async () => {
      expect(name.length).toBeLessThanOrEqual(31);
      const spec: WorkbookSpec = { sheets: [statement(name, rows)] };
      const first = await analyzeXlsx(await toXlsx(spec));
      const report = first.result.report;
      const addresses = [
        report.statement?.range,
        ...(report.statement?.checks ?? []).map((c) => c.cell),
        ...report.diagnostics.map((d) => d.cell),
      ].filter((a): a is string => !!a);
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) {
        expect(a.startsWith(`${quoteSheetName(name)}!`)).toBe(true);
        expect(parseQualifiedAddress(a)?.sheet).toBe(name);
      }
      const second = await analyzeXlsx(first.output);
      expect(second.markers.find((m) => m.name === "Uppfoljning_Status")?.sheet).toBe(name);
      expect(await dumpXlsx(second.output)).toEqual(await dumpXlsx(first.output));

      const fake = createFakeExcel(toFakeSeed(spec));
      await analyzeFake(fake);
      const afterFirst = fake.snapshotCells();
      const markers = (await new OfficeWorkbook(fake.Excel.run).read()).markers;
      expect(markers.find((m) => m.name === "Uppfoljning_Status")?.sheet).toBe(name);
      await analyzeFake(fake);
      expect(fake.snapshotCells()).toEqual(afterFirst);
    });
  }
});

describe("awkward content", () => {
  it("a 5 000-character label is analysed and written whole (both adapters)", async () => {
    const label = `Personalkostnader ${"x".repeat(5000 - 18)}`;
    expect(label).toHaveLength(5000);
    const spec: WorkbookSpec = { sheets: [statement("RR", [[label, -8814, -9302, null]])] };
    const { result, output } = await analyzeXlsx(await toXlsx(spec));
    expect(result.analysis.statement?.rows[0].label).toBe(label);
    const analys = (await dumpXlsx(output)).sheets.find((s) => s.name === "Analys");
    expect(Object.values(analys?.cells ?? {}).some((c) => c.value === label)).toBe(true);
    const fake = createFakeExcel(toFakeSeed(spec));
    await analyzeFake(fake);
    expect(
      Object.values(fake.snapshotCells().sheets.find((s) => s.name === "Analys")?.cells ?? {}).some(
        (c) => c.value === label,
      ),
    ).toBe(true);
  });

  for (const where of ["in the middle", "last"] as const) {
    it(`a row of error values (${where}) gives a diagnostic per cell, no zero and no status for that row`, async () => {
      const errors: Row = [
        "Lokalkostnader",
        { error: "#REF!" },
        { error: "#N/A" },
        { error: "#DIV/0!" },
      ];
      const rows: Row[] = [
        ["Personalkostnader", -8814, -9302, null],
        errors,
        ["Övriga kostnader", -804, -823, null],
      ];
      if (where === "last") rows.push(rows.splice(1, 1)[0]);
      const errorRow = 3 + rows.indexOf(errors) + 1;
      const { result, output } = await analyzeXlsx(
        await toXlsx({ sheets: [statement("RR", rows)] }),
      );
      const cells = result.analysis.diagnostics
        .filter((d) => d.code === "cellError")
        .map((d) => d.cell);
      expect(cells).toEqual(expect.arrayContaining([`RR!B${errorRow}`, `RR!C${errorRow}`]));
      const row = result.analysis.statement?.rows.find((r) => r.label === "Lokalkostnader");
      expect(row?.actual ?? null).toBeNull();
      expect(row?.status ?? "none").toBe("none");
      const rr = (await dumpXlsx(output)).sheets.find((s) => s.name === "RR");
      expect(rr?.cells[`B${errorRow}`].value).toEqual({ error: "#REF!" });
      expect(rr?.cells[`E${errorRow}`]?.value ?? null).toBeNull();
    });
  }

  it("a header repeated further down (a pasted page break) starts a second table: the first is used, the second reported", async () => {
    const s = statement("RR", [
      ["Personalkostnader", -8814, -9302, null],
      ["Lokalkostnader", -490, -529, null],
    ]);
    ["Resultatrader", "Ack utfall", "Ack budget", "Kommentar"].forEach((h, c) => put(s, 6, c, h));
    put(s, 7, 0, "Övriga kostnader");
    put(s, 7, 1, -804);
    put(s, 7, 2, -823);
    const { result } = await analyzeXlsx(await toXlsx({ sheets: [s] }));
    expect(result.report.statement?.range).toBe("RR!A3:D5");
    expect(
      result.analysis.diagnostics
        .filter((d) => d.code === "extraStatementTable")
        .map((d) => d.cell),
    ).toEqual(["RR!A7:D8"]);
  });

  it("a header cell written twice in one row: one column is used, deterministically, nothing crashes", async () => {
    const spec = {
      sheets: [
        statement(
          "RR",
          [["Personalkostnader", -8814, -9302, -9000]],
          ["Resultatrader", "Ack utfall", "Ack budget", "Ack budget"],
        ),
      ],
    };
    const a = await analyzeXlsx(await toXlsx(spec));
    const b = await analyzeXlsx(await toXlsx(spec));
    expect(a.result.analysis.statement?.rows[0].budget).toBe(-9302);
    expect(b.result.report).toEqual(a.result.report);
  });

  it("two statement tables in one workbook: the first is analysed, the other reported with its range", async () => {
    const one = statement("Nämnd A", [["Personalkostnader", -8814, -9302, null]]);
    const two = statement("Nämnd B", [["Personalkostnader", -100, -90, null]]);
    const { result, output } = await analyzeXlsx(await toXlsx({ sheets: [one, two] }));
    expect(result.report.statement?.sheet).toBe("Nämnd A");
    expect(result.analysis.diagnostics.find((d) => d.code === "extraStatementTable")?.cell).toBe(
      "'Nämnd B'!A3:D4",
    );
    const b = (await dumpXlsx(output)).sheets.find((s) => s.name === "Nämnd B");
    expect(Object.keys(b?.cells ?? {}).sort()).toEqual([
      "A1",
      "A3",
      "A4",
      "B3",
      "B4",
      "C3",
      "C4",
      "D3",
    ]);
  });

  it("hidden rows and columns are analysed, and the output leaves them hidden", async () => {
    const s = statement("RR", [
      ["Personalkostnader", -8814, -9302, null],
      ["Lokalkostnader", -490, -329, null],
      ["Övriga kostnader", -804, -823, null],
    ]);
    s.hiddenRows = [4];
    s.hiddenCols = [2];
    const input = await toXlsx({ sheets: [s] });
    const { result, output } = await analyzeXlsx(input);
    expect(result.analysis.statement?.rows.map((r) => r.label)).toEqual([
      "Personalkostnader",
      "Lokalkostnader",
      "Övriga kostnader",
    ]);
    expect(result.analysis.statement?.rows[1].status).toBe("red");
    const after = (await dumpXlsx(output)).sheets.find((x) => x.name === "RR");
    expect(after?.hiddenRows).toEqual([4]);
    expect(after?.hiddenCols).toEqual([2]);
    expect(after?.cells.E5.value).toBe("Ogynnsam");
  });

  it("merged cells in the data area: analysed without loss, merges kept, no output into a merged cell", async () => {
    const s = statement("RR", [
      ["Personalkostnader", -8814, -9302, null],
      ["Lokalkostnader", -490, -429, null],
      ["Övriga kostnader", -804, -823, null],
    ]);
    put(s, 4, 3, "Gäller två rader");
    s.merges.push({ top: 4, left: 3, bottom: 5, right: 3 });
    put(s, 3, 4, "Not");
    s.merges.push({ top: 3, left: 4, bottom: 3, right: 5 });
    const input = await toXlsx({ sheets: [s] });
    const { result, output } = await analyzeXlsx(input);
    expect(result.analysis.statement?.rows).toHaveLength(3);
    const second = await analyzeXlsx(output);
    const outputs = outputsOf(second.markers);
    expect(lostCells(await dumpXlsx(input), await dumpXlsx(output), outputs)).toEqual([]);
    for (const m of outputs.columns)
      for (const g of s.merges)
        expect(
          m.range.left >= g.left &&
            m.range.left <= g.right &&
            m.range.bottom >= g.top &&
            m.range.top <= g.bottom,
        ).toBe(false);
    expect(await dumpXlsx(second.output)).toEqual(await dumpXlsx(output));
  });
});
