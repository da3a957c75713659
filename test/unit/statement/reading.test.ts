/**
 * Reading published layouts by their arithmetic: net-cost tables per nämnd, hierarchies without Summa,
 * varav lines, blocks under the statement, bare years, forecast-only tables, column roles by A − B,
 * the user's column choice and the always-material amount. Each grid is laid out as a controller
 * pastes it (title rows, unit line, numbers as text with no-break spaces and en-dash minus).
 */
import type { CellValue } from "../../../src/core/grid";
import type { StatementAnalysis, StatementRow } from "../../../src/core/analysis";
import { analyzeSnapshot } from "../../../src/core/analyze";
import { generateCommentary } from "../../../src/core/commentary";
import type { Settings } from "../../../src/core/settings";
import { parseColumnsSetting } from "../../../src/core/find/overrides";
import { settings, sheet, snapshot } from "../../support/grid";

function read(rows: CellValue[][], s: Partial<Settings> = {}) {
  const a = analyzeSnapshot(snapshot(sheet("Drift", rows)), settings(s));
  return { a, st: a.statement as StatementAnalysis, codes: a.diagnostics.map((d) => d.code) };
}

function row(st: StatementAnalysis, label: string): StatementRow {
  const r = st.rows.find((x) => x.label === label);
  if (!r) throw new Error(`no row ${label}: ${st.rows.map((x) => x.label).join(", ")}`);
  return r;
}

describe("net cost per nämnd (driftredovisning)", () => {
  const rows: CellValue[][] = [
    ["Exempel kommun"],
    ["Driftredovisning per nämnd, mnkr"],
    [],
    ["Nämnd", "Kommunbidrag 2024", "Nettokostnad 2024", "Avvikelse 2024", "Avvikelse 2023"],
    ["Kommunstyrelsen", 120.4, 118.9, 1.5, -2.0],
    ["Barn- och utbildningsnämnden", 812.0, 830.3, -18.3, 4.1],
    ["Socialnämnden", 655.1, 640.0, 15.1, -9.9],
    ["Finansförvaltning", -1600.0, -1612.5, 12.5, 3.0],
    ["Summa", -12.5, -23.3, 10.8, -4.8],
  ];

  it("maps Kommunbidrag as budget, Nettokostnad as outcome, and ignores last year's deviation", () => {
    const { st } = read(rows);
    expect(st.columns.fields).toEqual({ budget: 1, actual: 2, budgetDiff: 3 });
    expect(st.unit).toBe("mnkr");
    expect(st.signConvention).toBe("costs-positive");
  });

  it("reads units as costs and a net-revenue unit as revenue, favourable when it exceeds budget", () => {
    const { st } = read(rows);
    expect(row(st, "Kommunstyrelsen")).toMatchObject({ kind: "cost", status: "green" });
    expect(row(st, "Kommunstyrelsen").budgetDeviation).toBeCloseTo(1.5, 9);
    expect(row(st, "Barn- och utbildningsnämnden")).toMatchObject({ kind: "cost", status: "red" });
    expect(row(st, "Finansförvaltning").kind).toBe("revenue");
    expect(row(st, "Finansförvaltning").budgetDeviation).toBeCloseTo(12.5, 9);
    expect(row(st, "Finansförvaltning").status).toBe("green");
    expect(row(st, "Summa").subtotal).toBe(true);
    expect(st.checks).toEqual([]);
  });
});

