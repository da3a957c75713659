/**
 * One settings schema: the command's flags, the pane's form and the store in the workbook give the
 * same answer (the value, or a refusal in the same words) for the same input, field by field.
 */
import { parseArgs } from "../../src/cli/args";
import { svUi } from "../../src/core/locale/sv/ui";
import { DEFAULT_SETTINGS, withDefaults, type Settings } from "../../src/core/settings";
import { SETTING_KEYS, validateSetting } from "../../src/core/settingsSchema";
import {
  draftFromSettings,
  validateDraft,
  type SettingsDraft,
} from "../../src/taskpane/settingsForm";
import {
  officeSettingsStore,
  sanitizeSettings,
  SETTINGS_KEY,
  type DocumentSettingsLike,
} from "../../src/workbook/office";

type Key = keyof Settings;
const REFUSED = Symbol("refused");
type Outcome = Settings[Key] | typeof REFUSED;

/** The field's flag on the command and whether the pane's form has it; the store has every field. */
const SURFACES: Partial<Record<Key, { flag: string; form: boolean }>> = {
  lang: { flag: "--lang", form: true },
  materialityAmountTkr: { flag: "--materiality-amount", form: true },
  materialityPct: { flag: "--materiality-pct", form: true },
  materialityLargeTkr: { flag: "--materiality-large", form: true },
  tolerancePct: { flag: "--tolerance-pct", form: true },
  amountStyle: { flag: "--amount-style", form: true },
  period: { flag: "--period", form: true },
  statementSheet: { flag: "--statement-sheet", form: false },
  statementRange: { flag: "--statement-range", form: false },
  indicatorSheet: { flag: "--indicator-sheet", form: false },
  indicatorRange: { flag: "--indicator-range", form: false },
  analysisSheetName: { flag: "--analysis-sheet", form: false },
  columns: { flag: "--columns", form: false },
};

const nbsp = "\u00a0";
const CASES: [Key, string, Outcome][] = [
  // The four disagreements of issue 10.
  ["materialityPct", "150", REFUSED],
  ["period", "2025-3", "2025-03"],
  ["materialityAmountTkr", "0x10", REFUSED],
  ["materialityAmountTkr", "1 000", 1000],

  ["materialityAmountTkr", `1${nbsp}000`, 1000],
  ["materialityAmountTkr", "1\u202f000", 1000],
  ["materialityAmountTkr", "2,5", 2.5],
  ["materialityAmountTkr", "250 tkr", 250],
  ["materialityAmountTkr", "0", 0],
  ["materialityAmountTkr", "-5", REFUSED],
  ["materialityAmountTkr", "(5)", REFUSED],
  ["materialityAmountTkr", "NaN", REFUSED],
  ["materialityAmountTkr", "Infinity", REFUSED],
  ["materialityAmountTkr", "1e3", REFUSED],
  ["materialityAmountTkr", "5 %", REFUSED],
  ["materialityAmountTkr", "mycket", REFUSED],
  ["materialityAmountTkr", "", REFUSED],
  ["materialityLargeTkr", "2 500 tkr", 2500],
  ["materialityLargeTkr", "0x10", REFUSED],
  ["materialityLargeTkr", "1 000", 1000],
  ["materialityPct", "2,5 %", 2.5],
  ["materialityPct", "2,5%", 2.5],
  ["materialityPct", "100", 100],
  ["materialityPct", "-1", REFUSED],
  ["materialityPct", "1 000", REFUSED],
  ["materialityPct", "0x10", REFUSED],
  ["materialityPct", "2 tkr", REFUSED],
  ["tolerancePct", "85,5", 85.5],
  ["tolerancePct", "150", REFUSED],
  ["lang", "en", "en"],
  ["lang", " SV ", "sv"],
  ["lang", "de", REFUSED],
  ["amountStyle", "mnkr", "mnkr"],
  ["amountStyle", "kr", REFUSED],
  ["period", "2025-03", "2025-03"],
  ["period", " 2025-12 ", "2025-12"],
  ["period", "", null],
  ["period", "2025-13", REFUSED],
  ["period", "2025-0", REFUSED],
  ["period", "25-03", REFUSED],
  ["period", "2025/03", REFUSED],
  ["period", "mars 2025", REFUSED],
  ["statementSheet", "Resultaträkning", "Resultaträkning"],
  ["statementSheet", " Blad 1 ", "Blad 1"],
  ["statementSheet", "", null],
  ["statementSheet", "a/b", REFUSED],
  ["statementSheet", "x".repeat(32), REFUSED],
  ["indicatorSheet", "'Mål", REFUSED],
  ["statementRange", "A4:I13", "A4:I13"],
  ["statementRange", "$a$4:$i$13", "A4:I13"],
  ["statementRange", "I13:A4", "A4:I13"],
  ["statementRange", "A4:", REFUSED],
  ["statementRange", "A0", REFUSED],
  ["indicatorRange", "XFD1048576", "XFD1048576"],
  ["indicatorRange", "XFE1", REFUSED],
  ["indicatorRange", "A1:A1048577", REFUSED],
  ["analysisSheetName", "Analys T1", "Analys T1"],
  ["analysisSheetName", "[Analys]", REFUSED],
  ["columns", "utfall=C,budget=D,prognos=F", { actual: "C", budget: "D", forecast: "F" }],
  [
    "columns",
    "actual=Utfall 2025; fullYearBudget=E",
    { actual: "Utfall 2025", fullYearBudget: "E" },
  ],
  ["columns", "", null],
  ["columns", "resultat=D", REFUSED],
  ["columns", "utfall", REFUSED],
  ["columns", "utfall=", REFUSED],
];

