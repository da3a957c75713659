import { findStatementTables } from "../../../src/core/find/statementTable";
import { classifyStatementHeader } from "../../../src/core/find/statementHeaders";
import { HEADER, q1Rows, sheet } from "../../support/grid";

const field = (text: string): string | null => {
  const h = classifyStatementHeader(text);
  return h.role === "field" ? h.field : h.role;
};

describe("classifyStatementHeader", () => {
  it.each([
    ["Ack utfall", "actual"],
    ["Utfall ack", "actual"],
    ["UTFALL", "actual"],
    ["Utfall 2025", "actual"],
    ["Ack\nutfall", "actual"],
    ["  Ack   utfall ", "actual"],
    ["Ack budget", "budget"],
    ["Budget ack", "budget"],
    ["Budget", "budget"],
    ["Budget 2025", "budget"],
    ["Budget helår", "fullYearBudget"],
    ["Årsbudget", "fullYearBudget"],
    ["Prognos helår", "forecast"],
    ["Helårsprognos", "forecast"],
    ["Prognos", "forecast"],
    ["Ack utfall fg år", "priorYear"],
    ["Utfall fg år", "priorYear"],
    ["Föregående år", "priorYear"],
    ["Diff", "budgetDiff"],
    ["Diff månad", "budgetDiff"],
    ["Avvikelse", "budgetDiff"],
    ["Avvikelse mot budget", "budgetDiff"],
    ["Diff helår", "forecastDiff"],
    ["Avvikelse prognos/budget", "forecastDiff"],
    ["% förändring", "yoyPct"],
    ["Förändring %", "yoyPct"],
    ["Resultatrader", "label"],
    ["Tkr", "label"],
    ["Belopp i mnkr", "label"],
    ["Konto", "label"],
    ["Kommentar", "comment"],
    ["Not", "ignore"],
    ["Status", "ignore"],
    ["Avvikelse %", "ignore"],
    // Headings the page hyphenates across lines, pasted with the break.
    ["BUDGE-\nTERAT RESULTAT", "budget"],
    ["Kommun-\nbidrag", "budget"],
    ["Netto-\nkostnad", "actual"],
  ])("%j → %s", (text, expected) => {
    expect(field(text)).toBe(expected);
  });
});

