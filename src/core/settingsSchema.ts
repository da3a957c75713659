/**
 * The one schema of the settings: for every field, what a value of it may be. The command's flags,
 * the pane's form and the store in the workbook all ask `validateSetting`, so "150" for a percentage,
 * "2025-3" for a period, "0x10" or "1 000" get the same answer on every surface.
 *
 * A surface hands over what it has: text the user typed (a flag, a form field) or a value read back
 * from the workbook's settings (a number, a boolean, null, an object). Text is read the Swedish way
 * ("2,5", "1 000" with a space or no-break space, an optional unit that matches the field: "100 tkr",
 * "2 %"); hexadecimal, exponents, NaN and Infinity are not numbers here.
 */
import { rangeAddress, parseRangeAddress } from "./address";
import { STATEMENT_FIELDS, type StatementField } from "./analysis";
import { parseColumnsSetting } from "./find/overrides";
import { parseNumberText } from "./parse/number";
import { parsePeriodSetting } from "./parse/period";
import { validSheetName } from "./plan/preflight";
import type { AmountStyle, Lang, Settings } from "./settings";

/** Why a value was refused; the words are in `locale/<lang>/settings.ts`. */
export type SettingProblem =
  | { code: "notANumber" }
  | { code: "wrongUnit"; units: string }
  | { code: "negative" }
  | { code: "pctRange" }
  | { code: "choice"; choices: string }
  | { code: "period" }
  | { code: "sheetName" }
  | { code: "range" }
  | { code: "rangeNeedsSheet" }
  | { code: "columns"; part: string }
  | { code: "onOff" };

export type SettingKey = keyof Settings;

export type SettingResult<K extends SettingKey> =
  { ok: true; value: Settings[K] } | { ok: false; problem: SettingProblem };

type Check<T> = (raw: unknown) => { ok: true; value: T } | { ok: false; problem: SettingProblem };

const refuse = (problem: SettingProblem) => ({ ok: false as const, problem });
const accept = <T>(value: T) => ({ ok: true as const, value });

/** A number of a field: typed text or a stored number; `units` are the units it may be written with. */
function numberField(units: readonly string[], max: number | null): Check<number> {
  return (raw) => {
    let n: number;
    if (typeof raw === "number") n = raw;
    else if (typeof raw === "string") {
      const p = parseNumberText(raw);
      if (!p.ok) return refuse({ code: "notANumber" });
      if (p.unit !== null && !units.includes(p.unit))
        return refuse({ code: "wrongUnit", units: units.join(", ") });
      n = p.value;
    } else return refuse({ code: "notANumber" });
    if (!Number.isFinite(n)) return refuse({ code: "notANumber" });
    if (n < 0) return refuse(max === null ? { code: "negative" } : { code: "pctRange" });
    if (max !== null && n > max) return refuse({ code: "pctRange" });
    return accept(n);
  };
}

const AMOUNT_UNITS = ["tkr", "ksek"] as const;
const tkr = numberField(AMOUNT_UNITS, null);
const percent = numberField(["%"], 100);

/** One of a few words; case and surrounding spaces do not matter. */
function choiceField<T extends string>(values: readonly T[]): Check<T> {
  return (raw) => {
    const word = typeof raw === "string" ? raw.trim().toLowerCase() : null;
    const hit = values.find((v) => v === word);
    return hit === undefined ? refuse({ code: "choice", choices: values.join(", ") }) : accept(hit);
  };
}

/** Optional fields: null or blank text mean "not set". */
function nullable<T>(check: Check<T>): Check<T | null> {
  return (raw) =>
    raw === null || (typeof raw === "string" && raw.trim() === "") ? accept(null) : check(raw);
}

/**
 * "YYYY-MM". "2025-3" is read as 2025-03 on every surface (people type it so; the month is not in
 * doubt) and kept in the canonical form; "2025-13" and "25-03" are refused.
 */
const period: Check<string> = (raw) => {
  const p = typeof raw === "string" ? parsePeriodSetting(raw) : null;
  return p ? accept(`${p.year}-${String(p.month).padStart(2, "0")}`) : refuse({ code: "period" });
};

/** A sheet name Excel allows (at most 31 characters, none of : \ / ? * [ ]); trimmed. */
const sheetName: Check<string> = (raw) => {
  const name = typeof raw === "string" ? raw.trim() : "";
  return validSheetName(name) ? accept(name) : refuse({ code: "sheetName" });
};

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLS = 16_384;

