/**
 * Test doubles for the pane: a recording host over a MemoryPort, and an engine result shaped like
 * the inkop-q1-2025 fixture, so component tests pin the pane's behaviour independently of the engine.
 */
import type { Analysis, IndicatorItem, StatementRow } from "../../src/core/analysis";
import type { Diagnostic } from "../../src/core/diagnostics";
import type { EngineOptions, EngineResult } from "../../src/core/engine";
import type { WorkbookSnapshot } from "../../src/core/grid";
import type { WritePlan } from "../../src/core/plan/types";
import { withDefaults, type Settings } from "../../src/core/settings";
import { summarizeStatement } from "../../src/core/statement/summary";
import type { ClipContent } from "../../src/taskpane/clipboard";
import type { PaneHost, SelectedRange, ThemeKind } from "../../src/taskpane/host";
import type { Engine } from "../../src/taskpane/Pane";
import { MemoryPort } from "./memoryPort";

export function row(p: Partial<StatementRow> & Pick<StatementRow, "label" | "row">): StatementRow {
  return {
    cell: `A${p.row + 1}`,
    kind: "cost",
    subtotal: false,
    actual: null,
    level: 0,
    parentRow: null,
    varav: false,
    budget: null,
    budgetDeviation: null,
    budgetDeviationPct: null,
    fullYearBudget: null,
    forecast: null,
    forecastDeviation: null,
    priorYear: null,
    yoyChange: null,
    yoyChangePct: null,
    material: false,
    forecastMaterial: false,
    status: "none",
    forecastStatus: "none",
    comment: null,
    ...p,
  };
}

function indicator(p: Partial<IndicatorItem> & Pick<IndicatorItem, "name" | "row">): IndicatorItem {
  return {
    cell: `A${p.row + 1}`,
    target: null,
    actual: null,
    unit: "none",
    fulfilment: null,
    status: "grey",
    reason: null,
    actualText: "",
    comment: null,
    period: null,
    ...p,
  };
}

export function fixtureAnalysis(): Analysis {
  const a: Omit<Analysis, "summary"> = {
    period: { year: 2025, month: 3, source: "setting" },
    diagnostics: [],
    goals: null,
    actions: null,
    controls: null,
    statement: {
      sheet: "Resultaträkning",
      range: { top: 3, left: 0, bottom: 12, right: 8 },
      headerRow: 3,
      netCost: false,
      unit: "tkr",
      signConvention: "costs-negative",
      columns: { label: 0, comment: null, fields: {}, headers: {} },
      checks: [],
      titleLines: ["Inköpsnämnden"],
      organisation: "Inköpsnämnden",
      materialityAmount: 100,
      rows: [
        row({
          label: "Verksamhetens intäkter",
          row: 5,
          kind: "revenue",
          subtotal: true,
          budgetDeviation: -545,
          budgetDeviationPct: -5.1,
          material: true,
          status: "red",
        }),
        row({
          label: "Personalkostnader",
          row: 7,
          budgetDeviation: 488,
          budgetDeviationPct: 6.2,
          material: true,
          status: "green",
          forecastDeviation: 1500,
          forecastStatus: "green",
        }),
        row({
          label: "Lokalkostnader",
          row: 8,
          budgetDeviation: 39,
          budgetDeviationPct: 3.1,
          status: "green",
        }),
        row({
          label: "Övriga kostnader",
          row: 9,
          budgetDeviation: 19,
          budgetDeviationPct: 0.8,
          status: "green",
          forecastDeviation: -1500,
          forecastStatus: "red",
        }),
        row({
          label: "Verksamhetens kostnader",
          row: 10,
          subtotal: true,
          budgetDeviation: 545,
          budgetDeviationPct: 5.1,
          material: true,
          status: "green",
        }),
        row({
          label: "Resultat",
          row: 12,
          kind: "result",
          subtotal: true,
          budgetDeviation: 0,
          budgetDeviationPct: null,
          status: "green",
          forecastDeviation: 0,
          forecastStatus: "green",
        }),
      ],
    },
    indicators: {
      sheet: "Indikatorer",
      range: { top: 3, left: 0, bottom: 5, right: 4 },
      headerRow: 3,
      titleLines: [],
      items: [
        indicator({
          name: "Sjukfrånvaro",
          row: 4,
          target: { direction: "max", value: 6, unit: "%", text: "Högst 6 %" },
          actual: 1.7,
          unit: "%",
          actualText: "1,7 %",
          fulfilment: 6 / 1.7,
          status: "green",
        }),
        indicator({
          name: "Antal anställda",
          row: 5,
          actualText: "58",
          reason: "Målvärde saknas",
          status: "grey",
        }),
      ],
    },
  };
  return {
    ...a,
    summary: a.statement && summarizeStatement(a.statement, a.period, withDefaults()),
  };
}