const defaults = withDefaults();

/** A range is a range on a chosen sheet: the cases of a range come with their sheet. */
const SHEET_OF: Partial<Record<Key, [Key, string]>> = {
  statementRange: ["statementSheet", "--statement-sheet"],
  indicatorRange: ["indicatorSheet", "--indicator-sheet"],
};
const withSheet = (key: Key) => (SHEET_OF[key] ? { [SHEET_OF[key][0]]: "Blad1" } : {});
const sheetFlag = (key: Key) => (SHEET_OF[key] ? [SHEET_OF[key][1], "Blad1"] : []);

function viaCli(flag: string, input: string): { outcome: Outcome; message?: string } {
  const key = SURFACES_KEY.get(flag) as Key;
  const parsed = parseArgs(["analyze", "x.xlsx", ...sheetFlag(key), flag, input]);
  return parsed.ok
    ? { outcome: parsed.request.settings[key] }
    : { outcome: REFUSED, message: parsed.message };
}
const SURFACES_KEY = new Map(Object.entries(SURFACES).map(([k, s]) => [s.flag, k as Key]));

function viaForm(key: Key, input: string): { outcome: Outcome; message?: string } {
  const draft = { ...draftFromSettings(defaults), [key]: input } as SettingsDraft;
  const v = validateDraft(draft, defaults, svUi);
  if (v.ok) return { outcome: v.settings[key] };
  const message = v.errors[key as keyof SettingsDraft];
  if (message === undefined) throw new Error(`the form refused another field than ${key}`);
  return { outcome: REFUSED, message };
}

function viaStore(key: Key, stored: unknown): Outcome {
  const kept = sanitizeSettings({ ...withSheet(key), [key]: stored });
  return key in kept ? (kept[key] as Settings[Key]) : REFUSED;
}