describe("hierarchies without Summa", () => {
  // A nämnd above its verksamheter, neither bold nor worded as a total; a total at the bottom.
  const rows: CellValue[][] = [
    ["Nettokostnad per verksamhet (tkr)"],
    ["Verksamhet", "Budget", "Utfall", "Avvikelse"],
    ["Kommunstyrelsen", "30 000", "29 200", "800"],
    ["  Kansli", "10 000", "9 500", "500"],
    ["  Ekonomi", "12 000", "12 100", "– 100"],
    ["  IT", "8 000", "7 600", "400"],
    ["Socialnämnden", "50 000", "52 000", "– 2 000"],
    ["  Äldreomsorg", "30 000", "31 500", "– 1 500"],
    ["  Individ- och familjeomsorg", "20 000", "20 500", "– 500"],
    ["Revision", "1 000", "950", "50"],
    ["Totalt", "81 000", "82 150", "– 1 150"],
  ];

  it("recognises parents by their sums, on every column, and the total over the top level", () => {
    const { st } = read(rows);
    // Under the bottom-line total, the nämnder are the first level and their verksamheter the second.
    expect(row(st, "Totalt")).toMatchObject({ subtotal: true, level: 0 });
    expect(row(st, "Kommunstyrelsen")).toMatchObject({ subtotal: true, level: 1 });
    expect(row(st, "Kansli")).toMatchObject({ subtotal: false, level: 2 });
    expect(row(st, "Kansli").parentRow).toBe(row(st, "Kommunstyrelsen").row);
    expect(row(st, "Socialnämnden").subtotal).toBe(true);
    expect(row(st, "Revision")).toMatchObject({ subtotal: false, level: 1 });
    expect(row(st, "Totalt").subtotal).toBe(true);
    expect(row(st, "Kommunstyrelsen").parentRow).toBe(row(st, "Totalt").row);
    expect(st.checks).toEqual([]);
  });

  it("reports a parent whose worded total disagrees, at the wrong cell only", () => {
    const wrong = rows.map((r) => [...r]);
    wrong[10][2] = "82 000"; // Totalt utfall typed over
    const { st } = read(wrong);
    // The total's outcome disagrees with its parts, and so with its own deviation cell beside it.
    expect(st.checks.map((c) => [c.type, c.cell, c.expected, c.found])).toEqual([
      ["deviationColumn", "Drift!D11", -1000, -1150],
      ["subtotal", "Drift!C11", 82150, 82000],
    ]);
  });

  it("reads totals under their parts without words", () => {
    const { st } = read([
      ["Verksamhet", "Utfall", "Budget"],
      ["Förskola", 300, 310],
      ["Grundskola", 500, 490],
      ["Barn och utbildning", 800, 800],
      ["Hemtjänst", 200, 190],
      ["Särskilt boende", 400, 420],
      ["Vård och omsorg", 600, 610],
    ]);
    expect(st.rows.filter((r) => r.subtotal).map((r) => r.label)).toEqual([
      "Barn och utbildning",
      "Vård och omsorg",
    ]);
    expect(row(st, "Förskola").level).toBe(1);
    expect(st.checks).toEqual([]);
  });
});

describe("statement blocks", () => {
  const rows: CellValue[][] = [
    ["Resultaträkning (mnkr)", "Not", "Budget 2023", "Utfall 2023", "Utfall 2022"],
    ["Verksamhetens intäkter", 1, 410, 432.5, 401.2],
    ["varav jämförelsestörande intäkter", null, 0, 12.1, 0],
    ["Verksamhetens kostnader", 2, -2400, -2431.0, -2302.8],
    ["varav personalkostnader", null, -1500, -1521.3, -1440.0],
    ["Avskrivningar", 3, -90, -88.4, -85.1],
    ["Verksamhetens nettokostnad", null, -2080, -2086.9, -1986.7],
    ["Skatteintäkter", 4, 1700, 1712.4, 1650.3],
    ["Generella statsbidrag och utjämning", 5, 420, 431.0, 398.2],
    ["Verksamhetens resultat", null, 40, 56.5, 61.8],
    ["Finansiella intäkter", 6, 10, 12.2, 9.8],
    ["Finansiella kostnader", 7, -8, -9.9, -7.5],
    ["Resultat efter finansiella poster", null, 42, 58.8, 64.1],
    ["Årets resultat", null, 42, 58.8, 64.1],
    [],
    ["Balanskravsutredning"],
    ["Årets resultat enligt resultaträkningen", null, null, 58.8, 64.1],
    ["Reducering av realisationsvinster", null, null, -2.0, -1.1],
    ["Balanskravsresultat", null, null, 56.8, 63.0],
  ];

  it("ends the statement at its bottom line and says the block under it is separate", () => {
    const { st, a } = read(rows);
    expect(st.rows.map((r) => r.label).pop()).toBe("Årets resultat");
    const block = a.diagnostics.find((d) => d.code === "blockAfterStatement");
    expect(block?.cell).toBe("Drift!A16:E19");
  });

  it("never sums varav lines, ignores the Not column and reads bare-year headings", () => {
    const { st } = read(rows);
    expect(st.columns.fields).toEqual({ budget: 2, actual: 3, priorYear: 4 });
    expect(row(st, "varav personalkostnader")).toMatchObject({ varav: true, subtotal: false });
    expect(row(st, "varav personalkostnader").parentRow).toBe(
      row(st, "Verksamhetens kostnader").row,
    );
    expect(st.checks).toEqual([]);
  });

  it("does not take 'netto' in a label for the bottom line", () => {
    const { st } = read([
      ["Mnkr", "Utfall", "Budget"],
      ["Verksamhetens nettokostnad", -500, -510],
      ["Skatteintäkter", 520, 515],
      ["Räntenetto", -2, -3],
      ["Årets resultat", 18, 2],
    ]);
    expect(row(st, "Räntenetto").kind).not.toBe("result");
    expect(st.checks).toEqual([]);
  });
});

