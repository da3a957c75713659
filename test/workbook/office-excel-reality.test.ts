/**
 * What real Excel would refuse that a lenient fake accepted (issue 12): the list separator in both
 * locales, oversized read responses answered either way, the pre-flight states (structure protection,
 * read-only, a sheet deleted or renamed between read and write, cell edit mode) and a hanging sync.
 * Each refusal leaves the workbook exactly as it was and says in Swedish what to do.
 */
import path from "path";
import { planRemoval, runEngine } from "../../src/core/engine";
import { withDefaults } from "../../src/core/settings";
import { OfficeWorkbook } from "../../src/workbook/office";
import { withWatchdog } from "../../src/workbook/office/watchdog";
import { createFakeExcel, type FakeExcel, type FakeOptions, type FakeSeed } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import { statementSeed } from "../fakes/excel/statementSeed";
import { analyseOnFake, failure, removeOnFake } from "../helpers/office";

const FIXTURE = path.resolve(__dirname, "../fixtures/inkop-q1-2025.xlsx");

describe("list separator: the whole write works whatever the locale's separator", () => {
  const locales: FakeOptions["locale"][] = ["sv-SE", "en-US"];
  let seed: FakeSeed;
  beforeAll(async () => {
    seed = await seedFromXlsx(FIXTURE);
  });

  it.each(locales)(
    "%s: first run, re-run and remove, with the same cells in both locales",
    async (locale) => {
      const fake = createFakeExcel(seed, { locale });
      const original = fake.snapshotCells();
      await analyseOnFake(fake);
      const once = fake.snapshotCells();
      expect(once.sheets.map((s) => s.name)).toContain("Analys");
      // Status fills arrived: the formats are not lost on either locale.
      const fills = once.sheets.flatMap((s) => Object.values(s.cells).filter((c) => c.fill));
      expect(fills.length).toBeGreaterThan(
        original.sheets.flatMap((s) => Object.values(s.cells).filter((c) => c.fill)).length,
      );
      await analyseOnFake(fake);
      expect(fake.snapshotCells()).toEqual(once);
      await removeOnFake(fake);
      expect(fake.snapshotCells()).toEqual(original);
    },
  );

  it("leaves identical workbooks in the Swedish and the en-US Excel", async () => {
    const results = [];
    for (const locale of locales) {
      const fake = createFakeExcel(seed, { locale });
      await analyseOnFake(fake);
      results.push(fake.snapshotCells());
    }
    expect(results[0]).toEqual(results[1]);
  });
});