describe("one answer for every setting on every surface", () => {
  it.each(CASES)("%s %j", (key, input, expected) => {
    const surfaces = SURFACES[key];
    if (!surfaces) throw new Error(`no surfaces listed for ${key}`);
    expect(viaStore(key, input)).toEqual(expected);
    const cli = viaCli(surfaces.flag, input);
    expect(cli.outcome).toEqual(expected);
    // The inline form of a flag is the same flag.
    expect(
      parseArgs(["analyze", "x.xlsx", ...sheetFlag(key), `${surfaces.flag}=${input}`]).ok,
    ).toBe(expected !== REFUSED);
    if (surfaces.form) {
      const form = viaForm(key, input);
      expect(form.outcome).toEqual(expected);
      // Refused in the same words: the command quotes the message the pane shows next to the field.
      if (expected === REFUSED) expect(cli.message).toContain(form.message);
    }
    // A value accepted from text is accepted as the store holds it (a number, null, an object).
    if (expected !== REFUSED) expect(viaStore(key, expected)).toEqual(expected);
  });

  it("lists every field of the settings in the table above, or says why not", () => {
    // uiLang is the pane's own (a choice in the pane, no flag); placeholders is an on/off switch.
    const elsewhere = ["uiLang", "placeholders"];
    expect([...Object.keys(SURFACES), ...elsewhere].sort()).toEqual([...SETTING_KEYS].sort());
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const key of Object.keys(SURFACES) as Key[])
      expect(CASES.some(([k, , e]) => k === key && e === REFUSED)).toBe(true);
  });

  it("accepts its own defaults", () => {
    for (const key of SETTING_KEYS)
      expect(validateSetting(key, DEFAULT_SETTINGS[key])).toEqual({
        ok: true,
        value: DEFAULT_SETTINGS[key],
      });
    expect(sanitizeSettings({ ...DEFAULT_SETTINGS })).toEqual(DEFAULT_SETTINGS);
    expect(validateDraft(draftFromSettings(defaults), defaults, svUi)).toEqual({
      ok: true,
      settings: defaults,
    });
  });

  it("refuses stored numbers out of range, not-numbers and wrong types", () => {
    for (const [key, stored] of [
      ["materialityPct", 150],
      ["materialityPct", Number.NaN],
      ["materialityAmountTkr", Number.POSITIVE_INFINITY],
      ["materialityAmountTkr", -1],
      ["tolerancePct", true],
      ["lang", null],
      ["period", 202503],
      ["statementSheet", 5],
      ["columns", { result: "D" }],
      ["columns", { actual: 3 }],
      ["columns", ["C"]],
      ["uiLang", "de"],
      ["placeholders", "ja"],
    ] as [Key, unknown][])
      expect([key, viaStore(key, stored)]).toEqual([key, REFUSED]);
  });

  it("reads the placeholders switch and the pane's language the same way", () => {
    expect(viaStore("placeholders", false)).toBe(false);
    const cli = parseArgs(["analyze", "x.xlsx", "--no-placeholders"]);
    expect(cli.ok && cli.request.settings.placeholders).toBe(false);
    const form = validateDraft(
      { ...draftFromSettings(defaults), placeholders: false },
      defaults,
      svUi,
    );
    expect(form.ok && form.settings.placeholders).toBe(false);
    expect(viaStore("uiLang", "en")).toBe("en");
    expect(viaStore("uiLang", null)).toBeNull();
    expect(viaStore("uiLang", "")).toBeNull();
  });
});

describe("rules between fields", () => {
  it("refuses a range without its sheet on the command and drops it from the store", () => {
    const cli = parseArgs(["analyze", "x.xlsx", "--statement-range", "A4:I13"]);
    expect(cli).toEqual({
      ok: false,
      lang: "sv",
      message: '--statement-range "A4:I13": Ange också bladet som området ligger på.',
    });
    expect(sanitizeSettings({ indicatorRange: "A1:F9" })).toEqual({});
    expect(sanitizeSettings({ indicatorRange: "A1:F9", indicatorSheet: "Mål" })).toEqual({
      indicatorRange: "A1:F9",
      indicatorSheet: "Mål",
    });
  });
});

describe("the store keeps every field", () => {
  it("round-trips the chosen columns, the pane's language and the always-material amount", async () => {
    const data: Record<string, unknown> = {};
    const doc: DocumentSettingsLike = {
      get: (k) => data[k] ?? null,
      set: (k, v) => {
        data[k] = v;
      },
      saveAsync: (cb) => cb?.({ status: "succeeded" }),
    };
    const store = officeSettingsStore(doc);
    const settings = withDefaults({
      uiLang: "en",
      columns: { actual: "G", budget: "Budget 2020" },
      materialityLargeTkr: 5000,
      statementSheet: "Drift",
      statementRange: "A3:H40",
    });
    await store.save(settings);
    // What Office keeps is JSON; read it back the way a reopened workbook gives it.
    data[SETTINGS_KEY] = JSON.parse(JSON.stringify(data[SETTINGS_KEY]));
    expect(withDefaults(await store.load())).toEqual(settings);
  });

  it("does not write a value the schema refuses", async () => {
    const data: Record<string, unknown> = {};
    const store = officeSettingsStore({
      get: (k) => data[k] ?? null,
      set: (k, v) => {
        data[k] = v;
      },
      saveAsync: (cb) => cb?.({ status: "succeeded" }),
    });
    await store.save({ ...defaults, materialityPct: 150, period: "2025-3" });
    expect(data[SETTINGS_KEY]).toMatchObject({ period: "2025-03" });
    expect(data[SETTINGS_KEY]).not.toHaveProperty("materialityPct");
  });
});
