import fs from "fs";
import path from "path";
import { generateCommentary } from "../../../src/core/commentary";
import { analyzeSnapshot } from "../../../src/core/analyze";
import {
  buildDocument,
  escapeHtml,
  toHtml,
  toPlainText,
  type ReportDocument,
} from "../../../src/core/document";
import { withDefaults, type Lang } from "../../../src/core/settings";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/adapter";
import { q1Rows, settings, sheet } from "../../support/grid";

const FIXTURE = path.resolve(__dirname, "../../fixtures/inkop-q1-2025.xlsx");
const FIXTURE_2019 = path.resolve(__dirname, "../../fixtures/inkop-indikatorer-2019.xlsx");

async function fixtureDocument(lang: Lang): Promise<ReportDocument> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(FIXTURE));
  const s = withDefaults({ lang });
  const analysis = analyzeSnapshot(await wb.read(), s);
  return buildDocument(analysis, generateCommentary(analysis, s));
}

describe("the report document", () => {
  it("holds the commentary sections and the key-figure table of the fixture", async () => {
    const doc = await fixtureDocument("sv");
    expect(doc.organisation).toBe("Inköpsnämnden");
    expect(doc.period).toBe("januari–mars 2025");
    expect(doc.sections.map((s) => s.id)).toEqual([
      "summary",
      "budget",
      "priorYear",
      "forecast",
      "indicators",
    ]);
    const kf = doc.keyFigures;
    if (!kf) throw new Error("no key figures");
    expect(kf.columns.map((c) => c.header)).toEqual([
      "Rad",
      "Utfall",
      "Budget",
      "Avvikelse",
      "Avvikelse %",
      "Status",
      "Prognos helår",
      "Avvikelse helår",
      "Status prognos",
      "Förändring %",
    ]);
    const personal = kf.rows.find((r) => r.cells[0].text === "Personalkostnader");
    expect(personal?.total).toBe(false);
    // Amounts as numbers with their Swedish text, the status as a word with the status behind it.
    expect(personal?.cells[1]).toEqual({ text: "-8\u00a0814", value: -8814, status: null });
    expect(personal?.cells[3]).toEqual({ text: "488", value: 488, status: null });
    expect(personal?.cells[5]).toEqual({ text: "Gynnsam", value: null, status: "green" });
    expect(kf.rows.find((r) => r.cells[0].text === "Verksamhetens kostnader")?.total).toBe(true);
    expect(doc.indicators?.rows.map((r) => r.cells[4].text)).toEqual([
      "Uppfyllt",
      "Uppfyllt",
      "Kan ej bedömas",
    ]);
  });

  it("shows the indicators as the pane does: in their unit, a ceiling's distance instead of 352,9 %", async () => {
    const doc = await fixtureDocument("sv");
    const ind = doc.indicators;
    expect(ind?.columns.map((c) => c.header)).toEqual([
      "Indikator",
      "Målvärde",
      "Utfall",
      "Måluppfyllelse",
      "Bedömning",
      "Anmärkning",
    ]);
    const sick = ind?.rows.find((r) => r.cells[0].text.startsWith("Sjukfrånvarotid"));
    expect(sick?.cells.slice(1, 4).map((c) => c.text)).toEqual([
      "högst 6\u00a0%",
      "1,7\u00a0%",
      "4,3 procentenheter under taket",
    ]);
    const all = ind?.rows.flatMap((r) => r.cells.map((c) => c.text)) ?? [];
    expect(all.filter((t) => /\d{3},\d/.test(t))).toEqual([]);
  });

  it("formats the indicators of inkop-indikatorer-2019.xlsx, whose outcomes are text in the sheet", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(FIXTURE_2019));
    const s = withDefaults({ lang: "sv" });
    const analysis = analyzeSnapshot(await wb.read(), s);
    const rows = buildDocument(analysis, generateCommentary(analysis, s)).indicators?.rows ?? [];
    expect(rows.map((r) => r.cells.slice(0, 4).map((c) => c.text))).toEqual([
      ["Antal elektroniska beställningar Sörmland", "", "61\u00a0735", ""],
      ["Antal elektroniska beställningar Västmanland", "", "51\u00a0085", ""],
      ["Andelen engagerade medarbetare HME index", "", "Mäts ej 2019", ""],
      [
        "Sjukfrånvarotid i relation till ordinarie arbetstid",
        "högst 4,2\u00a0%",
        "3,94\u00a0%",
        "0,26 procentenheter under taket",
      ],
      ["Samordnade upphandlingar", "minst 30\u00a0st", "28\u00a0st", "93\u00a0%"],
      [
        "Ekonomiskt resultat - avvikelse utfall/budget i tkr",
        "minst 0\u00a0tkr",
        "1\u00a0738\u00a0tkr",
        "",
      ],
      ["Möjliggjorda besparingar", "minst 40,0\u00a0mnkr", "37,5\u00a0mnkr", "94\u00a0%"],
    ]);
  });

  it("is in English with English words and numbers", async () => {
    const doc = await fixtureDocument("en");
    expect(doc.keyFigures?.columns[3].header).toBe("Deviation");
    const personal = doc.keyFigures?.rows.find((r) => r.cells[0].text === "Personalkostnader");
    expect(personal?.cells[1].text).toBe("-8,814");
    expect(personal?.cells[5].text).toBe("Favourable");
  });

  it("keeps the full-year budget and last year's amount when their partners are missing", () => {
    const rows = [
      ["Tkr", "Utfall", "Budget helår", "Utfall fg år"],
      ["Personalkostnader", -900, -3600, -950],
    ];
    const s = settings();
    const analysis = analyzeSnapshot({ sheets: [sheet("RR", rows)], markers: [] }, s);
    const doc = buildDocument(analysis, generateCommentary(analysis, s));
    expect(doc.keyFigures?.columns.map((c) => c.key)).toEqual([
      "label",
      "actual",
      "fullYearBudget",
      "priorYear",
      "yoyChange",
      "yoyChangePct",
    ]);
  });
});

