import type { StatementAnalysis } from "../../../src/core/analysis";
import { analyzeSnapshot } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid";
import type { Settings } from "../../../src/core/settings";
import { kindOfLabel } from "../../../src/core/statement/rowKinds";
import { q1Rows, settings, sheet, snapshot } from "../../support/grid";

function analyse(
  rows: CellValue[][],
  s: Partial<Settings> = {},
): { st: StatementAnalysis; codes: string[]; cells: (string | null)[] } {
  const a = analyzeSnapshot(snapshot(sheet("RR", rows)), settings(s));
  if (!a.statement) throw new Error("no statement");
  return {
    st: a.statement,
    codes: a.diagnostics.map((d) => d.code),
    cells: a.diagnostics.map((d) => d.cell),
  };
}
const row = (st: StatementAnalysis, label: string) => {
  const r = st.rows.find((x) => x.label === label);
  if (!r) throw new Error(`no row ${label}`);
  return r;
};

/** The same statement with costs stored as positive numbers, as many municipalities keep it. */
function costsPositive(): CellValue[][] {
  return q1Rows().map((r, i) => {
    const label = String(r[0] ?? "");
    if (i < 4 || !/kostnader$|Personal|Lokal/.test(label) || /netto/.test(label)) return r;
    return r.map((v, j) => (typeof v === "number" && j !== 3 && j !== 6 ? -v : v));
  });
}

describe("statement analysis on the Q1 statement", () => {
  const { st, codes } = analyse(q1Rows());
  it("reads unit, sign convention and organisation from the sheet", () => {
    expect(st.unit).toBe("tkr");
    expect(st.signConvention).toBe("costs-negative");
    expect(st.organisation).toBe("Inköpsnämnden");
    expect(codes).toEqual([]);
  });
  it("computes favourable-positive deviations and statuses", () => {
    expect(row(st, "Personalkostnader")).toMatchObject({
      kind: "cost",
      subtotal: false,
      budgetDeviation: 488,
      material: true,
      status: "green",
      forecastDeviation: 1500,
      forecastStatus: "green",
      yoyChange: 553,
    });
    expect(row(st, "Personalkostnader").yoyChangePct).toBeCloseTo(-5.9, 1);
    expect(row(st, "Personalkostnader").budgetDeviationPct).toBeCloseTo(5.246, 2);
    expect(row(st, "Lokalkostnader")).toMatchObject({
      budgetDeviation: 39,
      material: false,
      status: "green",
    });
    expect(row(st, "Övriga kostnader")).toMatchObject({
      budgetDeviation: 19,
      forecastDeviation: -1500,
      forecastStatus: "red",
    });
    expect(row(st, "Verksamhetens kostnader")).toMatchObject({
      kind: "cost",
      subtotal: true,
      budgetDeviation: 545,
    });
    expect(row(st, "Verksamhetens intäkter")).toMatchObject({
      kind: "revenue",
      subtotal: true,
      budgetDeviation: -545,
      status: "red",
    });
    expect(row(st, "Årets resultat")).toMatchObject({
      kind: "result",
      budgetDeviation: 0,
      status: "green",
    });
  });
  it("gives null, not NaN or Infinity, for a percentage of a zero budget", () => {
    expect(row(st, "Erhållen intern uppdragsersättning")).toMatchObject({
      budget: 0,
      budgetDeviation: 21,
      budgetDeviationPct: null,
      status: "green",
    });
  });
  it("finds no disagreement in a clean sheet", () => {
    expect(st.checks).toEqual([]);
  });
});

describe("sign conventions", () => {
  /** What must not depend on how the sheet stores signs. */
  const favourable = (s: StatementAnalysis) =>
    s.rows.map((r) => [
      r.label,
      r.kind,
      r.budgetDeviation,
      r.forecastDeviation,
      r.yoyChange,
      r.yoyChangePct,
      r.status,
      r.forecastStatus,
      r.material,
    ]);
  const neg = analyse(q1Rows()).st;

  it("reads a ledger export (revenue negative, costs positive) with the same deviations and statuses", () => {
    const ledger = q1Rows().map((r, i) =>
      i < 4 ? r : r.map((v) => (typeof v === "number" && v !== 0 ? -v : v)),
    );
    const led = analyse(ledger).st;
    expect(led.signConvention).toBe("revenue-negative");
    expect(favourable(led)).toEqual(favourable(neg));
    expect(led.checks).toEqual([]);
  });

  it("gives the same favourable deviations and statuses when costs are stored as positive numbers", () => {
    const pos = analyse(costsPositive()).st;
    expect(pos.signConvention).toBe("costs-positive");
    expect(favourable(pos)).toEqual(favourable(neg));
    expect(pos.checks).toEqual([]);
  });
});