describe("headers and order", () => {
  it("reads 'BUDGET 2019 | 2019 | 2018 | 2017': the latest bare year is the outcome, older years ignored", () => {
    const { st, codes } = read([
      ["Gnesta kommun"],
      ["Tkr", "BUDGET 2019", "2019", "2018", "2017"],
      ["Verksamhetens intäkter", 180000, 185500, 176200, 170100],
      ["Verksamhetens kostnader", -900000, -912300, -880400, -851000],
    ]);
    expect(st.columns.fields).toEqual({ budget: 1, actual: 2, priorYear: 3 });
    expect(codes).toContain("columnsChosen");
  });

  it("reads year numbers as headings beside a field word, and two header rows", () => {
    const { st } = read([
      ["Mnkr", "Budget", "Bokslut", "Bokslut"],
      [null, 2024, 2024, 2023],
      ["Verksamhetens intäkter", 400, 410, 390],
      ["Verksamhetens kostnader", -2000, -2040, -1950],
    ]);
    expect(st.columns.fields).toEqual({ budget: 1, actual: 2, priorYear: 3 });
  });

  it("takes the period from the headings when the title says nothing", () => {
    const { a } = read([
      ["Tkr", "Utfall 2025", "Budget 2025"],
      ["Intäkter", 100, 90],
      ["Kostnader", -80, -85],
    ]);
    expect(a.period).toMatchObject({ year: 2025, month: 12 });
  });

  it("reads 'Resultat jan–sep 2017' as the period's outcome", () => {
    const { st } = read([
      ["Tkr", "Resultat jan–sep 2017", "Budget jan–sep 2017"],
      ["Intäkter", 100, 90],
      ["Kostnader", -80, -85],
    ]);
    expect(st.columns.fields).toEqual({ actual: 1, budget: 2 });
  });
});

