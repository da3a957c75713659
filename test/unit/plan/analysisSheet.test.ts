/**
 * The Analys sheet laid out as a printed report, on the fixtures: A4 portrait at a readable scale,
 * paragraphs merged across the width with rows tall enough, the key-figure header as print title,
 * data bars on the deviation columns, and no more than three pages for the quarter's statement.
 */
import fs from "fs";
import path from "path";
import { runEngine } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/grid";
import { wrappedLines, lineHeight } from "../../../src/core/plan/measure";
import type { PlanStep } from "../../../src/core/plan/types";
import { withDefaults, type Lang } from "../../../src/core/settings";
import { widthToPoints } from "../../../src/workbook/office/writeOps";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/adapter";
import { settings, sheet } from "../../support/grid";

type SheetStep = Extract<PlanStep, { kind: "replaceSheet" }>;
const FIXTURES = path.resolve(__dirname, "../../fixtures");

async function analysisStep(fixture: string, lang: Lang): Promise<SheetStep> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(FIXTURES, fixture)));
  const { plan } = runEngine(await wb.read(), withDefaults({ lang }));
  const step = plan.steps.find((s): s is SheetStep => s.kind === "replaceSheet");
  if (!step) throw new Error("no analysis sheet");
  return step;
}

const A4 = { width: 8.27, height: 11.69 };
/** Printed scale and page count as a spreadsheet computes them from the plan's widths and heights. */
function printed(step: SheetStep): { scale: number; pages: number } {
  const p = step.pageSetup;
  if (!p) throw new Error("no page setup");
  const widthPt = step.columnWidths.reduce((s, w) => s + widthToPoints(w), 0);
  const printableW = (A4.width - p.margins.left - p.margins.right) * 72;
  const scale = Math.min(1, printableW / widthPt);
  const printableH = (A4.height - p.margins.top - p.margins.bottom) * 72;
  const rows = step.blocks[0].values.length;
  let pages = 1;
  let used = 0;
  for (let i = 0; i < rows; i++) {
    const h = (step.rowHeights?.[i] ?? 15) * scale;
    if (used + h > printableH) {
      pages++;
      used = 0;
    }
    used += h;
  }
  return { scale, pages };
}

describe.each(["sv", "en"] as const)("the Analys sheet of inkop-q1-2025.xlsx (%s)", (lang) => {
  let step: SheetStep;
  beforeAll(async () => {
    step = await analysisStep("inkop-q1-2025.xlsx", lang);
  });

  it("prints A4 portrait, one page wide, with organisation, period and page numbers", () => {
    expect(step.pageSetup).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      header: {
        left: "Inköpsnämnden",
        right: lang === "sv" ? "januari–mars 2025" : "January–March 2025",
      },
      footer: { right: lang === "sv" ? "Sida &P av &N" : "Page &P of &N" },
    });
  });

  it("fits label and amounts side by side at a readable scale, on at most 3 pages", () => {
    const { scale, pages } = printed(step);
    expect(scale).toBeGreaterThanOrEqual(0.85);
    expect(pages).toBeLessThanOrEqual(3);
    const values = step.blocks[0].values;
    const personal = values.find((r) => r[0] === "Personalkostnader");
    expect(personal?.slice(0, 6)).toEqual([
      "Personalkostnader",
      -8814,
      -9302,
      488,
      expect.closeTo(5.2, 1),
      lang === "sv" ? "Gynnsam" : "Favourable",
    ]);
  });

  it("repeats the key-figure header on printed pages and puts data bars on its deviation columns", () => {
    const values = step.blocks[0].values;
    const header = values.findIndex((r) => r[0] === (lang === "sv" ? "Rad" : "Line"));
    expect(step.pageSetup?.printTitleRows).toEqual({ top: header, bottom: header });
    const deviation = values[header].indexOf(lang === "sv" ? "Avvikelse" : "Deviation");
    const full = values[header].indexOf(lang === "sv" ? "Avvikelse helår" : "Forecast deviation");
    expect(step.conditionalFormats).toEqual([
      {
        kind: "dataBar",
        range: { top: header + 1, bottom: header + 9, left: deviation, right: deviation },
        positive: "FF63BE7B",
        negative: "FFF8696B",
      },
      {
        kind: "dataBar",
        range: { top: header + 1, bottom: header + 9, left: full, right: full },
        positive: "FF63BE7B",
        negative: "FFF8696B",
      },
    ]);
    // The rows under the bars are the key-figure lines with their numbers.
    expect(values[header + 1][deviation]).toBe(21);
    expect(values[header + 9][0]).toBe(lang === "sv" ? "Årets resultat" : "Årets resultat");
  });

  it("wraps every paragraph across the sheet's width, in rows tall enough for its lines", () => {
    const values = step.blocks[0].values;
    const formats = step.blocks[0].formats ?? [];
    const width = step.columnWidths.length;
    const units = step.columnWidths.reduce((s, w) => s + w, 0) + 0.7 * (width - 1);
    const merged = (row: number): boolean =>
      (step.mergeAcross ?? []).some(
        (m) => m.top <= row && row <= m.bottom && m.left === 0 && m.right === width - 1,
      );
    const paragraphs = values
      .map((r, i) => [r[0], i] as const)
      .filter(([v, i]) => typeof v === "string" && v.length > 60 && formats[i][0]?.wrap);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const [text, row] of paragraphs) {
      expect(merged(row)).toBe(true);
      const need = wrappedLines(String(text), units) * lineHeight();
      expect(step.rowHeights?.[row] ?? 15).toBeGreaterThanOrEqual(need);
    }
    // The longest paragraph of the fixture takes more than one line, and its row says so.
    const longest = paragraphs.reduce((a, b) =>
      String(b[0]).length > String(a[0]).length ? b : a,
    );
    expect(step.rowHeights?.[longest[1]]).toBeGreaterThan(15);
  });

  it("merges adjacent paragraph rows into one range each (one Office call serves many)", () => {
    const merges = step.mergeAcross ?? [];
    for (let i = 1; i < merges.length; i++) {
      const a = merges[i - 1];
      const b = merges[i];
      expect(a.left === b.left && a.right === b.right && a.bottom + 1 === b.top).toBe(false);
    }
  });
});