describe("materiality and status", () => {
  it("needs both the amount and the percentage of budget", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget"],
      ["Personalkostnader", -100_150, -100_000],
      ["Lokalkostnader", -1150, -1000],
      ["IT-kostnader", -40, -20],
    ];
    const { st } = analyse(rows);
    expect(row(st, "Personalkostnader")).toMatchObject({
      budgetDeviation: -150,
      material: false,
      status: "yellow",
    });
    expect(row(st, "Lokalkostnader")).toMatchObject({
      budgetDeviation: -150,
      material: true,
      status: "red",
    });
    expect(row(st, "IT-kostnader")).toMatchObject({
      budgetDeviation: -20,
      material: false,
      status: "yellow",
    });
  });
  it("converts the materiality amount to the sheet's unit (mnkr)", () => {
    const rows: CellValue[][] = [
      ["Belopp i mnkr", "Utfall", "Budget"],
      ["Personalkostnader", -10.4, -10.1],
      ["Lokalkostnader", -2.05, -2.0],
    ];
    const { st } = analyse(rows);
    expect(st.unit).toBe("mnkr");
    expect(st.materialityAmount).toBe(0.1);
    expect(row(st, "Personalkostnader")).toMatchObject({ material: true, status: "red" });
    expect(row(st, "Personalkostnader").budgetDeviation).toBeCloseTo(-0.3, 9);
    expect(row(st, "Lokalkostnader")).toMatchObject({ material: false, status: "yellow" });
  });
  it("takes its thresholds from the settings", () => {
    const { st } = analyse(q1Rows(), { materialityAmountTkr: 500 });
    expect(row(st, "Personalkostnader").material).toBe(false);
  });
  it("says none where there is nothing to compare", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget", "Utfall fg år"],
      ["Personalkostnader", -100, null, -90],
    ];
    expect(row(analyse(rows).st, "Personalkostnader")).toMatchObject({
      budgetDeviation: null,
      status: "none",
      yoyChange: -10,
    });
  });
});

describe("row kinds", () => {
  it("lets section headings set the kind of the lines under them", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget"],
      ["Intäkter"],
      ["Taxor och avgifter", 120, 100],
      ["Försäljning av verksamhet", 30, 40],
      ["Summa intäkter", 150, 140],
      ["Kostnader"],
      ["Köp av huvudverksamhet", 200, 210],
      ["Bidrag", 50, 40],
      ["Summa kostnader", 250, 250],
      ["Nettokostnad", 100, 110],
    ];
    const { st } = analyse(rows);
    expect(st.signConvention).toBe("costs-positive");
    expect(st.rows.map((r) => [r.label, r.kind, r.subtotal])).toEqual([
      ["Taxor och avgifter", "revenue", false],
      ["Försäljning av verksamhet", "revenue", false],
      ["Summa intäkter", "revenue", true],
      ["Köp av huvudverksamhet", "cost", false],
      ["Bidrag", "cost", false],
      ["Summa kostnader", "cost", true],
      ["Nettokostnad", "result", true],
    ]);
    expect(row(st, "Bidrag")).toMatchObject({ budgetDeviation: -10, status: "yellow" });
    expect(row(st, "Nettokostnad")).toMatchObject({ budgetDeviation: 10, status: "green" });
    expect(st.checks).toEqual([]);
  });
  it("classifies a municipal statement's lines", () => {
    const rows: CellValue[][] = [
      ["Mnkr", "Utfall", "Budget"],
      ["Verksamhetens intäkter", 310, 300],
      ["Verksamhetens kostnader", -1900, -1880],
      ["Avskrivningar", -60, -62],
      ["Verksamhetens nettokostnader", -1650, -1642],
      ["Skatteintäkter", 1400, 1395],
      ["Generella statsbidrag och utjämning", 300, 298],
      ["Verksamhetens resultat", 50, 51],
      ["Finansiella intäkter", 5, 4],
      ["Finansiella kostnader", -8, -9],
      ["Resultat efter finansiella poster", 47, 46],
      ["Årets resultat", 47, 46],
    ];
    const { st } = analyse(rows);
    // "Verksamhetens intäkter/kostnader" total nothing here: they are items; result lines are totals.
    expect(st.rows.filter((r) => r.subtotal).map((r) => r.label)).toEqual([
      "Verksamhetens nettokostnader",
      "Verksamhetens resultat",
      "Resultat efter finansiella poster",
      "Årets resultat",
    ]);
    expect(st.rows.map((r) => r.kind)).toEqual([
      "revenue",
      "cost",
      "cost",
      "result",
      "revenue",
      "revenue",
      "result",
      "revenue",
      "cost",
      "result",
      "result",
    ]);
    expect(st.checks).toEqual([]);
  });
});

