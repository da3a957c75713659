/**
 * Settings stored in the workbook (Office.context.document.settings), so they travel with the file
 * and the ribbon command uses the same values as the pane. Read values are validated field by field:
 * a file edited elsewhere or saved by an older version must never break the analysis.
 */
import type { AmountStyle, Lang, Settings } from "../../core/settings";

export const SETTINGS_KEY = "uppfoljning.settings";

/** The part of Office.Settings this store uses (a stub in tests). */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: { status: string; error?: { message: string } | null }) => void,
  ): void;
}

export interface SettingsStore {
  load(): Promise<Partial<Settings>>;
  save(settings: Settings): Promise<void>;
}

const LANGS: readonly Lang[] = ["sv", "en"];
const STYLES: readonly AmountStyle[] = ["tkr", "mnkr", "auto"];
const nonNegative = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0;
const textOrNull = (v: unknown): v is string | null =>
  v === null || (typeof v === "string" && v.length <= 255);

/** Keeps only fields with valid values; the caller fills the rest with defaults. */
export function sanitizeSettings(raw: unknown): Partial<Settings> {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (LANGS.includes(r.lang as Lang)) out.lang = r.lang as Lang;
  if (nonNegative(r.materialityAmountTkr)) out.materialityAmountTkr = r.materialityAmountTkr;
  if (nonNegative(r.materialityPct) && r.materialityPct <= 100)
    out.materialityPct = r.materialityPct;
  if (nonNegative(r.tolerancePct) && r.tolerancePct <= 100) out.tolerancePct = r.tolerancePct;
  if (STYLES.includes(r.amountStyle as AmountStyle)) out.amountStyle = r.amountStyle as AmountStyle;
  if (
    r.period === null ||
    (typeof r.period === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(r.period))
  )
    out.period = r.period;
  if (typeof r.placeholders === "boolean") out.placeholders = r.placeholders;
  for (const k of [
    "statementSheet",
    "statementRange",
    "indicatorSheet",
    "indicatorRange",
    "analysisSheetName",
  ] as const) {
    const v = r[k];
    if (textOrNull(v)) out[k] = v;
  }
  return out;
}

export function officeSettingsStore(settings: DocumentSettingsLike): SettingsStore {
  return {
    async load() {
      return sanitizeSettings(settings.get(SETTINGS_KEY));
    },
    save(value: Settings) {
      settings.set(SETTINGS_KEY, { ...value });
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === "failed")
            reject(new Error(result.error?.message ?? "saveAsync failed"));
          else resolve();
        });
      });
    },
  };
}

/** The store for the workbook this add-in runs in. */
export function documentSettingsStore(): SettingsStore {
  return officeSettingsStore(Office.context.document.settings as unknown as DocumentSettingsLike);
}
