/**
 * Hand-built analyses for the commentary tests. Rows are given in the sheet's own numbers
 * (costs negative, as in the fixtures); deviations and materiality are derived the way the
 * engine defines them, unless a test overrides a field.
 */
import type {
  Analysis,
  IndicatorItem,
  IndicatorStatus,
  Period,
  RowKind,
  StatementAnalysis,
  StatementRow,
  Target,
} from "../../../src/core/analysis";
import { withDefaults, type Settings } from "../../../src/core/settings";
import { summarizeStatement } from "../../../src/core/statement/summary";

export interface RowInput {
  actual?: number | null;
  budget?: number | null;
  fullYearBudget?: number | null;
  forecast?: number | null;
  priorYear?: number | null;
  subtotal?: boolean;
  comment?: string | null;
}

const MATERIALITY = 100;
const MATERIALITY_PCT = 2;

function diff(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}

function isMaterial(dev: number | null, base: number | null): boolean {
  if (dev === null) return false;
  return (
    Math.abs(dev) >= MATERIALITY && Math.abs(dev) >= (MATERIALITY_PCT / 100) * Math.abs(base ?? 0)
  );
}

let nextRow = 4;

/** A statement row in the costs-negative convention: every deviation is actual − reference. */
export function row(
  label: string,
  kind: RowKind,
  input: RowInput,
  overrides: Partial<StatementRow> = {},
): StatementRow {
  const r = nextRow++;
  const actual = input.actual ?? null;
  const budget = input.budget ?? null;
  const budgetDeviation = diff(actual, budget);
  const forecastDeviation = diff(input.forecast, input.fullYearBudget);
  const priorYear = input.priorYear ?? null;
  const yoyChange = diff(actual, priorYear);
  const yoyChangePct =
    actual !== null && priorYear !== null && priorYear !== 0
      ? ((Math.abs(actual) - Math.abs(priorYear)) / Math.abs(priorYear)) * 100
      : null;
  return {
    label,
    cell: `B${r + 1}`,
    row: r,
    kind,
    subtotal: input.subtotal ?? kind === "result",
    level: 0,
    parentRow: null,
    varav: false,
    actual,
    budget,
    budgetDeviation,
    budgetDeviationPct:
      budgetDeviation !== null && budget ? (budgetDeviation / Math.abs(budget)) * 100 : null,
    fullYearBudget: input.fullYearBudget ?? null,
    forecast: input.forecast ?? null,
    forecastDeviation,
    priorYear,
    yoyChange,
    yoyChangePct,
    material: isMaterial(budgetDeviation, budget),
    forecastMaterial: isMaterial(forecastDeviation, input.fullYearBudget ?? null),
    status: "none",
    forecastStatus: "none",
    comment: input.comment ?? null,
    ...overrides,
  };
}

export function statement(
  rows: StatementRow[],
  extra: Partial<StatementAnalysis> = {},
): StatementAnalysis {
  return {
    sheet: "Resultaträkning",
    range: { top: 3, left: 1, bottom: 3 + rows.length, right: 9 },
    headerRow: 3,
    netCost: false,
    unit: "tkr",
    signConvention: "costs-negative",
    columns: { label: 1, comment: null, fields: {}, headers: {} },
    rows,
    checks: [],
    titleLines: [],
    organisation: null,
    materialityAmount: MATERIALITY,
    ...extra,
  };
}

/** An analysis with its summary computed as the engine does (materiality % from `s`). */
export function analysis(parts: Partial<Analysis>, s: Settings = withDefaults()): Analysis {
  const statement = parts.statement ?? null;
  const period = parts.period ?? null;
  return {
    statement: null,
    indicators: null,
    goals: null,
    actions: null,
    controls: null,
    period: null,
    diagnostics: [],
    summary: statement ? summarizeStatement(statement, period, s) : null,
    ...parts,
  };
}

export function period(year: number, month: number): Period {
  return { year, month, source: "setting" };
}

export function target(
  text: string,
  direction: "min" | "max",
  value: number,
  unit: Target["unit"],
): Target {
  return { text, direction, value, unit };
}

export function indicator(
  name: string,
  status: IndicatorStatus,
  fields: Partial<IndicatorItem> = {},
): IndicatorItem {
  const r = nextRow++;
  return {
    name,
    cell: `B${r + 1}`,
    row: r,
    target: null,
    actual: null,
    unit: "none",
    fulfilment: null,
    status,
    reason: null,
    actualText: "",
    comment: null,
    period: null,
    ...fields,
  };
}

export function indicators(items: IndicatorItem[]): Analysis["indicators"] {
  return {
    sheet: "Indikatorer",
    range: { top: 3, left: 1, bottom: 3 + items.length, right: 5 },
    headerRow: 3,
    items,
    titleLines: [],
  };
}

export function settings(partial: Partial<Settings> = {}): Settings {
  return withDefaults(partial);
}

