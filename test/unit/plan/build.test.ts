import { runEngine, planRemoval, removalRefusals } from "../../../src/core/engine";
import { LARGEST_LINES } from "../../../src/core/plan/analysisSheet";
import type { CellValue, Marker, WorkbookSnapshot } from "../../../src/core/grid";
import type { CellBlock, PlanStep } from "../../../src/core/plan/types";
import { q1Rows, settings, sheet } from "../../support/grid";

const snap = (
  rows: CellValue[][],
  markers: Marker[] = [],
  extraSheets: WorkbookSnapshot["sheets"] = [],
  prot = false,
): WorkbookSnapshot => ({
  sheets: [sheet("RR", rows, { protected: prot }), ...extraSheets],
  markers,
});
const blocksOn = (steps: PlanStep[], name: string): CellBlock[] =>
  steps.flatMap((s) => (s.kind === "writeBlocks" && s.sheet === name ? s.blocks : []));

describe("status columns", () => {
  it("writes Status and Status prognos right of the table, with words and fills", () => {
    const { plan, refusals } = runEngine(snap(q1Rows()), settings());
    expect(refusals).toEqual([]);
    const [status, forecast] = blocksOn(plan.steps, "RR");
    expect(status).toMatchObject({ top: 3, left: 8 });
    expect(forecast).toMatchObject({ top: 3, left: 9 });
    expect(status.values.map((r) => r[0])).toEqual([
      "Status",
      "Gynnsam",
      // The revenue lines follow the costs (re-invoicing): explained, not unfavourable.
      "Följer kostnaderna",
      "Följer kostnaderna",
      "Gynnsam",
      "Gynnsam",
      "Gynnsam",
      "Gynnsam",
      "Gynnsam",
      "Gynnsam",
    ]);
    expect(status.formats?.[2][0]).toBeNull();
    expect(forecast.formats?.[6][0]).toEqual({ fill: "FFFFC7CE" });
    expect(status.formats?.[4][0]).toEqual({ fill: "FFC6EFCE" });
    expect(forecast.values[6][0]).toBe("Ogynnsam");
    expect(plan.steps).toEqual(
      expect.arrayContaining([
        {
          kind: "setMarker",
          name: "Uppfoljning_Status",
          sheet: "RR",
          range: { top: 3, bottom: 12, left: 8, right: 8 },
        },
      ]),
    );
  });

  it("uses the yellow fill and the word Bevaka for an unfavourable, immaterial deviation", () => {
    const rows: CellValue[][] = [
      ["Tkr", "Utfall", "Budget"],
      ["Lokalkostnader", -550, -529],
    ];
    const [status] = blocksOn(runEngine(snap(rows), settings()).plan.steps, "RR");
    expect(status.values[1][0]).toBe("Bevaka");
    expect(status.formats?.[1][0]).toEqual({ fill: "FFFFEB9C" });
  });

  it("never writes over the user's cells: a filled column right of the table moves the output on, with a note", () => {
    const rows = q1Rows().map((r, i) => (i === 6 ? [...r, "min anteckning"] : r));
    const { plan, analysis } = runEngine(snap(rows), settings());
    const [status, forecast] = blocksOn(plan.steps, "RR");
    expect(status.left).toBe(9);
    expect(forecast.left).toBe(10);
    expect(analysis.diagnostics.map((d) => d.code)).toContain("outputColumnMoved");
    const touched = plan.steps.flatMap((s) =>
      s.kind === "writeBlocks" ? s.blocks.map((b) => b.left) : [],
    );
    expect(touched).not.toContain(8);
  });

  it("reuses and clears its own column on a re-run", () => {
    const rows = q1Rows().map((r, i) =>
      i === 3 ? [...r, "Status"] : i > 3 ? [...r, "Gynnsam"] : r,
    );
    const markers: Marker[] = [
      { name: "Uppfoljning_Status", sheet: "RR", range: { top: 3, bottom: 12, left: 8, right: 8 } },
    ];
    const { plan } = runEngine(snap(rows, markers), settings());
    expect(plan.steps[0]).toEqual({ kind: "clearRange", sheet: "RR", range: markers[0].range });
    expect(blocksOn(plan.steps, "RR")[0].left).toBe(8);
  });

  it("treats a marked column whose header the user overwrote as the user's", () => {
    const rows = q1Rows().map((r, i) => (i === 3 ? [...r, "Mina noteringar"] : r));
    const markers: Marker[] = [
      { name: "Uppfoljning_Status", sheet: "RR", range: { top: 3, bottom: 12, left: 8, right: 8 } },
    ];
    const { plan } = runEngine(snap(rows, markers), settings());
    expect(plan.steps.some((s) => s.kind === "clearRange")).toBe(false);
    expect(blocksOn(plan.steps, "RR")[0].left).toBe(9);
  });
});

