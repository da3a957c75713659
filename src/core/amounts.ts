/**
 * How an amount is shown: which unit (from the amount style and where it appears) and a
 * favourable-positive deviation with its sign ("+545 tkr"). Shared by the commentary, the pane and
 * the command, so a figure reads the same on every surface.
 */
import { formatAmount, roundTo } from "./format";
import type { AmountStyle, Lang } from "./settings";
import { convertMoney, type MoneyUnit } from "./units";

/** Where an amount appears: totals use the summary style, row sentences the row style. */
export type AmountContext = "summary" | "row";

export interface MoneyFormat {
  unit: MoneyUnit;
  style: AmountStyle;
  lang: Lang;
}

/** The unit an amount is shown in, from the setting and the context. */
export function shownUnit(valueInSheetUnit: number, ctx: AmountContext, f: MoneyFormat): MoneyUnit {
  if (f.style === "tkr") return "tkr";
  if (f.style === "mnkr") return "mnkr";
  // Row sentences speak the sheet's own unit: "plus 488 tkr" in a tkr sheet, "plus 2,1 mnkr" in a mnkr one.
  if (ctx === "row") return f.unit;
  const tkr = Math.abs(convertMoney(valueInSheetUnit, f.unit, "tkr"));
  // Decided on the rounded tkr value so 999,6 tkr does not show as "1,0 mnkr" in one place
  // and "1 000 tkr" in another.
  return roundTo(tkr, 0) >= 1000 ? "mnkr" : "tkr";
}

export function decimalsOf(unit: MoneyUnit): number {
  return unit === "mnkr" ? 1 : 0;
}

/** A favourable-positive deviation with its sign: "+488 tkr", "-545 tkr", "0 tkr". */
export function formatDeviation(
  valueInSheetUnit: number,
  ctx: AmountContext,
  f: MoneyFormat,
): string {
  const unit = shownUnit(valueInSheetUnit, ctx, f);
  const text = formatAmount(convertMoney(valueInSheetUnit, f.unit, unit), unit, f.lang);
  return displayDir(valueInSheetUnit, ctx, f) > 0 ? `+${text}` : text;
}

/** The sign as it will read once rounded for display: a deviation of 0,3 tkr is "in line". */
export function displayDir(
  valueInSheetUnit: number,
  ctx: AmountContext,
  f: MoneyFormat,
): 1 | -1 | 0 {
  const unit = shownUnit(valueInSheetUnit, ctx, f);
  const r = roundTo(convertMoney(valueInSheetUnit, f.unit, unit), decimalsOf(unit));
  return r > 0 ? 1 : r < 0 ? -1 : 0;
}
