import type { StatementField } from "./analysis";

/**
 * What a controller can set. Stored with the workbook by the add-in, given as flags to the command;
 * what each field may hold is decided once, in `settingsSchema.ts`.
 */

export type Lang = "sv" | "en";
export type AmountStyle = "tkr" | "mnkr" | "auto";

export interface Settings {
  /** The analysis language: commentary, status words, the Analys sheet. */
  lang: Lang;
  /** The pane's own language; null = Office's display language. The command ignores it. */
  uiLang: Lang | null;
  /** Materiality amount in tkr; converted to the statement's own unit. */
  materialityAmountTkr: number;
  /** Materiality as a percentage of |budget|. */
  materialityPct: number;
  /** An indicator not met is "Delvis uppfyllt" while fulfilment is at least this percentage. */
  tolerancePct: number;
  amountStyle: AmountStyle;
  /** Reporting period "YYYY-MM"; null = read from the sheet's title rows. */
  period: string | null;
  /** End commentary sentences without a cause with "[Orsak: …]" for the author to fill in. */
  placeholders: boolean;
  /** Force the statement/indicator table to a sheet (and optionally a range on it, "A4:I13"). */
  statementSheet: string | null;
  statementRange: string | null;
  indicatorSheet: string | null;
  indicatorRange: string | null;
  /** Name of the generated sheet; null = "Analys" / "Analysis" by language. */
  analysisSheetName: string | null;
  /** A deviation this large (tkr) is material whatever its share of the budget. */
  materialityLargeTkr: number;
  /** The user's column per role ("C" or a header text), over what the reading found; null = none. */
  columns: Partial<Record<StatementField, string>> | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  lang: "sv",
  uiLang: null,
  materialityAmountTkr: 100,
  materialityPct: 2,
  tolerancePct: 90,
  amountStyle: "auto",
  period: null,
  placeholders: true,
  statementSheet: null,
  statementRange: null,
  indicatorSheet: null,
  indicatorRange: null,
  analysisSheetName: null,
  materialityLargeTkr: 1000,
  columns: null,
});

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const [k, v] of Object.entries(partial) as [keyof Settings, unknown][]) {
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}