describe("a long statement", () => {
  it("keeps totals and the largest lines, repeats the header, and still fits the page width", () => {
    const rows: CellValue[][] = [["Tkr", "Utfall", "Budget", "Budget helår", "Prognos helår"]];
    for (let i = 0; i < 120; i++)
      rows.push([`Konto ${4000 + i} förbrukningsmaterial`, -1000 - 10 * i, -1000, -4000, -4100]);
    rows.push(["Summa kostnader", -200_000, -120_000, -480_000, -492_000]);
    const { plan } = runEngine({ sheets: [sheet("RR", rows)], markers: [] }, settings());
    const step = plan.steps.find((s): s is SheetStep => s.kind === "replaceSheet");
    if (!step) throw new Error("no analysis sheet");
    const values = step.blocks[0].values;
    const header = values.findIndex((r) => r[0] === "Rad");
    expect(step.pageSetup?.printTitleRows).toEqual({ top: header, bottom: header });
    expect(
      values.filter((r) => /^Konto \d+ förbrukningsmaterial$/.test(String(r[0]))),
    ).toHaveLength(50);
    const { scale, pages } = printed(step);
    expect(scale).toBeGreaterThanOrEqual(0.85);
    expect(pages).toBeGreaterThan(1);
  });
});

describe("status columns beside the user's tables", () => {
  it("get a width that fits their header and words", async () => {
    const wb = await XlsxWorkbook.fromBuffer(
      fs.readFileSync(path.join(FIXTURES, "inkop-q1-2025.xlsx")),
    );
    const { plan } = runEngine(await wb.read(), withDefaults({}));
    const widths = plan.steps.flatMap((s) =>
      s.kind === "setColumnWidths" ? s.widths.map((w) => ({ sheet: s.sheet, ...w })) : [],
    );
    // The fixture's statement ends in column I: Status in J, Status prognos in K.
    expect(widths.filter((w) => w.sheet === "Resultaträkning").map((w) => w.column)).toEqual([
      9, 10,
    ]);
    const status = widths.find((w) => w.sheet === "Resultaträkning" && w.column === 10);
    // "Status prognos" in bold: 14 characters and a margin.
    expect(status?.width).toBeGreaterThanOrEqual(16);
    const fulfilment = widths.find((w) => w.sheet === "Indikatorer");
    // "Delvis uppfyllt" / "Kan ej bedömas" fit beside the bold "Måluppfyllelse".
    expect(fulfilment?.width).toBeGreaterThanOrEqual(16);
  });
});