describe("read payload: chunks by bytes, split and retry once on an oversized answer", () => {
  /**
   * 400 rows, the last 100 with texts about 20 times longer: the bytes measured on the first rows
   * underestimate them, so one block overflows and must be split.
   */
  function textHeavy(): FakeSeed {
    const seed = statementSeed(400, {
      label: (i) => (i < 300 ? `Konto ${i}` : `Konto ${i} ${"lång förklarande text ".repeat(36)}`),
    });
    return seed;
  }

  it.each(["ResponsePayloadSizeLimitExceeded", "GeneralException"] as const)(
    "reads everything when Excel answers %s to a block that is too large",
    async (answer) => {
      const plain = await new OfficeWorkbook(createFakeExcel(textHeavy()).Excel.run).read();
      const fake = createFakeExcel(textHeavy(), {
        oversizeAnswer: answer,
        responseLimitBytes: 120_000,
      });
      const wb = new OfficeWorkbook(fake.Excel.run, { maxResponseBytes: 60_000 });
      const snapshot = await wb.read();
      expect(snapshot.sheets[0].values).toEqual(plain.sheets[0].values);
      // More than one data sync, sized by bytes: every answer under the limit, none but the failed ones over.
      expect(fake.stats.syncs).toBeGreaterThan(3);
      const over = fake.stats.responseBytes.filter((b) => b > 120_000);
      expect(over.length).toBeGreaterThan(0); // the long texts did overflow once …
      expect(over.length).toBeLessThanOrEqual(2); // … and were split, not retried blindly
    },
  );

  it("sizes blocks by measured bytes: a sheet of short numbers takes few syncs", async () => {
    const fake = createFakeExcel(statementSeed(20_000));
    await new OfficeWorkbook(fake.Excel.run).read();
    // 20 004 rows × 3 columns of short cells: ~3 MB in all, so two data syncs, not one per 75 000 cells guessed.
    expect(fake.stats.syncs).toBeLessThanOrEqual(5);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(3 * 1024 * 1024);
  });

  it.each(["ResponsePayloadSizeLimitExceeded", "GeneralException"] as const)(
    "retries once, then gives up with a clear message naming the rows (%s)",
    async (answer) => {
      const seed = statementSeed(5, {
        label: (i) => (i === 2 ? "x".repeat(50_000) : `Konto ${i}`),
      });
      const fake = createFakeExcel(seed, { oversizeAnswer: answer, responseLimitBytes: 20_000 });
      const e = await failure(
        new OfficeWorkbook(fake.Excel.run, { maxResponseBytes: 10_000 }).read(),
      );
      // Row 7 holds the 50 000 characters: the half that failed again is named.
      expect(e.message).toMatch(
        /^Excel kunde inte lämna ut raderna (\d+)–(\d+) på bladet "Resultaträkning", inte ens i mindre delar \(troligen för mycket text i ett svar\)\. Inget skrevs\. Markera tabellen och välj "Använd markerat område", eller försök igen\.$/,
      );
      const [, first, last] = /raderna (\d+)–(\d+)/.exec(e.message)!.map(Number);
      expect(first).toBeLessThanOrEqual(7);
      expect(last).toBeGreaterThanOrEqual(7);
      expect(e.code).toBe(answer);
      // One failure, one retry of each half at most: no endless halving.
      expect(fake.stats.syncs).toBeLessThanOrEqual(2 + 1 + 2);
    },
  );

  it("a single row too large alone is named by its row", async () => {
    const seed = statementSeed(5, { label: (i) => (i === 2 ? "x".repeat(50_000) : `Konto ${i}`) });
    const fake = createFakeExcel(seed, { responseLimitBytes: 20_000 });
    // A budget under one row's estimate: every block is one row.
    const e = await failure(new OfficeWorkbook(fake.Excel.run, { maxResponseBytes: 10 }).read());
    expect(e.message).toBe(
      'Rad 7 på bladet "Resultaträkning" innehåller för mycket text för att läsas i ett anrop. Korta texten eller markera tabellen och välj "Använd markerat område".',
    );
  });

  it("does not retry other errors as if they were oversized", async () => {
    const fake = createFakeExcel(statementSeed(5));
    fake.model.cellEditMode = true;
    const e = await failure(new OfficeWorkbook(fake.Excel.run).read());
    expect(e.code).toBe("InvalidOperationInCellEditMode");
    expect(fake.stats.syncs).toBe(1);
  });
});

