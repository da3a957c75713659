/**
 * The Analys sheet as both adapters write it: page setup, header/footer, print titles, merges, row
 * heights and data bars in the written .xlsx (read back from the file's XML), and the same through
 * Office.js on the recording fake — replaced on a re-run, gone after removal, never on the user's sheets.
 */
import fs from "fs";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { planRemoval, runEngine } from "../../src/core/engine";
import { withDefaults } from "../../src/core/settings";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { createFakeExcel } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import { tempCopy } from "../support/files";

const settings = withDefaults({});

async function writtenXlsx(): Promise<Buffer> {
  const { file } = tempCopy("inkop-q1-2025.xlsx");
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(file));
  await wb.apply(runEngine(await wb.read(), settings).plan);
  return wb.toBuffer();
}

async function sheetXml(buf: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const sheets = [...(workbook ?? "").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const index = sheets.indexOf(name) + 1;
  const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)?.async("string");
  if (!xml) throw new Error(`no sheet ${name}`);
  return xml;
}

describe("the Analys sheet in the written .xlsx (ExcelJS)", () => {
  let buf: Buffer;
  let ws: ExcelJS.Worksheet;
  let xml: string;
  beforeAll(async () => {
    buf = await writtenXlsx();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    ws = wb.getWorksheet("Analys") as ExcelJS.Worksheet;
    xml = await sheetXml(buf, "Analys");
  });

  it("prints A4 portrait, fit to one page wide, with header, footer and print titles", async () => {
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="portrait"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>/s);
    expect(xml).toContain("<oddHeader>&amp;LInköpsnämnden&amp;Rjanuari–mars 2025</oddHeader>");
    expect(xml).toContain("&amp;RSida &amp;P av &amp;N</oddFooter>");
    const header = ws.getColumn(1).values.findIndex((v) => v === "Rad");
    const zip = await JSZip.loadAsync(buf);
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const titles = /<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]+)</.exec(
      workbook,
    );
    expect(titles?.[1]).toBe("2"); // the third sheet, Analys
    expect(titles?.[2].replace(/&apos;/g, "'")).toBe(`'Analys'!$${header}:$${header}`);
  });

  it("merges paragraphs across the width and gives them the height of their lines", () => {
    const paragraph = ws
      .getColumn(1)
      .values.findIndex((v) => typeof v === "string" && v.startsWith("Inköpsnämnden redovisar"));
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    const last = ws.columnCount;
    const letter = String.fromCharCode(64 + last);
    expect(merges).toContain(`A${paragraph}:${letter}${paragraph}`);
    expect(ws.getRow(paragraph).height).toBeGreaterThan(15);
    expect(ws.getCell(paragraph, 1).alignment).toMatchObject({ wrapText: true });
  });

  it("puts data bars with a middle axis and a red negative on the deviation columns only", () => {
    const header = ws.getColumn(1).values.findIndex((v) => v === "Rad");
    const row = ws.getRow(header).values as unknown[];
    const dev = String.fromCharCode(64 + row.indexOf("Avvikelse"));
    const full = String.fromCharCode(64 + row.indexOf("Avvikelse helår"));
    const refs = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual([
      `${dev}${header + 1}:${dev}${header + 9}`,
      `${full}${header + 1}:${full}${header + 9}`,
    ]);
    expect(xml).toMatch(/<x14:dataBar [^>]*axisPosition="middle"/);
    expect(xml).toContain('<x14:negativeFillColor rgb="FFF8696B"/>');
    expect(xml).toContain('<color rgb="FF63BE7B"/>');
  });

  it("writes no conditional format on the user's sheets, and widens the status columns", async () => {
    expect(await sheetXml(buf, "Resultaträkning")).not.toContain("conditionalFormatting");
    expect(await sheetXml(buf, "Indikatorer")).not.toContain("conditionalFormatting");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const rr = wb.getWorksheet("Resultaträkning") as ExcelJS.Worksheet;
    expect(rr.getColumn(11).width).toBeGreaterThanOrEqual(16); // Status prognos
  });

  it("keeps two data bars after a re-run and none after removal", async () => {
    const again = await XlsxWorkbook.fromBuffer(buf);
    await again.apply(runEngine(await again.read(), settings).plan);
    const rerun = await again.toBuffer();
    expect((await sheetXml(rerun, "Analys")).match(/<conditionalFormatting /g)).toHaveLength(2);
    const removed = await XlsxWorkbook.fromBuffer(rerun);
    await removed.apply(planRemoval(await removed.read()));
    const zip = await JSZip.loadAsync(await removed.toBuffer());
    for (const f of Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet")))
      expect(await zip.file(f)?.async("string")).not.toContain("conditionalFormatting");
  });
});