describe("refusals: nothing is written", () => {
  it("refuses a foreign sheet named Analys", () => {
    const { refusals } = runEngine(
      snap(q1Rows(), [], [sheet("Analys", [["Mina egna anteckningar"]])]),
      settings(),
    );
    expect(refusals.map((r) => [r.code, r.params.sheet])).toEqual([
      ["foreignAnalysisSheet", "Analys"],
    ]);
  });
  it("refuses a protected target sheet", () => {
    const { refusals } = runEngine(snap(q1Rows(), [], [], true), settings());
    expect(refusals.map((r) => [r.code, r.params.sheet])).toEqual([["sheetProtected", "RR"]]);
  });
  it("accepts its own Analys sheet and replaces it", () => {
    const markers: Marker[] = [
      {
        name: "Uppfoljning_Analys",
        sheet: "Analys",
        range: { top: 0, bottom: 0, left: 0, right: 0 },
      },
    ];
    const { refusals, plan } = runEngine(
      snap(q1Rows(), markers, [sheet("Analys", [["gammal analys"]])]),
      settings(),
    );
    expect(refusals).toEqual([]);
    expect(plan.steps.filter((s) => s.kind === "replaceSheet").map((s) => s.sheet)).toEqual([
      "Analys",
    ]);
  });
});

describe("the analysis sheet", () => {
  it("holds period, source, key figures and commentary, and keeps formula-like labels as text", () => {
    const rows = q1Rows();
    rows[8] = ['=HYPERLINK("http://example.invalid","x")', ...rows[8].slice(1)];
    const { plan } = runEngine(snap(rows), settings());
    const step = plan.steps.find((s) => s.kind === "replaceSheet");
    if (!step || step.kind !== "replaceSheet") throw new Error("no analysis sheet");
    const [block] = step.blocks;
    const colA = block.values.map((r) => r[0]);
    expect(colA).toEqual(
      expect.arrayContaining([
        "Period",
        "Källa",
        "Nyckeltal",
        "Personalkostnader",
        "Sammanfattning av det ekonomiska läget",
      ]),
    );
    expect(block.values.find((r) => r[0] === "Period")?.[1]).toBe("januari–mars 2025");
    const i = colA.indexOf('=HYPERLINK("http://example.invalid","x")');
    expect(i).toBeGreaterThan(0);
    expect(block.formats?.[i][0]).toMatchObject({ numberFormat: "@" });
    const personal = block.values.find((r) => r[0] === "Personalkostnader");
    expect(personal?.slice(1, 6)).toEqual([-8814, -9302, 488, expect.any(Number), "Gynnsam"]);
  });
  it("is called Analysis, with English words, in English", () => {
    const { plan } = runEngine(snap(q1Rows()), settings({ lang: "en" }));
    expect(plan.steps.find((s) => s.kind === "replaceSheet")).toMatchObject({ sheet: "Analysis" });
    expect(blocksOn(plan.steps, "RR")[0].values[1][0]).toBe("Favourable");
  });
});

