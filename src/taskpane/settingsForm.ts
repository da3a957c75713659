/**
 * The settings form as text the user types, and its validation. The fields hold what was typed
 * ("2,5", "1 000 tkr"); the settings schema in the core reads it, the same way as the command's
 * flags and the stored settings.
 */
import { formatNumber } from "../core/format";
import type { Lang, Settings } from "../core/settings";
import { validateSetting, type SettingProblem } from "../core/settingsSchema";
import type { UiStrings } from "../core/locale/sv/ui";

export interface SettingsDraft {
  materialityAmountTkr: string;
  materialityPct: string;
  materialityLargeTkr: string;
  tolerancePct: string;
  /** Choices hold the option's value as the DOM gives it; the schema checks it like any text. */
  lang: string;
  amountStyle: string;
  period: string;
  placeholders: boolean;
}

export type DraftErrors = Partial<Record<keyof SettingsDraft, string>>;

/** The form's fields; each is a field of the settings with the same name. */
const FIELDS = [
  "materialityAmountTkr",
  "materialityPct",
  "materialityLargeTkr",
  "tolerancePct",
  "lang",
  "amountStyle",
  "period",
  "placeholders",
] as const satisfies readonly (keyof SettingsDraft & keyof Settings)[];

function numberText(n: number, lang: Lang): string {
  // Up to two decimals, no grouping surprises for small values like 2 or 2,5.
  const decimals = Number.isInteger(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2;
  return formatNumber(n, decimals, lang);
}

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    materialityAmountTkr: numberText(s.materialityAmountTkr, s.lang),
    materialityPct: numberText(s.materialityPct, s.lang),
    materialityLargeTkr: numberText(s.materialityLargeTkr, s.lang),
    tolerancePct: numberText(s.tolerancePct, s.lang),
    lang: s.lang,
    amountStyle: s.amountStyle,
    period: s.period ?? "",
    placeholders: s.placeholders,
  };
}

export function problemText(problem: SettingProblem, t: UiStrings): string {
  const say = t.settings.errors[problem.code] as (p: SettingProblem) => string;
  return say(problem);
}

/**
 * Validates the draft. Returns the settings it describes (on top of `base`, which carries the
 * fields the form does not show, such as the chosen sheets) or the message per invalid field.
 */
export function validateDraft(
  draft: SettingsDraft,
  base: Settings,
  t: UiStrings,
): { ok: true; settings: Settings } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const settings: Settings = { ...base };
  for (const key of FIELDS) {
    const v = validateSetting(key, draft[key]);
    if (v.ok) (settings as unknown as Record<string, unknown>)[key] = v.value;
    else errors[key] = problemText(v.problem, t);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