describe("the document as HTML", () => {
  it("has the headings, paragraphs and the key-figure table", async () => {
    const doc = await fixtureDocument("sv");
    const html = toHtml(doc);
    expect(html).toContain("<h1>Analys av ekonomi och måluppfyllelse</h1>");
    expect(html).toContain("<h2>Sammanfattning av det ekonomiska läget</h2>");
    expect(html).toMatch(/<p>Inköpsnämnden redovisar ett överskott mot budget med 545\stkr/);
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toMatch(/<th[^>]*>Avvikelse %<\/th>/);
    // One row per key-figure line plus the indicators, each with every column.
    const rows = html.match(/<tr>.*<\/tr>/g) ?? [];
    expect(rows).toHaveLength(1 + 9 + 1 + 3);
    expect(rows[3]).toMatch(/<strong>Verksamhetens intäkter<\/strong>/);
    expect(html).toMatch(/<td style="[^"]*text-align:right">488<\/td>/);
    expect(html).toMatch(/<td style="[^"]*">Gynnsam<\/td>/);
  });

  it("escapes workbook text, so a label cannot inject markup", () => {
    const rows = q1Rows();
    rows[8] = ['<img src=x onerror="alert(1)"> & Co', ...rows[8].slice(1)];
    const s = settings();
    const analysis = analyzeSnapshot({ sheets: [sheet("RR", rows)], markers: [] }, s);
    const html = toHtml(buildDocument(analysis, generateCommentary(analysis, s)));
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co");
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("the document as plain text", () => {
  it("keeps the commentary as before and the tables as tab-separated lines", async () => {
    const doc = await fixtureDocument("sv");
    const text = toPlainText(doc);
    expect(text).toContain(
      "Sammanfattning av det ekonomiska läget\n\nInköpsnämnden redovisar ett överskott",
    );
    expect(text).toContain("Rad\tUtfall\tBudget\tAvvikelse\tAvvikelse %\tStatus");
    expect(text).toContain("Personalkostnader\t-8\u00a0814\t-9\u00a0302\t488\t5,2\tGynnsam");
  });
});