describe("removal", () => {
  it("removes exactly what is marked as ours", () => {
    const rows = q1Rows().map((r, i) => (i === 3 ? [...r, "Status"] : r));
    const markers: Marker[] = [
      { name: "Uppfoljning_Status", sheet: "RR", range: { top: 3, bottom: 12, left: 8, right: 8 } },
      {
        name: "Uppfoljning_Analys",
        sheet: "Analys",
        range: { top: 0, bottom: 0, left: 0, right: 0 },
      },
      { name: "MyName", sheet: "RR", range: { top: 0, bottom: 0, left: 0, right: 0 } },
    ];
    const s = snap(rows, markers, [sheet("Analys", [["x"]])]);
    expect(planRemoval(s).steps).toEqual([
      { kind: "clearRange", sheet: "RR", range: markers[0].range },
      { kind: "setColumnWidths", sheet: "RR", widths: [{ column: 8, width: null }] },
      { kind: "deleteMarker", name: "Uppfoljning_Status" },
      { kind: "deleteSheet", sheet: "Analys" },
      { kind: "deleteMarker", name: "Uppfoljning_Analys" },
    ]);
    expect(removalRefusals(s)).toEqual([]);
  });
  it("has nothing to do in a workbook without our output", () => {
    expect(planRemoval(snap(q1Rows())).steps).toEqual([]);
  });
});

describe("the key-figure table of a long statement", () => {
  it("keeps totals and material lines and says how many it left out", () => {
    const rows: CellValue[][] = [["Tkr", "Utfall", "Budget"]];
    for (let i = 0; i < 80; i++) rows.push([`Konto ${4000 + i}`, i === 7 ? -1500 : -1000, -1000]);
    rows.push(["Summa kostnader", -80_500, -80_000]);
    const step = runEngine(snap(rows), settings()).plan.steps.find(
      (s) => s.kind === "replaceSheet",
    );
    if (!step || step.kind !== "replaceSheet") throw new Error("no analysis sheet");
    const colA = step.blocks[0].values.map((r) => r[0]);
    expect(colA).toContain("Konto 4007");
    expect(colA).toContain("Summa kostnader");
    expect(colA).not.toContain("Konto 4008");
    expect(colA.some((t) => typeof t === "string" && t.includes("79 rader visas inte"))).toBe(true);
  });

  it("keeps the top-level totals of a ledger, not its hundreds of group sums", () => {
    // 45 groups of two accounts, a Summa per group, and the total of the groups: the group sums are
    // more than MAX_TOTALS, so the key figures keep the total and leave the groups to the statement.
    const rows: CellValue[][] = [["Tkr", "Utfall", "Budget"]];
    for (let g = 0; g < 45; g++) {
      rows.push([`Konto ${5000 + 2 * g}`, -1000, -1000]);
      rows.push([`Konto ${5001 + 2 * g}`, g === 3 ? -1400 : -1000, -1000]);
      rows.push([`Summa grupp ${g + 1}`, g === 3 ? -2400 : -2000, -2000]);
    }
    rows.push(["Summa kostnader", -90_400, -90_000]);
    const { plan, analysis } = runEngine(snap(rows), settings());
    const groups = analysis.statement?.rows.filter((r) => /^Summa grupp/.test(r.label)) ?? [];
    expect(groups.every((r) => r.subtotal && r.level === 1)).toBe(true);
    const step = plan.steps.find((s) => s.kind === "replaceSheet");
    if (!step || step.kind !== "replaceSheet") throw new Error("no analysis sheet");
    const colA = step.blocks[0].values.map((r) => r[0]);
    expect(colA).toContain("Summa kostnader");
    expect(colA).toContain("Konto 5007");
    expect(colA.filter((t) => typeof t === "string" && /^Summa grupp/.test(t))).toEqual([]);
    expect(
      colA.some((t) => typeof t === "string" && t.includes("summaraderna på de översta nivåerna")),
    ).toBe(true);
  });

  it("keeps only the largest material lines of a statement with very many", () => {
    const rows: CellValue[][] = [["Tkr", "Utfall", "Budget"]];
    for (let i = 0; i < 200; i++) rows.push([`Konto ${4000 + i}`, -1000 - 200 - i, -1000]);
    const step = runEngine(snap(rows), settings()).plan.steps.find(
      (s) => s.kind === "replaceSheet",
    );
    if (!step || step.kind !== "replaceSheet") throw new Error("no analysis sheet");
    const colA = step.blocks[0].values.map((r) => r[0]);
    const accounts = colA.filter((t) => typeof t === "string" && /^Konto \d+$/.test(t));
    expect(accounts).toHaveLength(LARGEST_LINES);
    expect(accounts[0]).toBe("Konto 4150");
    expect(accounts).toContain("Konto 4199");
    expect(accounts).not.toContain("Konto 4149");
  });
});