describe("reconciliation checks", () => {
  it("reports a Diff cell that disagrees with actual − budget, naming the cell", () => {
    const rows = q1Rows();
    rows[7] = [...rows[7]];
    rows[7][3] = 500; // Personalkostnader: −8 814 − (−9 302) = 488
    const { st } = analyse(rows);
    expect(st.checks).toEqual([
      expect.objectContaining({
        type: "deviationColumn",
        cell: "RR!D8",
        expected: 488,
        found: 500,
        label: "Personalkostnader",
      }),
    ]);
    expect(st.checks[0].message).toContain("Personalkostnader");
  });
  it("accepts a Diff column written the other way round (budget − actual)", () => {
    const rows = q1Rows().map((r, i) =>
      i > 3 ? r.map((v, j) => (j === 3 && typeof v === "number" ? -v : v)) : r,
    );
    expect(analyse(rows).st.checks).toEqual([]);
  });
  it("tolerates rounding by one", () => {
    const rows = q1Rows();
    rows[7] = [...rows[7]];
    rows[7][3] = 489;
    expect(analyse(rows).st.checks).toEqual([]);
  });
  it("reports a subtotal that does not add up", () => {
    const rows = q1Rows();
    rows[10] = [...rows[10]];
    rows[10][1] = -10_208; // Verksamhetens kostnader: should be −10 108
    const { st } = analyse(rows);
    const subtotal = st.checks.find((c) => c.type === "subtotal");
    expect(subtotal).toMatchObject({ cell: "RR!B11", expected: -10108, found: -10208 });
    // The result line agrees with the lines themselves: only the wrong total is reported.
    expect(st.checks.map((c) => c.cell)).toEqual(["RR!D11", "RR!B11"]);
  });
  it("reports a result line that is not revenue + costs", () => {
    const rows = q1Rows();
    rows[11] = [...rows[11]];
    rows[11][2] = 100;
    const { st } = analyse(rows);
    expect(st.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "result", cell: "RR!C12", expected: 0, found: 100 }),
      ]),
    );
  });
});

describe("cells that are not numbers", () => {
  it("reads text numbers as pasted from reports", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget"],
      ["Övriga intäkter", "10 087", "10\u00a0653"],
      ["Personalkostnader", "−8 814", "(9 302)"],
      ["Lokalkostnader", "-490 tkr", "-0,529 mnkr"],
    ];
    const { st, codes } = analyse(rows);
    expect(codes).toEqual([]);
    expect(row(st, "Övriga intäkter")).toMatchObject({
      actual: 10087,
      budget: 10653,
      budgetDeviation: -566,
    });
    expect(row(st, "Personalkostnader")).toMatchObject({
      actual: -8814,
      budget: -9302,
      budgetDeviation: 488,
    });
    expect(row(st, "Lokalkostnader")).toMatchObject({
      actual: -490,
      budget: -529,
      budgetDeviation: 39,
    });
  });
  it("gives a diagnostic naming the cell for errors and words, never a silent zero", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget"],
      ["Personalkostnader", { error: "#REF!" }, -9302],
      ["Lokalkostnader", -490, "n/a"],
      ["Övriga kostnader", -804, -823],
    ];
    const { st, codes, cells } = analyse(rows);
    expect(codes).toEqual(["cellError", "notANumber"]);
    expect(cells).toEqual(["RR!B2", "RR!C3"]);
    expect(row(st, "Personalkostnader")).toMatchObject({
      actual: null,
      budgetDeviation: null,
      status: "none",
    });
    expect(row(st, "Lokalkostnader")).toMatchObject({ budget: null, status: "none" });
    expect(row(st, "Övriga kostnader")).toMatchObject({ budgetDeviation: 19 });
  });
});