describe("the indicators on the Analys sheet", () => {
  it("reads as the pane shows them: in their unit, and a ceiling's distance rather than a percentage", async () => {
    const { file } = tempCopy("inkop-indikatorer-2019.xlsx");
    const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(file));
    await wb.apply(runEngine(await wb.read(), settings).plan);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = out.getWorksheet("Analys") as ExcelJS.Worksheet;
    // Each row's written cells (merged neighbours are empty), as text.
    const row = (first: string): unknown[] => {
      const n = ws.getColumn(1).values.findIndex((v) => v === first);
      const values = (ws.getRow(n).values as unknown[]).slice(1);
      return values.filter((v) => v !== null && v !== undefined);
    };
    expect(row("Indikator")).toEqual([
      "Indikator",
      "Målvärde",
      "Utfall",
      "Måluppfyllelse",
      "Bedömning",
      "Anmärkning",
    ]);
    expect(row("Sjukfrånvarotid i relation till ordinarie arbetstid")).toEqual([
      "Sjukfrånvarotid i relation till ordinarie arbetstid",
      "högst 4,2\u00a0%",
      "3,94\u00a0%",
      "0,26 procentenheter under taket",
      "Uppfyllt",
    ]);
    expect(row("Antal elektroniska beställningar Sörmland").slice(1, 2)).toEqual(["61\u00a0735"]);
    expect(row("Samordnade upphandlingar").slice(1, 4)).toEqual([
      "minst 30\u00a0st",
      "28\u00a0st",
      "93\u00a0%",
    ]);
  });
});

describe("the Analys sheet through Office.js (recording fake)", () => {
  it("sets page layout, print titles, merges, row heights and data bars; a re-run replaces them", async () => {
    const { file } = tempCopy("inkop-q1-2025.xlsx");
    const fake = createFakeExcel(await seedFromXlsx(file));
    const office = new OfficeWorkbook(fake.Excel.run);
    const plan = runEngine(await office.read(), settings).plan;
    await office.apply(plan);
    const step = plan.steps.find((s) => s.kind === "replaceSheet");
    if (!step || step.kind !== "replaceSheet") throw new Error("no analysis sheet");
    const analys = () => fake.snapshotCells().sheets.find((s) => s.name === "Analys");
    const layout = analys()?.layout;
    if (!layout) throw new Error("no layout recorded");
    const header = (step.pageSetup?.printTitleRows?.top ?? -1) + 1;
    expect(layout.page).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 36,
      leftHeader: "Inköpsnämnden",
      rightHeader: "januari–mars 2025",
      rightFooter: "Sida &P av &N",
      printTitleRows: `$${header}:$${header}`,
    });
    // Every merged row of the plan, row by row (merge(true) on each range).
    const planned = (step.mergeAcross ?? []).reduce((n, m) => n + m.bottom - m.top + 1, 0);
    expect(layout.merges).toHaveLength(planned);
    expect(planned).toBeGreaterThan(10);
    (step.rowHeights ?? []).forEach((h, i) => {
      if (h !== null) expect(layout.rowHeights[i + 1]).toBe(h);
    });
    expect(layout.conditionalFormats).toHaveLength(2);
    expect(layout.conditionalFormats[0]).toMatchObject({
      type: "DataBar",
      dataBar: {
        axisFormat: "CellMidPoint",
        positiveFormat: { fillColor: "#63BE7B" },
        negativeFormat: { fillColor: "#F8696B", matchPositiveFillColor: false },
      },
    });
    // Font sizes reached the cells: the key-figure table at 9 pt.
    const user = fake.snapshotCells().sheets.filter((s) => s.name !== "Analys");
    expect(
      user.every((s) => s.layout === undefined || s.layout.conditionalFormats.length === 0),
    ).toBe(true);

    await office.apply(runEngine(await office.read(), settings).plan);
    expect(analys()?.layout?.conditionalFormats).toHaveLength(2);
    expect(analys()?.layout?.merges).toHaveLength(planned);

    await office.apply(planRemoval(await office.read()));
    expect(analys()).toBeUndefined();
  });
});
