/** Settings in the workbook, the ExcelApi 1.9 check, selection helpers and the ribbon command on the fake. */
import * as path from "path";
import { analyzeNow } from "../../src/commands/analyzeNow";
import {
  ensureExcelApi,
  officeSettingsStore,
  sanitizeSettings,
  selectedRange,
  selectRange,
  SETTINGS_KEY,
  type DocumentSettingsLike,
} from "../../src/workbook/office";
import { DEFAULT_SETTINGS, withDefaults } from "../../src/core/settings";
import { createFakeExcel } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import { statementSeed } from "../fakes/excel/statementSeed";

function docSettings(
  initial: Record<string, unknown> = {},
  fail = false,
): DocumentSettingsLike & { data: Record<string, unknown>; saves: number } {
  const data = { ...initial };
  const s = {
    data,
    saves: 0,
    get: (k: string) => data[k] ?? null,
    set: (k: string, v: unknown) => {
      data[k] = v;
    },
    saveAsync: (cb?: (r: { status: string; error?: { message: string } | null }) => void) => {
      s.saves++;
      cb?.(fail ? { status: "failed", error: { message: "nope" } } : { status: "succeeded" });
    },
  };
  return s;
}

const supported = {
  requirements: {
    isSetSupported: (name: string, v?: string) => name === "ExcelApi" && Number(v) <= 1.9,
  },
};
const tooOld = { requirements: { isSetSupported: () => false } };

describe("settings store", () => {
  it("round-trips settings through the document and saves them", async () => {
    const doc = docSettings();
    const store = officeSettingsStore(doc);
    expect(await store.load()).toEqual({});
    const settings = withDefaults({ materialityAmountTkr: 250, lang: "en", period: "2025-03" });
    await store.save(settings);
    expect(doc.saves).toBe(1);
    expect(withDefaults(await store.load())).toEqual(settings);
  });

  it("drops invalid or foreign values instead of failing", () => {
    expect(
      sanitizeSettings({
        lang: "de",
        materialityPct: -1,
        tolerancePct: 90,
        period: "2025-13",
        placeholders: "ja",
        extra: 1,
      }),
    ).toEqual({ tolerancePct: 90 });
    expect(sanitizeSettings("garbage")).toEqual({});
  });

  it("keeps the user's column per role (ingen as -), and drops what it cannot use", async () => {
    const doc = docSettings();
    const store = officeSettingsStore(doc);
    const settings = withDefaults({ columns: { actual: "C", forecast: "-", budget: "Ram 2025" } });
    await store.save(settings);
    expect(withDefaults(await store.load())).toEqual(settings);
    // A stored value the schema refuses is dropped, never half-read.
    expect(sanitizeSettings({ columns: { actual: "C", colour: "D" } }).columns).toBeUndefined();
    expect(sanitizeSettings({ columns: null })).toEqual({ columns: null });
    expect(sanitizeSettings({ columns: ["C"] }).columns).toBeUndefined();
  });

  it("reports a failed save", async () => {
    await expect(officeSettingsStore(docSettings({}, true)).save(withDefaults())).rejects.toThrow(
      /nope/,
    );
  });
});

describe("requirements", () => {
  it("accepts ExcelApi 1.9 and refuses older Excel in Swedish", () => {
    expect(() => ensureExcelApi(supported)).not.toThrow();
    // One message for the requirement, Microsoft's table: 1.9 is Excel 2021 or later, not 2019.
    expect(() => ensureExcelApi(tooOld)).toThrow(
      "Uppföljning kräver ExcelApi 1.9: Excel 2021 eller senare, Microsoft 365 eller Excel på webben. Uppdatera Excel eller öppna arbetsboken i Excel på webben.",
    );
    expect(() => ensureExcelApi(undefined)).toThrow(/ExcelApi 1\.9/);
    expect(() => ensureExcelApi(tooOld, "en")).toThrow(/Excel 2021 or later, Microsoft 365/);
  });
});

describe("selection helpers", () => {
  it("selects a row and reads the selection back", async () => {
    const fake = createFakeExcel(statementSeed(5));
    await selectRange(fake.Excel.run, "Resultaträkning", "A7:C7");
    expect(await selectedRange(fake.Excel.run)).toEqual({
      sheet: "Resultaträkning",
      address: "A7:C7",
    });
  });
});

describe("Analysera nu", () => {
  it("analyses with the saved settings in 4 syncs and shows the Analys sheet", async () => {
    const fake = createFakeExcel(
      await seedFromXlsx(path.resolve(__dirname, "../fixtures/inkop-q1-2025.xlsx")),
    );
    const store = officeSettingsStore(
      docSettings({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, lang: "sv" } }),
    );
    const outcome = await analyzeNow({
      run: fake.Excel.run,
      loadSettings: () => store.load(),
      context: supported,
    });
    expect(outcome).toEqual({ kind: "written", sheet: "Analys" });
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    const analys = fake.model.sheets.find((s) => s.name === "Analys");
    expect(fake.model.activeSheetId).toBe(analys?.id);
  });

  it("says why in Swedish and writes nothing when the sheet is protected", async () => {
    const fake = createFakeExcel(statementSeed(5, { protectedSheet: true }));
    const before = fake.snapshotCells();
    const outcome = await analyzeNow({
      run: fake.Excel.run,
      loadSettings: async () => ({}),
      context: supported,
    });
    expect(outcome).toEqual({
      kind: "refused",
      message:
        'Bladet "Resultaträkning" är skyddat. Inget skrevs. Ta bort skyddet och försök igen.',
    });
    expect(fake.snapshotCells()).toEqual(before);
  });

  it("refuses on old Excel before touching the workbook", async () => {
    const fake = createFakeExcel(statementSeed(5));
    const outcome = await analyzeNow({
      run: fake.Excel.run,
      loadSettings: async () => ({}),
      context: tooOld,
    });
    expect(outcome.kind).toBe("failed");
    expect(fake.stats.syncs).toBe(0);
  });

  it("explains when there is nothing to analyse", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Blad1", cells: [{ address: "A1", value: "Hej" }] }],
    });
    const outcome = await analyzeNow({
      run: fake.Excel.run,
      loadSettings: async () => ({}),
      context: supported,
    });
    expect(outcome.kind).toBe("nothingFound");
    expect(outcome.kind !== "written" && outcome.message).toMatch(/Ingen resultaträkning hittades/);
  });
});