describe("forecast tables and deviation columns", () => {
  it("analyses a forecast table without an outcome column", () => {
    const { st } = read([
      ["Prognos per nämnd, mnkr"],
      ["Nämnd", "Budget helår", "Prognos", "Prognosavvikelse"],
      ["Kommunstyrelsen", 120, 118, 2],
      ["Socialnämnden", 650, 680, -30],
    ]);
    expect(st.columns.fields).toEqual({ fullYearBudget: 1, forecast: 2, forecastDiff: 3 });
    expect(row(st, "Socialnämnden")).toMatchObject({
      forecastDeviation: -30,
      forecastStatus: "red",
      status: "none",
    });
  });

  it("reads a lone Budget beside a Prognos as the year's budget", () => {
    const { st } = read([
      ["Nämnd", "Budget", "Årsprognos", "Beräknad avvikelse helår"],
      ["Kommunstyrelsen", 120, 118, 2],
      ["Socialnämnden", 650, 680, -30],
    ]);
    expect(st.columns.fields).toEqual({ fullYearBudget: 1, forecast: 2, forecastDiff: 3 });
  });

  it("uses the sheet's own deviation column when there is no budget amount", () => {
    const { st, codes } = read([
      ["Nämnd (mnkr)", "Utfall jan–aug", "Avvikelse"],
      ["Kommunstyrelsen", 80, 1.2],
      ["Socialnämnden", 430, -12.0],
    ]);
    expect(row(st, "Socialnämnden")).toMatchObject({ budgetDeviation: -12, status: "red" });
    expect(codes).toContain("deviationColumnUsed");
  });

  it("does not analyse a table of deviations only, and says why", () => {
    const a = analyzeSnapshot(
      snapshot(
        sheet("Avv", [
          ["Nämnd", "Prognosavvikelse april", "Prognosavvikelse augusti"],
          ["Kommunstyrelsen", -1.0, 0.5],
          ["Socialnämnden", -12.0, -20.0],
        ]),
      ),
      settings(),
    );
    expect(a.statement).toBeNull();
    expect(a.diagnostics.find((d) => d.code === "deviationsOnlyTable")?.cell).toBe("Avv!A1:C3");
  });
});

describe("column roles from arithmetic and from the user's choice", () => {
  const rows: CellValue[][] = [
    ["Nämnd", "Ramar", "Förbrukat", "Avvikelse"],
    ["Kommunstyrelsen", 120, 118, 2],
    ["Socialnämnden", 650, 680, -30],
    ["Tekniska nämnden", 90, 85, 5],
  ];

  it("finds the outcome as the column the deviation is the difference of", () => {
    const { st, codes } = read(rows);
    expect(st.columns.fields).toEqual({ budget: 1, actual: 2, budgetDiff: 3 });
    expect(codes).toContain("columnsChosen");
    expect(st.checks).toEqual([]);
  });

  it("applies --columns by letter and by header text", () => {
    const { st } = read(
      [
        ["Nämnd", "Utfall", "Utfall korrigerat", "Budget"],
        ["Kommunstyrelsen", 118, 117, 120],
        ["Socialnämnden", 680, 681, 650],
      ],
      { columns: { actual: "Utfall korrigerat" } },
    );
    expect(st.columns.fields.actual).toBe(2);
    const byLetter = read(rows, { columns: { actual: "C", budget: "B" } }).st;
    expect(byLetter.columns.fields).toMatchObject({ actual: 2, budget: 1 });
  });

  it("reads no column for a role given - (the pane's ingen), ingen or none", () => {
    for (const ref of ["-", "ingen", "None"]) {
      const { st, codes } = read(rows, { columns: { budgetDiff: ref } });
      expect(st.columns.fields.budgetDiff).toBeUndefined();
      expect(codes).not.toContain("columnOverrideUnknown");
    }
    expect(parseColumnsSetting("prognos=-")).toEqual({ ok: true, value: { forecast: "-" } });
  });

  it("says when a chosen column is not in the table", () => {
    const { codes } = read(rows, { columns: { priorYear: "Utfall 1999" } });
    expect(codes).toContain("columnOverrideUnknown");
  });
});

describe("materiality with an always-material amount", () => {
  it("makes a 20 mnkr overrun on a 1 400 mnkr budget material although under 2 %", () => {
    const rows: CellValue[][] = [
      ["Nämnd (mnkr)", "Budget", "Utfall"],
      ["Vård och omsorg", 1400, 1420],
      ["Kultur", 40, 40.5],
    ];
    expect(row(read(rows, { materialityLargeTkr: 1000 }).st, "Vård och omsorg").status).toBe("red");
    expect(row(read(rows, { materialityLargeTkr: 50000 }).st, "Vård och omsorg").status).toBe(
      "yellow",
    );
  });
});

describe("the --columns text", () => {
  it("reads roles of both languages, letters and header texts", () => {
    expect(parseColumnsSetting("utfall=C, budget helår=Budget 2025,prognos=F")).toEqual({
      ok: true,
      value: { actual: "C", fullYearBudget: "Budget 2025", forecast: "F" },
    });
    expect(parseColumnsSetting("actual=C;priorYear=D")).toEqual({
      ok: true,
      value: { actual: "C", priorYear: "D" },
    });
  });

  it("names the part it cannot read", () => {
    expect(parseColumnsSetting("utfall=C,resultat=D")).toEqual({ ok: false, part: "resultat=D" });
    expect(parseColumnsSetting("utfall")).toEqual({ ok: false, part: "utfall" });
  });
});

