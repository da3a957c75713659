/**
 * The follow-up tables through both adapters, on the shared fixture and our own layouts: the status
 * words and fills beside each table, nothing else changed, a second run identical, remove exact, and
 * workbook names that look like formulas written as text. Plus the command on the fixture.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { planRemoval } from "../../src/core/engine";
import type { Report } from "../../src/core/report";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { createFakeExcel } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import { followupWorkbook } from "../helpers/followup";
import {
  analyzeFake,
  analyzeXlsx,
  dumpXlsx,
  FIXTURES,
  lostCells,
  lostFakeCells,
  outputsOf,
  type Dump,
} from "../helpers/run";
import { toFakeSeed, toXlsx } from "../helpers/spec";
import { captureIo, tempCopy } from "../support/files";

jest.setTimeout(60_000);

const FIXTURE = path.join(FIXTURES, "handlingsplaner-mal-2022.xlsx");

function cells(d: Dump, sheet: string, addresses: string[]): [unknown, string | null][] {
  const s = d.sheets.find((x) => x.name === sheet)!;
  return addresses.map((a) => [s.cells[a]?.value ?? null, s.cells[a]?.fill ?? null]);
}

const col = (letter: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${letter}${from + i}`);

async function removeXlsx(buf: Buffer): Promise<Buffer> {
  const wb = await XlsxWorkbook.fromBuffer(buf);
  await wb.apply(planRemoval(await wb.read()));
  return wb.toBuffer();
}

describe("handlingsplaner-mal-2022.xlsx through ExcelJS", () => {
  let input: Buffer;
  let first: Awaited<ReturnType<typeof analyzeXlsx>>;
  let before: Dump;
  let out1: Dump;
  beforeAll(async () => {
    input = readFileSync(FIXTURE);
    first = await analyzeXlsx(input);
    [before, out1] = await Promise.all([dumpXlsx(input), dumpXlsx(first.output)]);
  });

  it("writes a status column right of each table with the words and fills of the vocabulary", () => {
    const G = "FFC6EFCE";
    const Y = "FFFFEB9C";
    const R = "FFFFC7CE";
    const GREY = "FFD9D9D9";
    expect(cells(out1, "Handlingsplaner", col("G", 4, 16))).toEqual([
      ["Status aktivitet", null],
      ["Pågår", Y],
      ["Klar", G],
      ["Försenad", R],
      ["Klar", G],
      ["Pågår", Y],
      ["Löpande", null],
      ["Försenad", R],
      ["Försenad", R],
      ["Löpande", null],
      ["Ej påbörjad", GREY],
      ["Försenad", R],
      ["Löpande", null],
    ]);
    expect(cells(out1, "Mål", col("D", 3, 8))).toEqual([
      ["Status mål", null],
      ["Uppfyllt", G],
      ["Delvis uppfyllt", Y],
      ["Uppfyllt", G],
      ["Ej uppfyllt", R],
      ["Kan ej bedömas", GREY],
    ]);
    expect(cells(out1, "Internkontroll", col("E", 1, 4))).toEqual([
      ["Status kontroll", null],
      ["Ingen avvikelse", G],
      ["Mindre avvikelse", Y],
      ["Stor avvikelse", R],
    ]);
  });

  it("changes no cell of the user's, and a second run gives the same workbook", async () => {
    const second = await analyzeXlsx(first.output);
    expect(lostCells(before, out1, outputsOf(second.markers))).toEqual([]);
    expect(await dumpXlsx(second.output)).toEqual(out1);
    expect(second.result.report.actions).toEqual(first.result.report.actions);
    expect(
      Object.keys(out1.names)
        .filter((n) => !n.startsWith("Uppfoljning_FP_"))
        .sort(),
    ).toEqual([
      "Uppfoljning_Analys",
      "Uppfoljning_StatusAktivitet",
      "Uppfoljning_StatusKontroll",
      "Uppfoljning_StatusMal",
    ]);
  });

  it("remove takes away exactly what was written", async () => {
    const removed = await dumpXlsx(await removeXlsx(first.output));
    expect(removed.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(removed.sheets).toEqual(before.sheets);
    expect(removed.names).toEqual({});
  });

  it("puts a table per kind on the Analys sheet: overdue actions first, with word, fill and end date", () => {
    const a = out1.sheets.find((s) => s.name === "Analys")!;
    // The sheet's rows as lists of [value, fill], to read a table row by its first cell.
    const rows = new Map<number, [unknown, string | null][]>();
    for (const [addr, c] of Object.entries(a.cells)) {
      const r = Number(/\d+$/.exec(addr)![0]);
      rows.set(r, [...(rows.get(r) ?? []), [c.value, c.fill]]);
    }
    const rowOf = (first: string): [unknown, string | null][] =>
      [...rows.values()].find((r) => r[0][0] === first) ?? [];
    const texts = Object.values(a.cells).map((c) => c.value);
    for (const caption of [
      "Mål och bedömning",
      "Aktiviteter och status",
      "Kontrollmoment och resultat",
    ])
      expect(texts).toContain(caption);
    const order = [...rows.entries()]
      .sort(([x], [y]) => x - y)
      .map(([, r]) => r[0][0])
      .filter((v) => typeof v === "string");
    const start = order.indexOf("Aktivitet");
    // Overdue first, earliest end date first; then the rest in the sheet's order.
    expect(order.slice(start + 1, start + 6)).toEqual([
      "Scania projektet",
      "Satsning kategoristyrning",
      "Internkontrollplan",
      "Omhändertagande av förbättringsförslag",
      "Tillgänglighetskrav (vid upphandling)",
    ]);
    expect(rowOf("Scania projektet").slice(0, 3)).toEqual([
      ["Scania projektet", null],
      ["Försenad", "FFFFC7CE"],
      ["2022-09-30", null],
    ]);
    // Löpande is a word without a fill, as the map's legend.
    expect(rowOf("Uppmuntra friskvårdsaktiviteter")[1]).toEqual(["Löpande", null]);
    expect(
      rowOf("Risk att byte av tredjepartsdistributör stör varuförsörjningen till vården.")[2],
    ).toEqual(["Stor avvikelse", "FFFFC7CE"]);
    expect(rowOf("4.2.1 Ekonomi i balans inom givna ramar.")[1]).toEqual([
      "Kan ej bedömas",
      "FFD9D9D9",
    ]);
    expect(texts).toContain(
      "Antal: Försenad 4, Pågår 2, Klar 2, Löpande 3, Ej påbörjad 1. Försenad: inte klar, inte löpande och slutdatum senast 2022-12-31 (periodens slut).",
    );
  });
});

describe("handlingsplaner-mal-2022.xlsx through Office.js on the fake", () => {
  it("writes the same cells as ExcelJS, a re-run changes nothing, remove restores the input", async () => {
    const fake = createFakeExcel(await seedFromXlsx(FIXTURE));
    const before = fake.snapshotCells();
    const first = await analyzeFake(fake);
    const after = fake.snapshotCells();
    const markers = (await new OfficeWorkbook(fake.Excel.run).read()).markers;
    expect(lostFakeCells(before, after, outputsOf(markers))).toEqual([]);
    const sheet = after.sheets.find((s) => s.name === "Handlingsplaner")!;
    // The fake records fills the way Excel reports them: "#RRGGBB".
    expect([sheet.cells.G11.value, sheet.cells.G11.fill]).toEqual(["Försenad", "#FFC7CE"]);
    expect(sheet.cells.G10.value).toBe("Löpande");
    expect(sheet.cells.G10.fill).toBeUndefined();

    const second = await analyzeFake(fake);
    expect(fake.snapshotCells()).toEqual(after);
    expect(second.report.goals).toEqual(first.report.goals);

    const wb = new OfficeWorkbook(fake.Excel.run);
    await wb.apply(planRemoval(await wb.read()));
    expect(fake.snapshotCells().sheets).toEqual(before.sheets);
  });
});

describe("our own layouts through both adapters", () => {
  it("ExcelJS: date cells read as dates, our column moves past the user's note, formula-like names stay text, re-run and remove exact", async () => {
    const input = await toXlsx(followupWorkbook());
    const first = await analyzeXlsx(input);
    const second = await analyzeXlsx(first.output);
    const [before, out1, out2] = await Promise.all([
      dumpXlsx(input),
      dumpXlsx(first.output),
      dumpXlsx(second.output),
    ]);
    expect(first.result.report.actions?.items[0]).toMatchObject({
      start: "2025-01-01",
      end: "2025-06-30",
    });
    // G7 holds the user's note: the status column is H, with a note saying so.
    expect(cells(out1, "Aktiviteter", ["G5", "H5", "H8", "H15", "H16"])).toEqual([
      [null, null],
      ["Status aktivitet", null],
      ["Försenad", "FFFFC7CE"],
      ["Försenad", "FFFFC7CE"],
      ["Kan ej bedömas", "FFD9D9D9"],
    ]);
    expect(first.result.analysis.diagnostics.map((d) => d.code)).toContain("outputColumnMoved");
    expect(cells(out1, "Nämndens mål", ["E3", "E5", "E6", "E8", "E12"])).toEqual([
      ["Status mål", null],
      ["Enligt plan", "FFC6EFCE"],
      ["Risk för avvikelse", "FFFFEB9C"],
      ["Avviker från plan", "FFFFC7CE"],
      ["Kan ej bedömas", "FFD9D9D9"],
    ]);
    expect(cells(out1, "Internkontrollplan", ["H2", "H5", "H7"])).toEqual([
      ["Status kontroll", null],
      ["Stor avvikelse", "FFFFC7CE"],
      ["Kan ej bedömas", "FFD9D9D9"],
    ]);
    expect(lostCells(before, out1, outputsOf(second.markers))).toEqual([]);
    expect(out2).toEqual(out1);

    // The overdue action named =HYPERLINK(…) is listed on the Analys sheet as text, never a formula.
    const analys = out1.sheets.find((s) => s.name === "Analys")!;
    const link = Object.values(analys.cells).find((c) => c.value === '=HYPERLINK("http://x")')!;
    expect(link).toMatchObject({ formula: null, numFmt: "@" });

    const removed = await dumpXlsx(await removeXlsx(first.output));
    expect(removed.sheets).toEqual(before.sheets);
  });

  it("Office.js: the same words and fills, the name as text, re-run unchanged, remove exact", async () => {
    const fake = createFakeExcel(toFakeSeed(followupWorkbook()));
    const before = fake.snapshotCells();
    await analyzeFake(fake);
    const after = fake.snapshotCells();
    const markers = (await new OfficeWorkbook(fake.Excel.run).read()).markers;
    expect(lostFakeCells(before, after, outputsOf(markers))).toEqual([]);
    const act = after.sheets.find((s) => s.name === "Aktiviteter")!.cells;
    expect([act.H8.value, act.H8.fill, act.H14.value, act.H14.fill]).toEqual([
      "Försenad",
      "#FFC7CE",
      "Löpande",
      undefined,
    ]);
    const analys = after.sheets.find((s) => s.name === "Analys")!.cells;
    const link = Object.values(analys).find((c) => c.value === '=HYPERLINK("http://x")')!;
    expect(link.formula ?? null).toBeNull();
    expect(link.numberFormat).toBe("@");

    await analyzeFake(fake);
    expect(fake.snapshotCells()).toEqual(after);
    const wb = new OfficeWorkbook(fake.Excel.run);
    await wb.apply(planRemoval(await wb.read()));
    expect(fake.snapshotCells().sheets).toEqual(before.sheets);
  });
});

describe("uppfoljning analyze on a workbook with only follow-up tables", () => {
  it("exits 0, prints the tables found and writes the report JSON with dates as YYYY-MM-DD", async () => {
    const { dir, file } = tempCopy("handlingsplaner-mal-2022.xlsx");
    const io = captureIo();
    const json = path.join(dir, "r.json");
    const code = await main(["analyze", file, "--json", json], io);
    expect(code).toBe(0);
    expect(io.stdout()).toContain("Handlingsplaner: Handlingsplaner!A4:F16 (12 rader)");
    expect(io.stdout()).toContain("  Scania projektet: Försenad (2022-09-30)");
    const report = JSON.parse(readFileSync(json, "utf8")) as Report;
    expect(report.goals?.items.map((i) => i.status)).toEqual([
      "green",
      "yellow",
      "green",
      "red",
      "grey",
    ]);
    expect(report.actions?.items.filter((i) => i.overdue).map((i) => i.name)).toEqual([
      "Satsning kategoristyrning",
      "Scania projektet",
      "Internkontrollplan",
      "Omhändertagande av förbättringsförslag",
    ]);
    for (const i of report.actions?.items ?? []) {
      expect(i.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(i.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(report.controls?.items.filter((i) => i.status === "red").map((i) => i.risk)).toEqual([
      "Risk att byte av tredjepartsdistributör stör varuförsörjningen till vården.",
    ]);
  });

  it("--lang en gives English words and sections", async () => {
    const { file } = tempCopy("handlingsplaner-mal-2022.xlsx");
    const io = captureIo();
    const code = await main(["analyze", file, "--lang", "en", "--text", "-"], io);
    expect(code).toBe(0);
    expect(io.stdout()).toContain("Action plans and activities");
    expect(io.stdout()).toContain("2 of 5 goals are met.");
    // With the text on stdout, the findings go to stderr.
    expect(io.stderr()).toContain("  Scania projektet: Late (2022-09-30)");
  });
});