describe("pre-flight: refused before anything is written, with what to do", () => {
  it("structure protection: a new Analys sheet is refused; the sheet itself is named", async () => {
    const fake = createFakeExcel({ ...statementSeed(10), structureProtected: true });
    const wb = new OfficeWorkbook(fake.Excel.run);
    const result = runEngine(await wb.read(), withDefaults());
    expect(result.refusals.map((r) => r.code)).toEqual(["structureProtected"]);
    const before = fake.snapshotCells();
    const e = await failure(wb.apply(result.plan));
    expect(e.message).toBe(
      'Arbetsbokens struktur är skyddad, så bladet "Analys" kan inte läggas till eller tas bort. Inget skrevs. Välj Granska → Skydda arbetsbok för att ta bort skyddet och försök igen.',
    );
    expect(e.code).toBe("StructureProtected");
    expect(fake.snapshotCells()).toEqual(before);
  });

  it("structure protection: a re-run that empties our Analys sheet in place is allowed, removal (a deleted sheet) is not", async () => {
    const fake = createFakeExcel(statementSeed(10));
    await analyseOnFake(fake);
    const once = fake.snapshotCells();
    fake.model.structureProtected = true;
    await analyseOnFake(fake);
    expect(fake.snapshotCells()).toEqual(once);
    const wb = new OfficeWorkbook(fake.Excel.run);
    const removal = planRemoval(await wb.read());
    const e = await failure(wb.apply(removal));
    expect(e.code).toBe("StructureProtected");
    expect(fake.snapshotCells()).toEqual(once);
  });

  it("read-only or view-only workbook: nothing is written, for a write and for a removal", async () => {
    const fake = createFakeExcel(statementSeed(10));
    await analyseOnFake(fake);
    fake.model.readOnly = true;
    const before = fake.snapshotCells();
    const wb = new OfficeWorkbook(fake.Excel.run);
    const snapshot = await wb.read();
    expect(snapshot.readOnly).toBe(true);
    const result = runEngine(snapshot, withDefaults());
    expect(result.refusals.map((r) => r.code)).toEqual(["workbookReadOnly"]);
    const e = await failure(wb.apply(result.plan));
    expect(e.message).toMatch(
      /^Arbetsboken är öppen som skrivskyddad .*Inget skrevs\. Välj Redigera arbetsbok/,
    );
    const e2 = await failure(wb.apply(planRemoval(await wb.read())));
    expect(e2.code).toBe("WorkbookReadOnly");
    expect(fake.snapshotCells()).toEqual(before);
  });

  describe.each([
    ["deleted", (fake: FakeExcel) => fake.model.sheets.splice(0, 1)],
    [
      "renamed",
      (fake: FakeExcel) => {
        fake.model.sheets[0].name = "RR 2025";
      },
    ],
  ])("a sheet %s between read and write", (_how, change) => {
    it("fresh read (the ribbon: no extra round trip): the first batch fails on the sheet before any write", async () => {
      const seed = statementSeed(10);
      seed.sheets.push({ name: "Övrigt", cells: [{ address: "A1", value: "behålls" }] });
      const fake = createFakeExcel(seed);
      const wb = new OfficeWorkbook(fake.Excel.run);
      const result = runEngine(await wb.read(), withDefaults());
      change(fake);
      const before = fake.snapshotCells();
      const e = await failure(wb.apply(result.plan));
      expect(e.message).toBe(
        'Bladet "Resultaträkning" finns inte längre (borttaget eller omdöpt sedan analysen). Inget skrevs. Analysera igen.',
      );
      expect(e.code).toBe("SheetMissing");
      expect(fake.snapshotCells()).toEqual(before);
    });

    it("stale read (the pane, later): the pre-flight tests the worksheet's isNullObject", async () => {
      const fake = createFakeExcel(statementSeed(10));
      let clock = 0;
      const wb = new OfficeWorkbook(fake.Excel.run, { now: () => clock });
      const result = runEngine(await wb.read(), withDefaults());
      change(fake);
      clock = 60_000;
      const before = fake.snapshotCells();
      const e = await failure(wb.apply(result.plan));
      expect(e.code).toBe("SheetMissing");
      expect(e.message).toMatch(/Inget skrevs\. Analysera igen\./);
      expect(fake.snapshotCells()).toEqual(before);
    });
  });

  it("cell edit mode: read and write both say to finish editing, and nothing is written", async () => {
    const fake = createFakeExcel(statementSeed(10));
    const wb = new OfficeWorkbook(fake.Excel.run);
    const result = runEngine(await wb.read(), withDefaults());
    fake.model.cellEditMode = true;
    const before = fake.snapshotCells();
    const e = await failure(wb.apply(result.plan));
    expect(e.message).toBe(
      "Excel redigerar en cell just nu. Inget skrevs. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.",
    );
    expect(fake.snapshotCells()).toEqual(before);
    const r = await failure(wb.read());
    expect(r.message).toMatch(/Avsluta redigeringen av cellen/);
    fake.model.cellEditMode = false;
    await analyseOnFake(fake);
    expect(fake.snapshotCells()).not.toEqual(before);
  });
});

describe("watchdog: a sync that never returns", () => {
  it("read: a clear message after the timeout, nothing claimed", async () => {
    const fake = createFakeExcel(statementSeed(5));
    fake.model.hang = true;
    const wb = new OfficeWorkbook(withWatchdog(fake.Excel.run, 0.05));
    const e = await failure(wb.read());
    expect(e.code).toBe("Timeout");
    expect(e.message).toBe(
      "Excel svarade inte inom 0,05 sekunder. Inget skrevs. Försök igen; hjälper det inte, stäng och öppna arbetsboken.",
    );
  });

  it("write: the message does not claim the analysis was written, nor that nothing was", async () => {
    const fake = createFakeExcel(statementSeed(5));
    const wb = new OfficeWorkbook(withWatchdog(fake.Excel.run, 0.05));
    const result = runEngine(await wb.read(), withDefaults());
    fake.model.hang = true;
    const progress: number[] = [];
    const e = await failure(wb.apply(result.plan, (p) => progress.push(p.done)));
    expect(e.code).toBe("Timeout");
    expect(e.message).toMatch(/under skrivningen\. Det går inte att säga hur mycket som skrevs/);
    expect(progress).toEqual([]);
  });
});
