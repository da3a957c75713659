/**
 * Language-neutral helpers: making workbook text safe to insert, and turning amounts into
 * formatted sizes with a direction. Number formatting itself lives in ../format.
 */
import { displayDir, shownUnit, type AmountContext, type MoneyFormat } from "../amounts";
import { formatAmount, formatNumber, formatPercent, roundTo } from "../format";
import type { Lang } from "../settings";
import { cleanLabel, startsLikeFormula } from "../text";
import { convertMoney } from "../units";
import type { Amt, CommentaryPhrases } from "./phrases";

// Workbook text is cleaned (line breaks inside a cell must not split a paragraph) and checked for a
// formula start by the core's one rule for each.
export { cleanLabel, startsLikeFormula } from "../text";

/**
 * Workbook text (labels, comments, indicator names, target texts) is neutralised where it is
 * inserted: if it would start a formula it is wrapped in the language's typographic quotes
 * (”…” in Swedish, “…” in English). Quoting keeps the author's text visible and unchanged,
 * unlike a leading apostrophe, which Excel swallows on paste and which would show in Word.
 */
export function quoteIfFormula(text: string, p: CommentaryPhrases): string {
  const t = cleanLabel(text);
  return startsLikeFormula(t) ? p.quote(t) : t;
}

/** Lower-cases the first letter unless the word is an acronym ("IT-kostnader", "HME index"). */
export function lowerFirst(text: string): string {
  if (text.length === 0) return text;
  const second = text.charAt(1);
  if (second !== "" && second === second.toUpperCase() && second !== second.toLowerCase()) {
    return text;
  }
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

export type { AmountContext, MoneyFormat } from "../amounts";

/** The size of an amount, formatted ("1 738 tkr", "5,7 mnkr"). */
export function size(valueInSheetUnit: number, ctx: AmountContext, f: MoneyFormat): string {
  const unit = shownUnit(valueInSheetUnit, ctx, f);
  return formatAmount(Math.abs(convertMoney(valueInSheetUnit, f.unit, unit)), unit, f.lang);
}

export { displayDir } from "../amounts";

/** A favourable-positive deviation as a size with a direction. */
export function amt(valueInSheetUnit: number, ctx: AmountContext, f: MoneyFormat): Amt {
  return { text: size(valueInSheetUnit, ctx, f), dir: displayDir(valueInSheetUnit, ctx, f) };
}

/** A signed amount that is not a deviation (a result line): negative values in words. */
export function signedAmount(
  valueInSheetUnit: number,
  ctx: AmountContext,
  f: MoneyFormat,
  p: CommentaryPhrases,
): string {
  const text = size(valueInSheetUnit, ctx, f);
  return displayDir(valueInSheetUnit, ctx, f) < 0 ? p.negative(text) : text;
}

/** A percentage size ("5,9 %"), or null when there is none. */
export function pctSize(value: number | null, lang: Lang): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  return formatPercent(Math.abs(value), 1, lang);
}

/** Fewest decimals (at most 2) that show the value exactly: 28 → "28", 3.94 → "3,94". */
export function plainNumber(value: number, lang: Lang): string {
  let d = 0;
  while (d < 2 && Math.abs(roundTo(value, d) - value) > 1e-9) d++;
  return formatNumber(Math.abs(value), d, lang);
}
