/**
 * How an indicator's outcome, target and fulfilment read: the one formatter for the pane, the Analys
 * sheet and the report document, so "3,94 %" and "4,3 procentenheter under taket" are the same
 * everywhere. Words come from the locale; numbers through formatNumber (sv-SE).
 */
import type { IndicatorItem, IndicatorUnit, Target } from "../analysis";
import { formatAmount, formatNumber, formatPercent, roundTo } from "../format";
import { texts } from "../locale";
import type { Lang } from "../settings";

/** Decimals a figure needs to show as written (3,94 → 2; 1,7 → 1; 61735 → 0), at most two. */
function decimalsShown(v: number): number {
  for (let d = 0; d < 2; d++) if (Math.abs(roundTo(v, d) - v) < 1e-9) return d;
  return 2;
}

/** An indicator figure in its unit, formatted like the amounts: "3,94 %", "61 735", "37,5 mnkr", "28 st". */
export function indicatorValue(value: number, unit: IndicatorUnit, lang: Lang): string {
  if (unit === "%") return formatPercent(value, decimalsShown(value), lang);
  if (unit === "tkr" || unit === "mnkr" || unit === "kr") {
    const d = unit === "mnkr" ? Math.max(1, decimalsShown(value)) : decimalsShown(value);
    const text = formatAmount(value, unit, lang);
    return d === (unit === "mnkr" ? 1 : 0)
      ? text
      : `${formatNumber(value, d, lang)}${text.slice(text.indexOf("\u00a0"))}`;
  }
  const n = formatNumber(value, decimalsShown(value), lang);
  const word = unit === "st" || unit === "dagar" ? texts(lang).terms.indicatorText.units[unit] : "";
  return word ? `${n}\u00a0${word}` : n;
}

/** The outcome as shown: formatted when it was read as a number, else the sheet's own text ("Mäts ej"). */
export function indicatorOutcome(item: IndicatorItem, lang: Lang): string | null {
  if (item.actual !== null) return indicatorValue(item.actual, item.unit, lang);
  return item.actualText.trim() || null;
}

/** "högst 6 %", "minst 30 st": the target in the same formatting as the outcome. */
export function indicatorTarget(target: Target, lang: Lang): string {
  const W = texts(lang).terms.indicatorText;
  const v = indicatorValue(target.value, target.unit, lang);
  return target.direction === "max" ? W.targetMax(v) : W.targetMin(v);
}

/**
 * What the fulfilment says where it means something, without a label: "93 %" for an at-least
 * target; for a ceiling, how far under (or over) it the outcome is, since 6 ÷ 1,7 = "353 %" tells a
 * reader nothing. Null when it cannot be said (no target, no outcome, units that differ).
 */
export function fulfilmentValue(i: IndicatorItem, lang: Lang): string | null {
  if (!i.target || i.actual === null) return null;
  const W = texts(lang).terms.indicatorText;
  if (i.target.direction === "min")
    return i.fulfilment === null ? null : formatPercent(i.fulfilment * 100, 0, lang);
  if (i.unit !== i.target.unit) return null;
  const gap = i.target.value - i.actual;
  if (roundTo(gap, 2) === 0) return W.atCeiling;
  const abs = Math.abs(gap);
  const size =
    i.unit === "%"
      ? W.points(formatNumber(abs, decimalsShown(abs), lang), roundTo(abs, 2) === 1)
      : indicatorValue(abs, i.unit, lang);
  return gap > 0 ? W.underCeiling(size) : W.overCeiling(size);
}

/** The fulfilment as a line on its own: "Måluppfyllelse 93 %", "4,3 procentenheter under taket". */
export function fulfilmentText(i: IndicatorItem, lang: Lang): string | null {
  const v = fulfilmentValue(i, lang);
  if (v === null || i.target?.direction !== "min") return v;
  return `${texts(lang).terms.indicatorText.fulfilment} ${v}`;
}