/** The first quarter 2025 of Inköpsnämnden, as inkop-q1-2025.xlsx holds it. */
export function inkopQ1Statement(): StatementAnalysis {
  return statement(
    [
      row("Erhållen intern uppdragsersättning", "revenue", {
        actual: 21,
        budget: 0,
        fullYearBudget: 0,
        forecast: 0,
        priorYear: 15,
      }),
      row("Övriga intäkter", "revenue", {
        actual: 10087,
        budget: 10653,
        fullYearBudget: 40704,
        forecast: 40704,
        priorYear: 11010,
      }),
      row("Verksamhetens intäkter", "revenue", {
        actual: 10108,
        budget: 10653,
        fullYearBudget: 40704,
        forecast: 40704,
        priorYear: 11024,
        subtotal: true,
      }),
      row("Personalkostnader", "cost", {
        actual: -8814,
        budget: -9302,
        fullYearBudget: -35299,
        forecast: -33799,
        priorYear: -9367,
      }),
      row("Lokalkostnader", "cost", {
        actual: -490,
        budget: -529,
        fullYearBudget: -2114,
        forecast: -2114,
        priorYear: -540,
      }),
      row("Övriga kostnader", "cost", {
        actual: -804,
        budget: -823,
        fullYearBudget: -3291,
        forecast: -4791,
        priorYear: -1117,
      }),
      row("Verksamhetens kostnader", "cost", {
        actual: -10108,
        budget: -10653,
        fullYearBudget: -40704,
        forecast: -40704,
        priorYear: -11024,
        subtotal: true,
      }),
      row("Verksamhetens nettokostnader", "result", {
        actual: 0,
        budget: 0,
        fullYearBudget: 0,
        forecast: 0,
        priorYear: 0,
      }),
      row("Årets resultat", "result", {
        actual: 0,
        budget: 0,
        fullYearBudget: 0,
        forecast: 0,
      }),
    ],
    {
      titleLines: ["Inköpsnämnden", "Resultaträkning per 2025-03-31 (tkr)"],
      organisation: "Inköpsnämnden",
    },
  );
}

export function inkopQ1Indicators(): IndicatorItem[] {
  return [
    indicator("Avvikelse mot budgeterat resultat i tkr", "green", {
      target: target("0 tkr", "min", 0, "tkr"),
      actual: 0,
      unit: "tkr",
      actualText: "0",
      comment: "Verksamheten är intäktsfinansierad.",
    }),
    indicator("Sjukfrånvarotid i relation till ordinarie arbetstid", "green", {
      target: target("Högst 6 %", "max", 6, "%"),
      actual: 1.7,
      unit: "%",
      fulfilment: 6 / 1.7,
      actualText: "1,7 %",
      comment: "Sjukfrånvaron fortsätter på låga nivåer.",
    }),
    indicator("Antal anställda", "grey", {
      actual: 40,
      actualText: "40",
      reason: "Målvärde saknas",
    }),
  ];
}

export function inkopQ1(): Analysis {
  return analysis({
    statement: inkopQ1Statement(),
    indicators: indicators(inkopQ1Indicators()),
    period: period(2025, 3),
  });
}

/** The indicator sheet of inkop-indikatorer-2019.xlsx. */
export function inkop2019Indicators(): IndicatorItem[] {
  return [
    indicator("Antal elektroniska beställningar Sörmland", "grey", {
      actual: 61735,
      actualText: "61735",
      reason: "Målvärde saknas",
      comment: "Antal 2019",
    }),
    indicator("Antal elektroniska beställningar Västmanland", "grey", {
      actual: 51085,
      actualText: "51085",
      reason: "Målvärde saknas",
      comment: "Antal 2019",
    }),
    indicator("Andelen engagerade medarbetare HME index", "grey", {
      actualText: "Mäts ej 2019",
      reason: "Mäts ej 2019",
    }),
    indicator("Sjukfrånvarotid i relation till ordinarie arbetstid", "green", {
      target: target("Max 4,2 %", "max", 4.2, "%"),
      actual: 3.94,
      unit: "%",
      fulfilment: 4.2 / 3.94,
      actualText: "3,94%",
      comment: "Glädjande ligger indikatorn ännu under målvärdet.",
    }),
    indicator("Samordnade upphandlingar", "yellow", {
      target: target("30 st", "min", 30, "st"),
      actual: 28,
      unit: "st",
      fulfilment: 28 / 30,
      actualText: "28 st",
      comment: "Fortsatt trögt att få till en större ökning.",
    }),
    indicator("Ekonomiskt resultat - avvikelse utfall/budget i tkr", "green", {
      target: target("0 tkr", "min", 0, "tkr"),
      actual: 1738,
      unit: "tkr",
      actualText: "1738",
      comment: "Kostnaderna understiger budget med 1 738 tkr.",
    }),
    indicator("Möjliggjorda besparingar", "yellow", {
      target: target("40 MSEK", "min", 40, "mnkr"),
      actual: 37.5,
      unit: "mnkr",
      fulfilment: 37.5 / 40,
      actualText: "37,5 MSEK",
    }),
  ];
}

/** All paragraphs of one section, or [] when the section is absent. */
export function section(
  c: { sections: { id: string; paragraphs: string[] }[] },
  id: string,
): string[] {
  return c.sections.find((s) => s.id === id)?.paragraphs ?? [];
}

/** A section's paragraphs as one string with ordinary spaces, for readable expectations. */
export function sectionText(
  c: { sections: { id: string; paragraphs: string[] }[] },
  id: string,
): string {
  return section(c, id)
    .join("\n")
    .replace(/\u00a0/g, " ");
}
