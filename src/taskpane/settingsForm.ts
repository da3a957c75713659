/**
 * The settings form as text the user types, and its validation. Numbers are typed the Swedish
 * way ("2,5"), so the fields hold strings and are parsed with the same parser as the sheets.
 */
import { formatNumber } from "../core/format";
import { parseNumberText } from "../core/parse/number";
import type { AmountStyle, Lang, Settings } from "../core/settings";
import type { UiStrings } from "../core/locale/sv/ui";

export interface SettingsDraft {
  materialityAmountTkr: string;
  materialityPct: string;
  tolerancePct: string;
  lang: Lang;
  amountStyle: AmountStyle;
  period: string;
  placeholders: boolean;
}

export type DraftErrors = Partial<Record<keyof SettingsDraft, string>>;

function numberText(n: number, lang: Lang): string {
  // Up to two decimals, no grouping surprises for small values like 2 or 2,5.
  const decimals = Number.isInteger(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2;
  return formatNumber(n, decimals, lang);
}

export function draftFromSettings(s: Settings): SettingsDraft {
  return {
    materialityAmountTkr: numberText(s.materialityAmountTkr, s.lang),
    materialityPct: numberText(s.materialityPct, s.lang),
    tolerancePct: numberText(s.tolerancePct, s.lang),
    lang: s.lang,
    amountStyle: s.amountStyle,
    period: s.period ?? "",
    placeholders: s.placeholders,
  };
}

/** A number typed by the user; a trailing unit that matches the field ("100 tkr", "2 %") is allowed. */
function parseField(text: string, allowedUnits: string[]): number | null {
  const p = parseNumberText(text);
  if (!p.ok) return null;
  if (p.unit !== null && !allowedUnits.includes(p.unit)) return null;
  return p.value;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

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
  const amount = parseField(draft.materialityAmountTkr, ["tkr", "ksek"]);
  if (amount === null) errors.materialityAmountTkr = t.settings.errors.notANumber;
  else if (amount < 0) errors.materialityAmountTkr = t.settings.errors.negative;

  const pct = parseField(draft.materialityPct, ["%"]);
  if (pct === null) errors.materialityPct = t.settings.errors.notANumber;
  else if (pct < 0 || pct > 100) errors.materialityPct = t.settings.errors.pctRange;

  const tol = parseField(draft.tolerancePct, ["%"]);
  if (tol === null) errors.tolerancePct = t.settings.errors.notANumber;
  else if (tol < 0 || tol > 100) errors.tolerancePct = t.settings.errors.pctRange;

  const period = draft.period.trim();
  if (period !== "" && !PERIOD.test(period)) errors.period = t.settings.errors.period;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      ...base,
      materialityAmountTkr: amount as number,
      materialityPct: pct as number,
      tolerancePct: tol as number,
      lang: draft.lang,
      amountStyle: draft.amountStyle,
      period: period === "" ? null : period,
      placeholders: draft.placeholders,
    },
  };
}