/** A range on a sheet, "A4:I13" (absolute markers allowed), kept as "A4:I13". */
const range: Check<string> = (raw) => {
  const r = typeof raw === "string" ? parseRangeAddress(raw) : null;
  return r && r.bottom < EXCEL_ROWS && r.right < EXCEL_COLS
    ? accept(rangeAddress(r))
    : refuse({ code: "range" });
};

const ROLES: readonly StatementField[] = STATEMENT_FIELDS;
type Columns = NonNullable<Settings["columns"]>;

/**
 * The user's columns: the text "utfall=C,budget=D" (as `--columns` takes it) or the stored object
 * (role → letter or header text); an empty object is "none".
 */
const columns: Check<Columns | null> = (raw) => {
  if (typeof raw === "string") {
    const parsed = parseColumnsSetting(raw);
    return parsed.ok ? accept(parsed.value) : refuse({ code: "columns", part: parsed.part });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return refuse({ code: "columns", part: String(raw) });
  const out: Columns = {};
  for (const [role, ref] of Object.entries(raw as Record<string, unknown>)) {
    const text = typeof ref === "string" ? ref.trim() : "";
    if (!ROLES.includes(role as StatementField) || text === "" || text.length > 255)
      return refuse({ code: "columns", part: `${role}=${String(ref)}` });
    out[role as StatementField] = text;
  }
  return accept(Object.keys(out).length > 0 ? out : null);
};

const onOff: Check<boolean> = (raw) => {
  if (typeof raw === "boolean") return accept(raw);
  const word = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  return word === "true" || word === "false" ? accept(word === "true") : refuse({ code: "onOff" });
};

const LANGS: readonly Lang[] = ["sv", "en"];
const STYLES: readonly AmountStyle[] = ["tkr", "mnkr", "auto"];

/** One entry per field of `Settings`; a field added there without one here fails to compile. */
const SCHEMA: { [K in SettingKey]: Check<Settings[K]> } = {
  lang: choiceField(LANGS),
  uiLang: nullable(choiceField(LANGS)),
  materialityAmountTkr: tkr,
  materialityPct: percent,
  materialityLargeTkr: tkr,
  tolerancePct: percent,
  amountStyle: choiceField(STYLES),
  period: nullable(period),
  placeholders: onOff,
  statementSheet: nullable(sheetName),
  statementRange: nullable(range),
  indicatorSheet: nullable(sheetName),
  indicatorRange: nullable(range),
  analysisSheetName: nullable(sheetName),
  columns: nullable(columns),
};

export const SETTING_KEYS = Object.keys(SCHEMA) as SettingKey[];

/** The value of one field from what a surface has (typed text or a stored value), or why not. */
export function validateSetting<K extends SettingKey>(key: K, raw: unknown): SettingResult<K> {
  return SCHEMA[key](raw);
}

/** Rules between fields: a range is a range on the sheet chosen with it (alone it would be ignored). */
export function crossProblems(s: Partial<Settings>): Partial<Record<SettingKey, SettingProblem>> {
  const out: Partial<Record<SettingKey, SettingProblem>> = {};
  if (s.statementRange && !s.statementSheet) out.statementRange = { code: "rangeNeedsSheet" };
  if (s.indicatorRange && !s.indicatorSheet) out.indicatorRange = { code: "rangeNeedsSheet" };
  return out;
}

/**
 * Every field of a stored object that holds a valid value; the rest are left out (the caller fills
 * them with defaults) and listed with their problem.
 */
export function validateSettings(raw: unknown): {
  settings: Partial<Settings>;
  problems: Partial<Record<SettingKey, SettingProblem>>;
} {
  const settings: Partial<Settings> = {};
  const problems: Partial<Record<SettingKey, SettingProblem>> = {};
  if (typeof raw !== "object" || raw === null) return { settings, problems };
  const r = raw as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in r)) continue;
    const v = validateSetting(key, r[key]);
    if (v.ok) (settings as Record<string, unknown>)[key] = v.value;
    else problems[key] = v.problem;
  }
  for (const [key, problem] of Object.entries(crossProblems(settings)) as [
    SettingKey,
    SettingProblem,
  ][]) {
    delete settings[key];
    problems[key] = problem;
  }
  return { settings, problems };
}
