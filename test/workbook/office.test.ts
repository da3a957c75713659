/**
 * The Office.js adapter on the recording fake: round trips, payload sizes, grouped formats,
 * text that stays text, and refusals that leave the workbook exactly as it was.
 */
import { runEngine, planRemoval } from "../../src/core/engine";
import { withDefaults } from "../../src/core/settings";
import type { WritePlan } from "../../src/core/plan/types";
import { OfficeWorkbook } from "../../src/workbook/office";
import { MAX_CELL_PROPERTIES_CELLS, textForValues } from "../../src/workbook/office/writeOps";
import { createFakeExcel, PAYLOAD_LIMIT_BYTES, type FakeSeed } from "../fakes/excel";
import { statementSeed } from "../fakes/excel/statementSeed";
import { analyseOnFake, failure } from "../helpers/office";

describe("round trips", () => {
  it("takes the same number of syncs (at most 4) for 10 and 10,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const fake = createFakeExcel(statementSeed(n));
      // A fixed clock: the count must not depend on how busy the machine is (a read older than 5 s
      // costs one re-check sync, tested on its own).
      await analyseOnFake(fake, new OfficeWorkbook(fake.Excel.run, { now: () => 0 }));
      counts.push(fake.stats.syncs);
      const status = fake.snapshotCells().sheets[0].cells;
      expect(status.D4.value).toBe("Status");
      expect(status[`D${4 + n}`].value).toBeTruthy();
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it("sets fills with calls bounded by blocks, not by cells", async () => {
    const n = 10_000;
    const fake = createFakeExcel(statementSeed(n));
    const plan = await analyseOnFake(fake);
    // The bound: per block, one reset of an existing sheet's formats plus one setCellProperties per
    // chunk of at most MAX_CELL_PROPERTIES_CELLS cells.
    let bound = 0;
    for (const step of plan.steps) {
      if (step.kind !== "writeBlocks" && step.kind !== "replaceSheet") continue;
      for (const b of step.blocks) {
        const cells = b.values.length * (b.values[0]?.length ?? 0);
        bound +=
          (step.kind === "writeBlocks" ? 1 : 0) + Math.ceil(cells / MAX_CELL_PROPERTIES_CELLS);
      }
    }
    expect(fake.stats.fillCalls).toBeGreaterThan(0);
    expect(fake.stats.fillCalls).toBeLessThanOrEqual(bound);
    expect(fake.stats.fillCalls).toBeLessThan(n / 500);
    // Every status row got its colour.
    const cells = fake.snapshotCells().sheets[0].cells;
    const filled = Object.entries(cells).filter(([a, c]) => a.startsWith("D") && c.fill);
    expect(filled.length).toBeGreaterThan(n / 2);
  });

  it("keeps every request and response under 5 MB for 100,000 rows", async () => {
    const n = 100_000;
    const fake = createFakeExcel(statementSeed(n));
    const wb = new OfficeWorkbook(fake.Excel.run);
    const snapshot = await wb.read();
    expect(snapshot.sheets[0].values).toHaveLength(n + 4);
    // A plan of the engine's shape and size (the engine itself is tested elsewhere): a status column
    // with three fills, its marker, and an analysis sheet with one key-figure row per statement row.
    const fills = ["FFC6EFCE", "FFFFEB9C", "FFFFC7CE"];
    const words = ["Gynnsam", "Bevaka", "Ogynnsam"];
    const status = Array.from({ length: n }, (_, i) => i % 3);
    const plan: WritePlan = {
      steps: [
        {
          kind: "setMarker",
          name: "Uppfoljning_Status",
          sheet: "Resultaträkning",
          range: { top: 3, bottom: n + 3, left: 3, right: 3 },
        },
        {
          kind: "writeBlocks",
          sheet: "Resultaträkning",
          blocks: [
            {
              top: 3,
              left: 3,
              values: [["Status"], ...status.map((s) => [words[s]])],
              formats: [[{ bold: true }], ...status.map((s) => [{ fill: fills[s] }])],
            },
          ],
        },
        {
          kind: "replaceSheet",
          sheet: "Analys",
          columnWidths: [80, 14, 14, 14, 14],
          blocks: [
            {
              top: 0,
              left: 0,
              values: status.map((s, i) => [
                `Personalkostnader enhet ${i + 1}`,
                -1000 - i,
                -1000,
                i,
                words[s],
              ]),
              formats: status.map((s) => [
                null,
                { numberFormat: "#,##0" },
                { numberFormat: "#,##0" },
                { numberFormat: "#,##0" },
                { fill: fills[s] },
              ]),
            },
          ],
        },
        {
          kind: "setMarker",
          name: "Uppfoljning_Analys",
          sheet: "Analys",
          range: { top: 0, left: 0, bottom: n - 1, right: 4 },
        },
      ],
    };
    await wb.apply(plan);
    expect(Math.max(...fake.stats.batchBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const sheets = fake.snapshotCells().sheets;
    expect(sheets[0].cells[`D${n + 4}`]).toEqual({
      value: words[(n - 1) % 3],
      fill: "#" + fills[(n - 1) % 3].slice(2),
    });
    expect(sheets[1].cells[`E${n}`].value).toBe(words[(n - 1) % 3]);
    // Chunking adds syncs, but a handful, not one per row.
    expect(fake.stats.syncs).toBeLessThan(20);
    expect(fake.stats.fillCalls).toBeLessThan(200);
  }, 60_000);

  it("refuses more than 5,000,000 cells with a Swedish message", async () => {
    const fake = createFakeExcel(statementSeed(50));
    const e = await failure(new OfficeWorkbook(fake.Excel.run, { maxCells: 100 }).read());
    expect(e.message).toMatch(/för stort/);
    expect(e.code).toBe("TooLarge");
  });
});

describe("text stays text", () => {
  it("writes a label that looks like a formula as text", async () => {
    const label = '=HYPERLINK("http://example.invalid","x")';
    const fake = createFakeExcel(
      statementSeed(3, { label: (i) => (i === 1 ? label : `Lokalkostnader ${i}`) }),
    );
    await analyseOnFake(fake);
    const analys = fake.snapshotCells().sheets.find((s) => s.name === "Analys");
    const cell = Object.values(analys?.cells ?? {}).find((c) => c.value === label);
    expect(cell).toBeDefined();
    expect(cell?.formula).toBeUndefined();
  });

  it("protects strings Excel would reinterpret", async () => {
    const texts = [
      "3,94%",
      "2025-03",
      "'Resultaträkning'!A4:I13",
      "TRUE",
      "#N/A",
      "+46",
      "-5",
      "Gynnsam",
    ];
    const fake = createFakeExcel({ sheets: [{ name: "Blad1", cells: [] }] });
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, texts.length, 1);
      r.values = texts.map((t) => [textForValues(t, null)]);
      await ctx.sync();
    });
    const cells = fake.snapshotCells().sheets[0].cells;
    texts.forEach((t, i) => {
      expect(cells[`A${i + 1}`].value).toBe(t);
      expect(cells[`A${i + 1}`].formula).toBeUndefined();
    });
  });
});

