/** Text helpers shared by the finders: how a controller's eye normalises a header or label. */
import { isCellError, type CellValue } from "./grid";

const normalized = new Map<string, string>();

/**
 * Lower case, line breaks and runs of spaces folded to one space, trimmed. Remembered: every label is
 * asked about by several classifiers in turn (kind, total, section, net).
 */
export function normalize(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = text
      .replace(/[\s\u00a0\u202f\u2007\u2009]+/g, " ")
      .trim()
      .toLowerCase();
    if (normalized.size >= 250_000) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

/** A cell's text as shown (numbers as digits), or "" for blanks and errors. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  if (isCellError(v)) return "";
  return "";
}

/** Label text for display: line breaks and repeated spaces folded, trimmed, case kept. */
export function cleanLabel(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007\u2009]+/g, " ").trim();
}

/** A four-digit year of a report (1990–2099): what a header such as "2024" names. */
const YEAR = "(19[9]\\d|20\\d\\d)";
const BARE_YEAR = new RegExp(`^${YEAR}$`);
const YEARS_IN = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, "g");

/** Four-digit years (1990–2099) mentioned in a text. */
export function yearsIn(text: string): number[] {
  return (text.match(YEARS_IN) ?? []).map(Number);
}

/** A text that is a year and nothing else ("2024", " 2019 "): a year header, not a figure. */
export function isBareYear(text: string): boolean {
  return BARE_YEAR.test(text.trim());
}

/**
 * Text that Excel would read as a formula when written to or pasted into a cell: a leading "=", "+",
 * "-", or "@" (a function in some builds). One rule for the plan's text cells and the commentary.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
