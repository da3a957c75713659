/**
 * Numbers as controllers paste them from reports: "10 087" (space, no-break or thin space),
 * "−566" (Unicode minus), "(566)" (accounting negative), "5,7" (decimal comma), "1 597 tkr", "3,94%".
 * A single "." is a decimal point ("3.94%"); several dots, or dots together with a comma, group thousands.
 */
import { cellAt, isCellError, type CellValue, type SheetGrid } from "../grid";

export type ParsedNumber =
  | { ok: true; value: number; unit: string | null }
  /** empty: blank or a lone dash; text: words, not a number; error: an Excel error value. */
  | { ok: false; reason: "empty" | "text" | "error"; text: string };

const SPACES = /[\s\u00a0\u202f\u2007\u2009\u200a\u2008]/g;
const MINUS = /^[-\u2212\u2013\u2012\u2014]/;
const LONE_DASH = /^[-\u2212\u2013\u2012\u2014]+$/;
// Number part, then an optional unit of letters, %, or a currency word.
const NUMBER_THEN_UNIT = /^([0-9][0-9.,]*)(?:\s*([%a-zåäö.]+\.?))?$/i;

function empty(text: string): ParsedNumber {
  return { ok: false, reason: "empty", text };
}

/** Parses the digits-and-separators part; null when it is not a well-formed number. */
function parseDigits(s: string): number | null {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots > 0 && commas > 0) {
    // Whichever separator comes last is the decimal one.
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    if ((s.match(new RegExp(`\\${decimal}`, "g")) ?? []).length > 1) return null;
    normal = s.split(group).join("").replace(decimal, ".");
  } else if (commas > 1) {
    if (!/^\d{1,3}(,\d{3})+$/.test(s)) return null;
    normal = s.replace(/,/g, "");
  } else if (dots > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return null;
    normal = s.replace(/\./g, "");
  } else {
    normal = s.replace(",", ".");
  }
  if (!/^\d+(\.\d+)?$|^\d+\.$|^\.\d+$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** Parses pasted text. Never throws. */
export function parseNumberText(input: string): ParsedNumber {
  const raw = String(input);
  let s = raw.replace(SPACES, " ").trim();
  if (s === "" || LONE_DASH.test(s)) return empty(raw);
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (MINUS.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  // Grouping spaces between digits: "10 087", "1 597,5".
  s = s.replace(/(\d) (?=\d{3}(?!\d))/g, "$1");
  const m = NUMBER_THEN_UNIT.exec(s);
  if (!m) return { ok: false, reason: "text", text: raw };
  const value = parseDigits(m[1]);
  if (value === null) return { ok: false, reason: "text", text: raw };
  const unit = m[2] ? m[2].toLowerCase().replace(/\.$/, "") : null;
  return { ok: true, value: negative ? (value === 0 ? 0 : -value) : value, unit };
}

/** Reads a cell as a number: numeric cells as they are, text as pasted, errors and words as failures. */
export function readNumber(v: CellValue): ParsedNumber {
  if (v === null || v === undefined) return empty("");
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? { ok: true, value: v, unit: null }
      : { ok: false, reason: "error", text: String(v) };
  }
  if (typeof v === "boolean") return { ok: false, reason: "text", text: v ? "SANT" : "FALSKT" };
  if (isCellError(v)) return { ok: false, reason: "error", text: v.error };
  if (/^#[A-Z0-9/!?]+[!?]?$|^#N\/A$/i.test(v.trim()))
    return { ok: false, reason: "error", text: v.trim() };
  return parseNumberText(v);
}

/**
 * A cell's figure: a finite number, or text that reads as one with no unit or with "%" ("1 597,5",
 * "-12 %"); null otherwise. What every reader of a table's figures counts as a plain number.
 */
export function figureAt(sheet: SheetGrid, row: number, col: number): number | null {
  return figureOf(cellAt(sheet, row, col));
}

export function figureOf(v: CellValue): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const parsed = readNumber(v);
  return parsed.ok && (parsed.unit === null || parsed.unit === "%") ? parsed.value : null;
}