describe("tables other municipalities publish", () => {
  it("reads a net-cost table per nämnd (positive numbers, no cost words) as costs", () => {
    const rows: CellValue[][] = [
      ["Nettokostnad per nämnd (mnkr)"],
      ["Nämnd", "Utfall", "Budget", "Avvikelse"],
      ["Kommunstyrelsen", 45.3, 44.0, -1.3],
      ["Barn- och utbildningsnämnden", 812.4, 820.0, 7.6],
      ["Socialnämnden", 655.1, 640.0, -15.1],
      ["Summa", 1512.8, 1504.0, -8.8],
    ];
    const { st } = analyse(rows);
    expect(st.signConvention).toBe("costs-positive");
    expect(st.rows.map((r) => [r.label, r.kind, r.status])).toEqual([
      ["Kommunstyrelsen", "cost", "red"],
      ["Barn- och utbildningsnämnden", "cost", "green"],
      ["Socialnämnden", "cost", "red"],
      // −8,8 mnkr is less than 2 % of the 1 504 mnkr budget, but over the always-material 1 000 tkr.
      ["Summa", "cost", "red"],
    ]);
    expect(row(st, "Barn- och utbildningsnämnden").budgetDeviation).toBeCloseTo(7.6, 9);
    expect(st.checks).toEqual([]);
    // Without the always-material bound it is unfavourable but not material.
    const lenient = analyse(rows, { materialityLargeTkr: 1e9 }).st;
    expect(row(lenient, "Summa").status).toBe("yellow");
  });

  it("reads a delårsrapport statement: part-year actuals, full-year budget and forecast, one deviation", () => {
    const rows: CellValue[][] = [
      [
        "Resultaträkning, mnkr",
        "Utfall jan–aug 2025",
        "Utfall jan–aug 2024",
        "Budget 2025",
        "Prognos 2025",
        "Avvikelse",
      ],
      ["Verksamhetens intäkter", 410.2, 398.0, 600.0, 612.0, 12.0],
      ["Verksamhetens kostnader", -2510.4, -2444.1, -3790.0, -3815.0, -25.0],
    ];
    const { st } = analyse(rows);
    expect(st.columns.fields).toEqual({
      actual: 1,
      priorYear: 2,
      fullYearBudget: 3,
      forecast: 4,
      forecastDiff: 5,
    });
    expect(row(st, "Verksamhetens kostnader")).toMatchObject({
      budgetDeviation: null,
      status: "none",
      forecastDeviation: -25,
      // Under 2 % of 3 790 mnkr, but 25 mnkr is over the always-material 1 000 tkr.
      forecastStatus: "red",
    });
    expect(st.checks).toEqual([]);
  });

  it("does not take a deviation against last year for a forecast deviation", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget", "Utfall fg år", "Avvikelse mot fg år"],
      ["Personalkostnader", -100, -110, -90, -10],
    ];
    expect(analyse(rows).st.columns.fields).toEqual({ actual: 1, budget: 2, priorYear: 3 });
  });
});

describe("a municipal statement with financial items", () => {
  it("reads Finansnetto as the net of the financial lines, and checks the results around it", () => {
    const rows: CellValue[][] = [
      ["Mnkr", "Utfall", "Budget"],
      ["Verksamhetens nettokostnader", -1650, -1642],
      ["Skatteintäkter", 1700, 1690],
      ["Verksamhetens resultat", 50, 48],
      ["Finansiella intäkter", 5, 4],
      ["Finansiella kostnader", -8, -9],
      ["Finansnetto", -3, -5],
      ["Resultat efter finansiella poster", 47, 43],
      ["Årets resultat", 47, 43],
    ];
    const { st } = analyse(rows);
    expect(row(st, "Finansnetto")).toMatchObject({
      kind: "revenue",
      subtotal: true,
      budgetDeviation: 2,
    });
    expect(st.checks).toEqual([]);
    const broken = rows.map((r) => (r[0] === "Finansnetto" ? ["Finansnetto", -6, -5] : r));
    expect(analyse(broken).st.checks.map((c) => c.cell)).toEqual(["RR!B7"]);
  });
});

describe("labels whose words point both ways", () => {
  it.each([
    ["Sociala avgifter", "cost"],
    ["Arbetsgivaravgifter", "cost"],
    ["Särskild löneskatt", "cost"],
    ["Lämnade bidrag", "cost"],
    ["Erhållna bidrag", "revenue"],
    ["Taxor och avgifter", "revenue"],
    ["Finansnetto", "revenue"],
    ["Verksamhetens nettokostnader", "result"],
  ])("%s is %s", (label, kind) => {
    expect(kindOfLabel(label)).toBe(kind);
  });
});