describe("findStatementTables", () => {
  it("finds the header below title rows and ends at the last figure line", () => {
    const [t] = findStatementTables(sheet("RR", q1Rows()));
    expect(t.headerRow).toBe(3);
    expect(t.lastRow).toBe(12);
    expect(t.columns.label).toBe(0);
    expect(t.columns.fields).toEqual({
      actual: 1,
      budget: 2,
      budgetDiff: 3,
      fullYearBudget: 4,
      forecast: 5,
      forecastDiff: 6,
      priorYear: 7,
    });
  });

  it("finds a table that starts anywhere, keeps single blank lines and stops at two", () => {
    const rows = [
      [],
      [],
      [null, null, "Resultatrapport"],
      [],
      [null, null, "Rad", "Utfall", "Budget"],
      [null, null, "Intäkter", 10, 12],
      [],
      [null, null, "Kostnader", -5, -6],
      [],
      [],
      [null, null, "Not 1: se bilaga", 1, 2],
    ];
    const found = findStatementTables(sheet("S", rows));
    expect(found).toHaveLength(1);
    expect(found[0].range).toEqual({ top: 4, left: 2, bottom: 7, right: 4 });
  });

  it("reads a group heading row above the headers (Ackumulerat / Helår)", () => {
    const rows = [
      ["Tkr", "Ackumulerat", null, null, "Helår", null, null],
      [null, "Utfall", "Budget", "Avvikelse", "Budget", "Prognos", "Avvikelse"],
      ["Personalkostnader", -100, -120, 20, -480, -470, 10],
    ];
    const [t] = findStatementTables(sheet("S", rows));
    expect(t.headerRow).toBe(1);
    expect(t.columns.fields).toEqual({
      actual: 1,
      budget: 2,
      budgetDiff: 3,
      fullYearBudget: 4,
      forecast: 5,
      forecastDiff: 6,
    });
  });

  it("uses a merged group heading across its merge", () => {
    const rows = [
      [null, "Period", null, "Helår", null],
      ["Mnkr", "Utfall", "Budget", "Budget", "Prognos"],
      ["Personalkostnader", -10, -12, -48, -47],
    ];
    const merges = [
      { top: 0, bottom: 0, left: 1, right: 2 },
      { top: 0, bottom: 0, left: 3, right: 4 },
    ];
    const [t] = findStatementTables(sheet("S", rows, { merges }));
    expect(t.columns.fields).toMatchObject({
      actual: 1,
      budget: 2,
      fullYearBudget: 3,
      forecast: 4,
    });
  });

  it("takes the earlier of two year-labelled Utfall columns as the prior year and ignores Not", () => {
    const rows = [
      ["Belopp i mnkr", "Not", "Utfall 2024", "Budget 2024", "Utfall 2023"],
      ["Verksamhetens intäkter", 1, 512.3, 500, 498.1],
    ];
    const [t] = findStatementTables(sheet("Kommun", rows));
    expect(t.columns.fields).toEqual({ actual: 2, budget: 3, priorYear: 4 });
  });

  it("reads a lone 'Budget 2025' beside a part-year actual and a forecast as the full-year budget", () => {
    const rows = [
      ["Mnkr", "Utfall jan-aug 2025", "Utfall jan-aug 2024", "Budget 2025", "Prognos 2025"],
      ["Verksamhetens kostnader", -812.4, -790.2, -1250, -1262.5],
    ];
    const [t] = findStatementTables(sheet("Delår", rows));
    expect(t.columns.fields).toEqual({ actual: 1, priorYear: 2, fullYearBudget: 3, forecast: 4 });
  });

  it("picks the name column, not the account number, as the label", () => {
    const rows = [
      ["Konto", "Benämning", "Utfall", "Budget"],
      ["5010", "Löner tillsvidareanställda", -500, -520],
      ["5410", "Sociala avgifter", -150, -160],
    ];
    const [t] = findStatementTables(sheet("Konton", rows));
    expect(t.columns.label).toBe(1);
  });

  it("bounds the table by the Excel table around it", () => {
    const rows = [
      HEADER,
      ["Personalkostnader", -1, -2, 1, -3, -3, 0, -1],
      ["Lokalkostnader", -1, -1, 0, -3, -3, 0, -1],
      ["Efter tabellen", 5, 5],
    ];
    const tables = [{ name: "RR", range: { top: 0, left: 0, bottom: 2, right: 7 } }];
    const [t] = findStatementTables(sheet("S", rows, { tables }));
    expect(t.lastRow).toBe(2);
  });

  it("reports a repeated header as the start of another table", () => {
    const rows = [...q1Rows().slice(3, 8), HEADER, ...q1Rows().slice(8)];
    const found = findStatementTables(sheet("S", rows));
    expect(found).toHaveLength(2);
    expect(found[1].headerRow).toBe(5);
  });

  it("finds nothing in a sheet without a statement", () => {
    expect(
      findStatementTables(
        sheet("S", [
          ["Indikator", "Målvärde", "Utfall"],
          ["Sjukfrånvaro", "Högst 6 %", "1,7 %"],
        ]),
      ),
    ).toEqual([]);
    expect(findStatementTables(sheet("Tom", []))).toEqual([]);
  });
});