export const WRITE_PLAN: WritePlan = {
  steps: [
    {
      kind: "writeBlocks",
      sheet: "Resultaträkning",
      blocks: [{ top: 3, left: 9, values: [["Status"], [null], [null], [null], ["Gynnsam"]] }],
    },
    {
      kind: "replaceSheet",
      sheet: "Analys",
      blocks: [{ top: 0, left: 0, values: [["Analys av ekonomi och måluppfyllelse"]] }],
      columnWidths: [40],
    },
    {
      kind: "setMarker",
      name: "Uppfoljning_Status",
      sheet: "Resultaträkning",
      range: { top: 3, left: 9, bottom: 12, right: 9 },
    },
  ],
};

export const REMOVAL_PLAN: WritePlan = {
  steps: [
    {
      kind: "clearRange",
      sheet: "Resultaträkning",
      range: { top: 3, left: 9, bottom: 12, right: 9 },
    },
    { kind: "deleteSheet", sheet: "Analys" },
    { kind: "deleteMarker", name: "Uppfoljning_Status" },
  ],
};

export function fixtureResult(
  refusals: Diagnostic[] = [],
  edited: EngineResult["edited"] = [],
): EngineResult {
  const analysis = fixtureAnalysis();
  return {
    analysis,
    refusals,
    edited,
    plan: WRITE_PLAN,
    report: {
      statement: null,
      summary: null,
      indicators: null,
      goals: null,
      actions: null,
      controls: null,
      commentary: { lang: "sv", sections: [] },
      diagnostics: [],
    },
    commentary: {
      lang: "sv",
      sections: [
        {
          id: "summary",
          title: "Sammanfattning",
          paragraphs: ["Nämnden redovisar ett överskott på 545 tkr."],
        },
        {
          id: "budget",
          title: "Avvikelser mot budget",
          paragraphs: [
            "Personalkostnaderna är lägre än budgeterat, plus 488 tkr.",
            "Lokalkostnaderna är lägre.",
          ],
        },
        { id: "checks", title: "Kontroller", paragraphs: [] },
      ],
    },
  };
}

export function fixtureSnapshot(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: "Resultaträkning",
        top: 0,
        left: 0,
        values: [
          ["Inköpsnämnden"],
          [null],
          [null],
          ["Resultatrader", "Ack utfall", "Ack budget"],
          ["Intäkter", null, null],
          ["Verksamhetens intäkter", 10087, 10632],
        ],
      },
      {
        name: "Indikatorer",
        top: 0,
        left: 0,
        values: [
          [null],
          [null],
          [null],
          ["Indikator", "Målvärde", "Utfall"],
          ["Sjukfrånvaro", "Högst 6 %", "1,7 %"],
        ],
      },
    ],
    markers: [],
  };
}

/** An engine double: records the settings it was run with; result and removal plan are swappable. */
export function fakeEngine(result: () => EngineResult = () => fixtureResult()) {
  const runs: Settings[] = [];
  const runOptions: (EngineOptions | undefined)[] = [];
  const removals: WorkbookSnapshot[] = [];
  let removal: WritePlan = REMOVAL_PLAN;
  let removalRefusals: Diagnostic[] = [];
  const engine: Engine = {
    runEngine: (_snapshot, settings, options) => {
      runs.push(settings);
      runOptions.push(options);
      return result();
    },
    planRemoval: (snapshot) => {
      removals.push(snapshot);
      return removal;
    },
    removalRefusals: () => removalRefusals,
  };
  return {
    engine,
    runs,
    runOptions,
    removals,
    setRemoval(p: WritePlan, refusals: Diagnostic[] = []) {
      removal = p;
      removalRefusals = refusals;
    },
  };
}

export interface HostCalls {
  saved: Settings[];
  selected: [string, string][];
  activated: string[];
  copied: ClipContent[];
}

export function fakeHost(
  opts: {
    port?: MemoryPort;
    settings?: Partial<Settings>;
    selection?: SelectedRange;
    theme?: ThemeKind;
    copyFails?: boolean;
  } = {},
) {
  const port = opts.port ?? new MemoryPort(fixtureSnapshot());
  const calls: HostCalls = { saved: [], selected: [], activated: [], copied: [] };
  let themeListener: ((t: ThemeKind) => void) | null = null;
  const host: PaneHost = {
    port,
    loadSettings: async () => ({ ...(opts.settings ?? {}) }),
    saveSettings: async (s) => {
      calls.saved.push(s);
    },
    selectCell: async (sheet, address) => {
      calls.selected.push([sheet, address]);
    },
    activateSheet: async (name) => {
      calls.activated.push(name);
    },
    getSelectedRange: async () => opts.selection ?? { sheet: "Resultaträkning", address: "A4:I13" },
    // Records the call before anything is awaited: a test right after the click proves the pane
    // started the copy inside the click (issue 12 item 10).
    copy: async (content) => {
      if (opts.copyFails) throw new Error("refused");
      calls.copied.push(content);
    },
    theme: opts.theme ?? "light",
    onThemeChange: (listener) => {
      themeListener = listener;
      return () => {
        themeListener = null;
      };
    },
  };
  return { host, port, calls, setTheme: (t: ThemeKind) => themeListener?.(t) };
}
