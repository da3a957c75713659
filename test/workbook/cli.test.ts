import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/report";
import { captureIo, dumpCells, FIXTURES, openXlsx, sha, tempCopy } from "../support/files";

jest.setTimeout(30_000);

async function analyze(file: string, ...args: string[]) {
  const io = captureIo();
  const code = await main(["analyze", file, ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("uppfoljning analyze on inkop-q1-2025.xlsx", () => {
  const { dir, file } = tempCopy("inkop-q1-2025.xlsx");
  const output = path.join(dir, "inkop-q1-2025-analys.xlsx");
  let before: string;
  let run: Awaited<ReturnType<typeof analyze>>;
  let report: Report;

  beforeAll(async () => {
    before = sha(file);
    const json = path.join(dir, "report.json");
    run = await analyze(file, "--json", json);
    report = JSON.parse(readFileSync(json, "utf8"));
  });

  it("succeeds, prints the findings and the default output path, and never writes the input", () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain("Resultaträkning: 'Resultaträkning'!A4:I13");
    expect(run.out).toContain("Personalkostnader: +488 tkr (Gynnsam)");
    expect(run.out).toContain(`Sparad: ${output}`);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("reports the figures the controller's own report states", () => {
    const st = report.statement;
    if (!st) throw new Error("no statement");
    const r = (label: string) => st.rows.find((x) => x.label === label);
    expect(st).toMatchObject({
      sheet: "Resultaträkning",
      unit: "tkr",
      signConvention: "costs-negative",
      period: "2025-03",
      checks: [],
    });
    expect(r("Personalkostnader")).toMatchObject({
      cell: "A8",
      kind: "cost",
      budgetDeviation: 488,
      material: true,
      status: "green",
      forecastDeviation: 1500,
      forecastStatus: "green",
    });
    expect(r("Personalkostnader")?.yoyChangePct).toBeCloseTo(-5.9, 1);
    expect(r("Lokalkostnader")).toMatchObject({ budgetDeviation: 39, status: "green" });
    expect(r("Övriga kostnader")).toMatchObject({
      budgetDeviation: 19,
      status: "green",
      forecastDeviation: -1500,
      forecastStatus: "red",
    });
    expect(r("Verksamhetens kostnader")).toMatchObject({ budgetDeviation: 545, subtotal: true });
    expect(r("Verksamhetens intäkter")).toMatchObject({
      budgetDeviation: -545,
      subtotal: true,
      kind: "revenue",
    });
    const ind = report.indicators?.items ?? [];
    expect(ind.find((i) => i.name.startsWith("Sjukfrånvaro"))).toMatchObject({
      status: "green",
      actual: 1.7,
      target: { direction: "max", value: 6, unit: "%" },
    });
    expect(ind.find((i) => i.name === "Antal anställda")).toMatchObject({
      status: "grey",
      reason: "Målvärde saknas",
    });
    expect(report.commentary.sections.map((s) => s.id)).toEqual([
      "summary",
      "budget",
      "priorYear",
      "forecast",
      "indicators",
    ]);
  });

  it("writes status words with Excel's Good/Neutral/Bad fills beside the table", async () => {
    const ws = (await openXlsx(output)).getWorksheet("Resultaträkning") as ExcelJS.Worksheet;
    expect(ws.getCell("J4").value).toBe("Status");
    expect(ws.getCell("K4").value).toBe("Status prognos");
    const personal = ws.getCell("J8");
    expect(personal.value).toBe("Gynnsam");
    expect(personal.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC6EFCE" },
    });
    // The revenue deviation mirrors the costs (the text says so): its word, not a red status.
    expect(ws.getCell("J7").value).toBe("Följer kostnaderna");
    expect(ws.getCell("J7").fill).toBeUndefined();
    expect(ws.getCell("K10").value).toBe("Ogynnsam");
    expect(ws.getCell("K10").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    // Excel shares style objects between cells read alike: colouring one status cell must not recolour others.
    expect(ws.getCell("I8").fill).toBeUndefined();
    const ind = (await openXlsx(output)).getWorksheet("Indikatorer") as ExcelJS.Worksheet;
    expect([ind.getCell("F4").value, ind.getCell("F6").value, ind.getCell("F7").value]).toEqual([
      "Måluppfyllelse",
      "Uppfyllt",
      "Kan ej bedömas",
    ]);
    expect(ind.getCell("F7").fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
  });

  it("adds an Analys sheet with period, key figures and commentary", async () => {
    const ws = (await openXlsx(output)).getWorksheet("Analys") as ExcelJS.Worksheet;
    const colA: string[] = [];
    ws.getColumn(1).eachCell((c) => colA.push(String(c.value)));
    expect(colA).toEqual(
      expect.arrayContaining([
        "Period",
        "Nyckeltal",
        "Personalkostnader",
        "Sammanfattning av det ekonomiska läget",
        "Måluppfyllelse",
      ]),
    );
    expect(colA.some((t) => t.includes("överskott mot budget med 545\u00a0tkr"))).toBe(true);
    expect(
      colA.some((t) =>
        t.startsWith("Personalkostnaderna är lägre än budgeterat, plus 488\u00a0tkr"),
      ),
    ).toBe(true);
    // Wrapped paragraphs get rows tall enough to read: neither Excel nor LibreOffice grows them on opening.
    let summaryRow = 0;
    ws.getColumn(1).eachCell((c, row) => {
      if (String(c.value).startsWith("Inköpsnämnden redovisar")) summaryRow = row;
    });
    expect(ws.getCell(summaryRow, 1).alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(summaryRow).height).toBeGreaterThanOrEqual(45);
  });

  it("leaves every input cell's value, formula and format as it was", async () => {
    const original = dumpCells(await openXlsx(file));
    const written = dumpCells(await openXlsx(output));
    for (const [key, cell] of original) expect([key, written.get(key)]).toEqual([key, cell]);
  });

  it("changes nothing when run on its own output", async () => {
    const second = path.join(dir, "second.xlsx");
    const again = await analyze(output, "-o", second);
    expect(again.code).toBe(0);
    const a = dumpCells(await openXlsx(output));
    const b = dumpCells(await openXlsx(second));
    expect([...b.entries()]).toEqual([...a.entries()]);
    const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);
    expect(names(await openXlsx(second))).toEqual(names(await openXlsx(output)));
  });

  it("removes exactly what it wrote with `remove`", async () => {
    const cleaned = path.join(dir, "cleaned.xlsx");
    const io = captureIo();
    expect(await main(["remove", output, "-o", cleaned], io)).toBe(0);
    const original = dumpCells(await openXlsx(file));
    const after = dumpCells(await openXlsx(cleaned));
    expect([...after.entries()]).toEqual([...original.entries()]);
    expect((await openXlsx(cleaned)).worksheets.map((w) => w.name)).toEqual([
      "Resultaträkning",
      "Indikatorer",
    ]);
  });
});

describe("uppfoljning analyze on inkop-indikatorer-2019.xlsx", () => {
  it("judges each indicator as the annual report does", async () => {
    const { file } = tempCopy("inkop-indikatorer-2019.xlsx");
    const io = captureIo();
    expect(await main(["analyze", file, "--json", "-"], io)).toBe(0);
    const report: Report = JSON.parse(io.stdout());
    const by = (prefix: string) => report.indicators?.items.find((i) => i.name.startsWith(prefix));
    expect(by("Sjukfrånvaro")).toMatchObject({ status: "green" });
    expect(by("Samordnade")).toMatchObject({ status: "yellow" });
    expect(by("Samordnade")?.fulfilment).toBeCloseTo(0.93, 2);
    expect(by("Ekonomiskt resultat")).toMatchObject({ status: "green", actual: 1738 });
    expect(by("Möjliggjorda")).toMatchObject({ status: "yellow", unit: "mnkr" });
    expect(by("Möjliggjorda")?.fulfilment).toBeCloseTo(0.94, 2);
    expect(by("Andelen engagerade")).toMatchObject({ status: "grey", reason: "Mäts ej 2019" });
    expect(by("Antal elektroniska beställningar Sörmland")).toMatchObject({
      status: "grey",
      reason: "Målvärde saknas",
    });
    expect(by("Antal elektroniska beställningar Västmanland")).toMatchObject({ status: "grey" });
    expect(report.statement).toBeNull();
    // Findings go to stderr when stdout carries the JSON.
    expect(io.stderr()).toContain("Indikatorer: 'Indikatorer 2019'!A3:D10");
  });
});

describe("a sheet that stores costs as positive numbers, with a wrong Diff and a wrong subtotal", () => {
  it("reports favourable deviations and the disagreements with their cells", async () => {
    const { dir } = tempCopy("inkop-q1-2025.xlsx");
    const file = path.join(dir, "positiv.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RR 2025");
    ws.addRows([
      ["Socialnämnden"],
      ["Belopp i tkr, januari–april 2025"],
      [],
      ["Tkr", "Utfall", "Budget", "Avvikelse"],
      ["Intäkter"],
      ["Avgifter", 1200, 1100, 100],
      ["Summa intäkter", 1200, 1100, 100],
      ["Kostnader"],
      ["Personalkostnader", 5000, 5300, 300],
      ["Köp av verksamhet", 2500, 2300, -250],
      ["Summa kostnader", 7600, 7600, 0],
      ["Nettokostnad", 6300, 6500, 200],
    ]);
    await wb.xlsx.writeFile(file);
    const io = captureIo();
    expect(await main(["analyze", file, "--json", "-"], io)).toBe(0);
    const report: Report = JSON.parse(io.stdout());
    const st = report.statement;
    expect(st?.signConvention).toBe("costs-positive");
    expect(st?.rows.find((r) => r.label === "Personalkostnader")).toMatchObject({
      budgetDeviation: 300,
      status: "green",
      material: true,
    });
    expect(st?.rows.find((r) => r.label === "Köp av verksamhet")).toMatchObject({
      budgetDeviation: -200,
      status: "red",
    });
    expect(st?.rows.find((r) => r.label === "Nettokostnad")).toMatchObject({
      kind: "result",
      budgetDeviation: 200,
      status: "green",
    });
    // The Diff column runs budget − actual here; Nettokostnad agrees with the lines, so only the total is wrong.
    expect(st?.checks.map((c) => [c.cell, c.expected, c.found])).toEqual([
      ["'RR 2025'!D10", -200, -250],
      ["'RR 2025'!B11", 7500, 7600],
    ]);
    expect(io.stderr()).toContain("'RR 2025'!D10");
  });
});

describe("errors the user must act on", () => {
  it("exits 1 with the sheets seen and the headers looked for when there is no table", async () => {
    const { dir } = tempCopy("inkop-q1-2025.xlsx");
    const file = path.join(dir, "tom.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").addRows([["Hej"], ["Detta är ingen resultaträkning"]]);
    await wb.xlsx.writeFile(file);
    const run = await analyze(file);
    expect(run.code).toBe(1);
    expect(run.err).toContain("Ingen resultaträkning hittades. Blad som söktes: Blad1.");
    expect(run.err).toContain("Ack utfall");
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, "tom-analys.xlsx"))).toBe(false);
  });

  it("exits 2 on a usage error and 1 on a missing file, without stack traces", async () => {
    const io = captureIo();
    expect(await main(["analyze", "x.xlsx", "--materiality-pct", "abc"], io)).toBe(2);
    expect(io.stderr()).toContain("--materiality-pct");
    expect(await main(["analyse"], captureIo())).toBe(2);
    const missing = captureIo();
    expect(await main(["analyze", "/nonexistent/x.xlsx"], missing)).toBe(1);
    expect(missing.stderr()).toContain("Filen finns inte");
  });

  it("refuses to write over the input", async () => {
    const { file } = tempCopy("inkop-q1-2025.xlsx");
    const before = sha(file);
    const run = await analyze(file, "-o", file);
    expect(run.code).toBe(1);
    expect(sha(file)).toBe(before);
  });

  it("refuses, and writes nothing, when a sheet named Analys is the user's", async () => {
    const { dir, file } = tempCopy("inkop-q1-2025.xlsx");
    const wb = await openXlsx(file);
    wb.addWorksheet("Analys").getCell("A1").value = "Mina anteckningar";
    const own = path.join(dir, "egen.xlsx");
    await wb.xlsx.writeFile(own);
    const run = await analyze(own);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Det finns redan ett blad "Analys"');
    expect(existsSync(path.join(dir, "egen-analys.xlsx"))).toBe(false);
  });

  it("speaks English with --lang en", async () => {
    const { file } = tempCopy("inkop-q1-2025.xlsx");
    const run = await analyze(file, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Personalkostnader: +488 kSEK");
    expect(run.out).toContain("(Favourable)");
  });
});

describe("limits", () => {
  it("refuses a workbook whose sheets declare more than 5 000 000 cells, before loading it", async () => {
    const { dir } = tempCopy("inkop-q1-2025.xlsx");
    const file = path.join(dir, "stor.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Stor");
    ws.getCell("A1").value = "Resultatrader";
    // Two far-apart cells make the sheet declare A1:Z250000 (6,5 million cells).
    ws.getCell("Z250000").value = 1;
    await wb.xlsx.writeFile(file);
    const run = await analyze(file);
    expect(run.code).toBe(1);
    expect(run.err).toContain("för stort");
    expect(run.err).toContain("gränsen är 5\u00a0000\u00a0000");
  });

  it("writes no output at all when one of the outputs cannot be written", async () => {
    const { dir, file } = tempCopy("inkop-q1-2025.xlsx");
    const run = await analyze(file, "--json", path.join(dir, "saknas", "\0ogiltig.json"));
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, "inkop-q1-2025-analys.xlsx"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("batch runs", () => {
  it("analyses every input, and skips last run's outputs when given a whole folder", async () => {
    const { dir, file } = tempCopy("inkop-q1-2025.xlsx");
    const other = path.join(dir, "inkop-indikatorer-2019.xlsx");
    copyFileSync(path.join(FIXTURES, "inkop-indikatorer-2019.xlsx"), other);
    const first = captureIo();
    expect(await main(["analyze", file, other], first)).toBe(0);
    const outputs = readdirSync(dir)
      .filter((f) => f.endsWith("-analys.xlsx"))
      .sort();
    expect(outputs).toEqual(["inkop-indikatorer-2019-analys.xlsx", "inkop-q1-2025-analys.xlsx"]);
    const all = readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(dir, f));
    const second = captureIo();
    expect(await main(["analyze", ...all], second)).toBe(0);
    expect(second.stderr()).toContain("hoppas över");
    expect(readdirSync(dir).filter((f) => f.endsWith("-analys-analys.xlsx"))).toEqual([]);
  });
});

describe("uppfoljning analyze --columns and --materiality-large on a published driftredovisning", () => {
  it("uses the chosen columns and the always-material amount, and refuses a role it does not know", async () => {
    const { dir, file } = tempCopy("corpus/vastervik-driftsredovisning-2020.xlsx");
    const json = path.join(dir, "r.json");
    const run = await analyze(
      file,
      "--json",
      json,
      "--materiality-large",
      "100000",
      "-o",
      path.join(dir, "o.xlsx"),
    );
    expect(run.code).toBe(0);
    const lenient: Report = JSON.parse(readFileSync(json, "utf8"));
    const ks = (r: Report) => r.statement?.rows.find((x) => x.label === "Kommunstyrelse");
    // −5,7 mnkr is under 2 % of 410,1 mnkr: material only through the always-material amount.
    expect(ks(lenient)?.status).toBe("yellow");

    const json2 = path.join(dir, "r2.json");
    // Budget and outcome swapped on purpose: the user's choice wins over the headers.
    const chosen = await analyze(
      file,
      "--json",
      json2,
      "--columns",
      "utfall=G,budget=F",
      "-o",
      path.join(dir, "o2.xlsx"),
    );
    expect(chosen.code).toBe(0);
    const swapped: Report = JSON.parse(readFileSync(json2, "utf8"));
    // Read the other way round, the deviation changes sign (the printed −5,7 quoted as +5,7).
    expect(ks(swapped)?.budgetDeviation).toBeCloseTo(5.7, 6);

    const bad = await analyze(file, "--columns", "resultat=D");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("resultat=D");
  });
});

/** The Word file's document.xml: its headings and its table rows, as their text. */
async function readDocx(
  file: string,
): Promise<{ xml: string; headings: string[]; rows: string[][] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const runs = (part: string): string =>
    [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
  // Headings carry a heading style.
  const headings = [
    ...xml.matchAll(
      /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>((?:(?!<\/w:p>).)*)<\/w:p>/g,
    ),
  ].map((m) => runs(m[1]));
  const rows = [...xml.matchAll(/<w:tr>((?:(?!<\/w:tr>).)*)<\/w:tr>/g)].map((m) =>
    [...m[1].matchAll(/<w:tc>((?:(?!<\/w:tc>).)*)<\/w:tc>/g)].map((c) => runs(c[1])),
  );
  return { xml, headings, rows };
}

describe("uppfoljning analyze --docx", () => {
  it("writes the commentary as headings and paragraphs and the key figures as a Word table", async () => {
    const { dir, file } = tempCopy("inkop-q1-2025.xlsx");
    const docx = path.join(dir, "analys.docx");
    const run = await analyze(file, "--docx", docx, "-o", path.join(dir, "o.xlsx"));
    expect(run.code).toBe(0);
    const { xml, headings, rows } = await readDocx(docx);
    // The first heading is the title, then the commentary's sections.
    expect(headings[0]).toBe("Analys av ekonomi och måluppfyllelse");
    expect(headings).toContain("Sammanfattning av det ekonomiska läget");
    expect(headings).toContain("Helårsprognos");
    expect(headings).toContain("Nyckeltal");
    // The key-figure table: a header row and Personalkostnader's deviation as the sheet shows it.
    expect(rows.some((r) => r[0] === "Personalkostnader" && r.includes("488"))).toBe(true);
    expect(xml).toContain("545 tkr");
    // The indicators as the pane shows them: a ceiling's distance, not 352,9 %.
    const sick = rows.find((r) => r[0].startsWith("Sjukfrånvarotid"));
    expect(sick?.slice(1, 4)).toEqual([
      "högst 6\u00a0%",
      "1,7\u00a0%",
      "4,3 procentenheter under taket",
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the follow-up sections and a table per kind with the statuses as words", async () => {
    const { dir, file } = tempCopy("handlingsplaner-mal-2022.xlsx");
    const docx = path.join(dir, "uppfoljning.docx");
    const run = await analyze(file, "--docx", docx, "-o", path.join(dir, "o.xlsx"));
    expect(run.code).toBe(0);
    const { xml, headings, rows } = await readDocx(docx);
    expect(headings).toEqual([
      "Analys av ekonomi och måluppfyllelse",
      "Uppföljning av mål",
      "Handlingsplaner och aktiviteter",
      "Uppföljning av internkontrollplan",
      "Mål och bedömning",
      "Aktiviteter och status",
      "Kontrollmoment och resultat",
    ]);
    // The counting paragraphs under the headings.
    expect(xml).toContain("2 av 5 mål är uppfyllda.");
    expect(xml).toContain("Av 3 kontrollmoment visar 1 ingen avvikelse");
    // Header rows, then the items: overdue actions first with their end dates.
    const header = (first: string): number => rows.findIndex((r) => r[0] === first);
    expect(rows[header("Mål")]).toEqual(["Mål", "Bedömning", "Kommentar"]);
    expect(rows[header("Mål") + 1].slice(0, 2)).toEqual([
      "3.6.1 Regionservice levererar digitala tjänster som lever upp till kundernas förväntningar.",
      "Ej uppfyllt",
    ]);
    const a = header("Aktivitet");
    expect(rows[a]).toEqual(["Aktivitet", "Status", "Slutdatum", "Ansvarig", "Kommentar"]);
    expect(rows.slice(a + 1, a + 13).map((r) => r.slice(1, 3))).toEqual([
      ["Försenad", "2022-09-30"],
      ["Försenad", "2022-12-31"],
      ["Försenad", "2022-12-31"],
      ["Försenad", "2022-12-31"],
      ["Pågår", "2023-12-31"],
      ["Klar", "2022-12-31"],
      ["Klar", "2022-12-31"],
      ["Pågår", "2024-06-30"],
      ["Löpande", "2022-12-31"],
      ["Löpande", "2022-12-31"],
      ["Ej påbörjad", "2023-12-31"],
      ["Löpande", "2024-12-31"],
    ]);
    expect(rows[a + 1][0]).toBe("Scania projektet");
    const k = header("Risk");
    expect(rows.slice(k, k + 4).map((r) => r[2])).toEqual([
      "Resultat",
      "Stor avvikelse",
      "Mindre avvikelse",
      "Ingen avvikelse",
    ]);
    expect(xml).toContain("Antal: Försenad 4, Pågår 2, Klar 2, Löpande 3, Ej påbörjad 1.");
    // The status cells keep the sheet's fill besides their word.
    const scania =
      /<w:tr>(?:(?!<\/w:tr>).)*Scania projektet(?:(?!<\/w:tr>).)*<\/w:tr>/.exec(xml)?.[0] ?? "";
    expect(scania).toMatch(/<w:shd [^>]*w:fill="FFC7CE"[^>]*\/>(?:(?!<\/w:tc>).)*Försenad/);
  });
});