describe("year-only headers, as annual reports print them", () => {
  it("reads 'Mnkr | Not | 2024 | 2023' as outcome and prior year", () => {
    const rows = [
      ["Mnkr", "Not", 2024, 2023],
      ["Verksamhetens intäkter", 1, 512.3, 498.1],
      ["Verksamhetens kostnader", 2, -2900.4, -2811.0],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.headerRow).toBe(0);
    expect(t.columns.fields).toEqual({ actual: 2, priorYear: 3 });
  });
  it("reads text years beside a budget column", () => {
    const rows = [
      ["Belopp i tkr", "Budget 2025", "2025", "2024"],
      ["Personalkostnader", -900, -880, -850],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.columns.fields).toEqual({ budget: 1, actual: 2, priorYear: 3 });
  });
  it("does not take a data row holding year-like figures for a header", () => {
    const rows = [
      ["Tkr", "Utfall", "Budget"],
      ["Lokalkostnader", 2024, 2019],
      ["Övriga kostnader", 2021, 2020],
    ];
    const found = findStatementTables(sheet("RR", rows));
    expect(found).toHaveLength(1);
    expect(found[0].headerRow).toBe(0);
    expect(found[0].firstRow).toBe(1);
    expect(found[0].lastRow).toBe(2);
  });
  it("reads a first data line of 2000-ish amounts as data, not as a second header row", () => {
    // 2013 and 2019 tkr under "Utfall 2019 | Budget 2019": a label and amounts, not a row of years.
    const rows = [
      ["Tkr", "Utfall 2019", "Budget 2019", "Avvikelse"],
      ["Lokalkostnader", 2013, 2019, 6],
      ["Övriga kostnader", 5000, 5100, 100],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect({ header: t.headerRow, first: t.firstRow }).toEqual({ header: 0, first: 1 });
    // With no label the line is data too when a column under a heading holds a figure that is no year.
    const unlabelled = [
      ["Tkr", "Utfall", "Budget", "Avvikelse"],
      [null, 2013, 2019, 6],
      ["Övriga kostnader", 5000, 5100, 100],
    ];
    expect(findStatementTables(sheet("RR", unlabelled))[0].headerRow).toBe(0);
  });
  it("still reads a row of bare years under a row of headings as the second header row", () => {
    const rows = [
      ["Belopp i mnkr", "Not", "Bokslut", "Budget"],
      [null, null, 2024, 2024],
      ["Verksamhetens intäkter", 1, 512.3, 498.1],
      ["Verksamhetens kostnader", 2, -2900.4, -2811.0],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.headerRow).toBe(1);
    expect(t.columns.fields).toEqual({ actual: 2, budget: 3 });
  });
});

describe("parallel column groups (kommunen / kommunkoncernen)", () => {
  it("takes the outcome and prior year from the budget's group, wherever that group stands", () => {
    // Ängelholm 2021: the koncern's years come first; the budget stands with the kommun's.
    const rows = [
      ["mnkr", "Not", "Kommunkoncernen", null, "Kommunen"],
      [null, "1, 2", 2021, 2020, 2021, "Budget 2021", 2020],
      ["Verksamhetens intäkter", 3, 1006.9, 984.6, 699.1, 650.0, 703.3],
      ["Verksamhetens kostnader", 4, -3215.2, -3122.3, -2911.8, -3107.7, -3055.3],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.columns.fields).toEqual({ actual: 4, budget: 5, priorYear: 6 });
  });
  it("keeps the first group's columns when no budget says which group is followed up", () => {
    const rows = [
      [null, null, "Kommunen", null, "Sammanställd redovisning"],
      ["Belopp i mnkr", "Not", 2017, 2018, 2017, 2018],
      ["Verksamhetens intäkter", 1, 10866, 10932, 25758, 26358],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.columns.fields).toEqual({ actual: 3, priorYear: 2 });
  });
});

describe("a row of years under group headings, headed by the label column's own heading", () => {
  it("reads 'Kostnadsslag | 2025 | 2024' under 'Utfall' as the second header row, not as data", () => {
    const rows = [
      [null, "Utfall", null, "Budget"],
      ["Kostnadsslag", 2025, 2024, 2025],
      ["Personalkostnader", -900, -880, -950],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.headerRow).toBe(1);
    expect(t.columns.fields).toMatchObject({ actual: 1, budget: 3 });
  });
});

describe("parallel column groups need repeated years", () => {
  it("does not move the outcome for headings above that are no groups of the same years", () => {
    const rows = [
      ["Resultaträkning", null, null, "Belopp i tkr"],
      ["Rad", "Utfall 2025", "Budget 2025", "Utfall 2024"],
      ["Verksamhetens intäkter", 512, 500, 498],
    ];
    const [t] = findStatementTables(sheet("RR", rows));
    expect(t.columns.fields).toEqual({ actual: 1, budget: 2, priorYear: 3 });
  });
});