describe("totals of lines where one has an outcome but no budget", () => {
  // Ängelholm 2021 (mnkr): the kommun's jämförelsestörande poster carry an outcome and no budget.
  const rows: CellValue[][] = [
    ["mnkr", "Utfall 2021", "Budget 2021"],
    ["Verksamhetens intäkter", 699.1, 650.0],
    ["Verksamhetens kostnader", -2911.8, -3107.7],
    ["Jämförelsestörande poster", 54.6, null],
    ["Skatteintäkter", 2069.9, 1997.9],
    ["Årets resultat", -88.2, -459.8],
  ];
  it("states the revenue deviation as the summed outcome against the summed budget", () => {
    const { a } = read(rows);
    const revenue = a.summary?.revenue;
    expect(revenue?.actual).toBeCloseTo(2823.6, 6);
    expect(revenue?.budget).toBeCloseTo(2647.9, 6);
    // 2 823,6 − 2 647,9: the unbudgeted 54,6 is part of it (the lines' own deviations give 121,1).
    expect(revenue?.budgetDeviation).toBeCloseTo(175.7, 6);
  });
});

describe("a driftredovisning of results per nämnd (Nynäshamn 2020)", () => {
  // Resultat = nämndbidrag + intäkter + kostnader, against a budgeted result: higher is better for every
  // nämnd, whichever side of zero it lies on; the sheet's own deviation says so (Resultat − Budgeterat).
  const rows: CellValue[][] = [
    ["Driftredovisning, tkr"],
    ["Nämnd", "Resultat", "Budgeterat resultat", "Avvikelse mot budget (resultat)"],
    ["Kommunstyrelsen", 11350, 0, 11350],
    ["Miljö- och samhällsbyggnadsnämnden", -17572, -4491, -13082],
    ["Kultur- och fritidsnämnden", 529, 0, 529],
    ["Barn- och utbildningsnämnden", -6628, 0, -6628],
    ["Socialnämnden", 533, 0, 533],
  ];
  it("reads a surplus as favourable and a deficit as unfavourable, as the sheet's deviation does", () => {
    const { st } = read(rows);
    expect(
      st.rows.map((r) => [r.label, r.budgetDeviation, r.status === "green" ? "+" : "−"]),
    ).toEqual([
      ["Kommunstyrelsen", 11350, "+"],
      ["Miljö- och samhällsbyggnadsnämnden", -13082, "−"],
      ["Kultur- och fritidsnämnden", 529, "+"],
      ["Barn- och utbildningsnämnden", -6628, "−"],
      ["Socialnämnden", 533, "+"],
    ]);
  });
  it("does not say a nämnd lacks a budget when its budgeted result is 0", () => {
    const { a } = read(rows);
    const text = generateCommentary(a, settings())
      .sections.flatMap((x) => x.paragraphs)
      .join("\n")
      .replace(/\u00a0/g, " ");
    expect(text).not.toContain("saknar budget");
    expect(text).toContain("Kommunstyrelsen redovisar ett överskott mot budget med 11 350 tkr");
  });
});

describe("a result table without a deviation column", () => {
  it("reads a bare 'Resultat' beside 'Budgeterat resultat' as the outcome", () => {
    const { st } = read([
      ["Driftredovisning, tkr"],
      ["Nämnd", "Resultat", "Budgeterat resultat"],
      ["Kommunstyrelsen", 11350, 0],
      ["Miljö- och samhällsbyggnadsnämnden", -17572, -4491],
      ["Barn- och utbildningsnämnden", -6628, 0],
    ]);
    expect(st.columns.fields).toEqual({ actual: 1, budget: 2 });
    expect(st.rows.map((r) => r.budgetDeviation)).toEqual([11350, -13081, -6628]);
  });
});