describe("refusals leave the workbook unchanged", () => {
  it("refuses a protected target sheet before writing anything", async () => {
    const fake = createFakeExcel(statementSeed(10, { protectedSheet: true }));
    const wb = new OfficeWorkbook(fake.Excel.run);
    const snapshot = await wb.read();
    const result = runEngine(snapshot, withDefaults());
    expect(result.refusals.map((r) => r.code)).toContain("sheetProtected");
    const before = fake.snapshotCells();
    const syncs = fake.stats.syncs;
    // The adapter must fail safe even when a caller ignores the engine's refusals.
    const e = await failure(wb.apply(result.plan));
    expect(e.message).toBe(
      'Bladet "Resultaträkning" är skyddat. Inget skrevs. Ta bort skyddet och försök igen.',
    );
    expect(e.sheet).toBe("Resultaträkning");
    expect(fake.snapshotCells()).toEqual(before);
    expect(fake.stats.syncs).toBe(syncs);
  });

  it("refuses to replace an 'Analys' sheet that is not ours", async () => {
    const seed = statementSeed(10);
    seed.sheets.push({ name: "Analys", cells: [{ address: "A1", value: "Mina anteckningar" }] });
    const fake = createFakeExcel(seed);
    const wb = new OfficeWorkbook(fake.Excel.run);
    const result = runEngine(await wb.read(), withDefaults());
    expect(result.refusals.map((r) => r.code)).toContain("foreignAnalysisSheet");
    const before = fake.snapshotCells();
    const e = await failure(wb.apply(result.plan));
    expect(e.message).toMatch(
      /Det finns redan ett blad "Analys" som inte skapats av Uppföljning\. Inget skrevs\./,
    );
    expect(fake.snapshotCells()).toEqual(before);
  });

  it("re-checks a stale read: a sheet protected meanwhile is refused", async () => {
    const fake = createFakeExcel(statementSeed(10));
    let clock = 0;
    const wb = new OfficeWorkbook(fake.Excel.run, { now: () => clock });
    const result = runEngine(await wb.read(), withDefaults());
    fake.model.sheets[0].protected = true;
    clock = 60_000;
    const before = fake.snapshotCells();
    const e = await failure(wb.apply(result.plan));
    expect(e.message).toMatch(/är skyddat/);
    expect(fake.snapshotCells()).toEqual(before);
  });

  it("re-checks a stale read: cells typed into the output column meanwhile are refused", async () => {
    const fake = createFakeExcel(statementSeed(10));
    let clock = 0;
    const wb = new OfficeWorkbook(fake.Excel.run, { now: () => clock });
    const result = runEngine(await wb.read(), withDefaults());
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Resultaträkning").getRange("D7").values = [
        ["min anteckning"],
      ];
      await ctx.sync();
    });
    clock = 60_000;
    const before = fake.snapshotCells();
    const e = await failure(wb.apply(result.plan));
    expect(e.code).toBe("ChangedSinceRead");
    expect(e.message).toMatch(/har ändrats sedan analysen/);
    expect(fake.snapshotCells()).toEqual(before);
  });

  it("never deletes a name that is not ours", async () => {
    const fake = createFakeExcel(statementSeed(3));
    const wb = new OfficeWorkbook(fake.Excel.run);
    await wb.read();
    const e = await failure(wb.apply({ steps: [{ kind: "deleteMarker", name: "Budget2025" }] }));
    expect(e.code).toBe("InvalidPlan");
  });
});

describe("re-run and removal", () => {
  it("running on its own output changes nothing, and removal restores the original cells", async () => {
    const seed: FakeSeed = statementSeed(12);
    const fake = createFakeExcel(seed);
    const original = fake.snapshotCells();
    await analyseOnFake(fake);
    const once = fake.snapshotCells();
    await analyseOnFake(fake);
    expect(fake.snapshotCells()).toEqual(once);

    const wb = new OfficeWorkbook(fake.Excel.run);
    const removal = planRemoval(await wb.read());
    await wb.apply(removal);
    expect(fake.snapshotCells()).toEqual(original);
  });
});
