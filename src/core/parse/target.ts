/**
 * Targets and outcomes of indicators as scorecards write them: "Högst 10 %", "Max 4,2 %", "Minst 80",
 * "Min 91 %", "≥ 90 %", "≤ 5 %", plain "30 %", "40 MSEK", "30 st", "0 tkr" (plain means at least).
 */
import type { IndicatorUnit, Target } from "../analysis";
import { isCellError, type CellValue } from "../grid";
import { HIGHER_IS_BETTER, LOWER_IS_BETTER } from "../locale/indicatorWords";
import { normalize } from "../text";
import { parseNumberText } from "./number";

const MAX_WORDS =
  /^(högst|max\.?|maximalt|maximum|max|under|mindre än|lägre än|inte mer än|ej över|at most|below|less than|≤|<=|<|=<)\s*/;
const MIN_WORDS =
  /^(minst|min\.?|minimum|lägst|över|mer än|högre än|inte mindre än|at least|above|more than|≥|>=|>|=>)\s*/;
const NOT_MEASURED =
  /mäts ej|mäts inte|ej mätt|inte mätt|ej aktuell|saknas|not measured|n\/a|^ej$|^–$|^-$/;

/** The indicator unit a written unit stands for; null when the word is not a unit. */
export function indicatorUnit(word: string | null): IndicatorUnit | null {
  if (word === null || word === "") return "none";
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "%" || w === "procent" || w === "proc") return "%";
  if (["tkr", "ksek", "tsek", "tusen kronor"].includes(w)) return "tkr";
  if (["mnkr", "mkr", "msek", "mn", "miljoner", "mn kr", "milj"].includes(w)) return "mnkr";
  if (["kr", "sek", "kronor"].includes(w)) return "kr";
  if (["st", "stycken", "styck", "antal", "pcs"].includes(w)) return "st";
  if (["dagar", "dag", "dgr", "d", "days"].includes(w)) return "dagar";
  if (w === "index") return "index";
  return null;
}

/**
 * The figure without what is written around it: a leading label ("Utfall: 3,94%") and a trailing note
 * in brackets ("≥ 4,0 (skala 1–5)", "1,7 % (R12)"). A figure that is all brackets, "(566)", stays.
 */
export function withoutNotes(text: string): string {
  return text
    .replace(/^\s*(utfall|resultat|värde|mål|målvärde|actual|target)\s*:\s*/i, "")
    .replace(/(\S)\s*\([^()]*\)\s*$/, "$1")
    .trim();
}

/** "5,5 – 6,5 %", "40–60 %", "5,5 % – 6,5 %": two figures joined by a dash, the unit after the second. */
const RANGE = /^(\d[\d\s.,]*\s*%?)\s*[-–—]\s*(\d[\d\s.,]*?)\s*(%|[a-zåäö]+)?$/;

/**
 * The figure of a target, also when the words of what is measured follow it ("> 85 % rekommenderar",
 * "80 % nöjda"): the figure and its unit, the trailing words dropped.
 */
function figureOf(text: string): ReturnType<typeof parseNumberText> {
  const plain = parseNumberText(text);
  if (plain.ok) return plain;
  const m = /^(\d[\d\s.,]*\s*(?:%|[a-zåäö]+\.?)?)\s+[a-zåäö][a-zåäö\s]*$/.exec(text);
  if (!m) return plain;
  const head = parseNumberText(m[1]);
  // Only a figure with a unit of its own: "Minst 80 bananer" stays unreadable.
  return head.ok && head.unit !== null && indicatorUnit(head.unit) !== null ? head : plain;
}

/**
 * A range target against its outcome: above the interval it is judged as at most its upper bound, below
 * as at least its lower bound, and inside it is met (at most the upper bound).
 */
export function withinRange(
  range: { low: number; high: number },
  target: Target,
  actual: number,
): Target {
  return actual < range.low
    ? { ...target, direction: "min", value: range.low }
    : { ...target, direction: "max", value: range.high };
}

export type ParsedTarget =
  /**
   * `stated`: the text carries a direction word ("Högst", "≥"); a plain "10 %" does not (read as at least).
   * `range`: a target interval ("5,5 – 6,5 %"); which bound binds is decided by the outcome (`withinRange`).
   */
  | { ok: true; target: Target; stated: boolean; range?: { low: number; high: number } }
  | { ok: false; reason: "empty" | "notMeasured" | "unparseable"; text: string };

export function parseTarget(input: string): ParsedTarget {
  const text = String(input)
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
  const t = normalize(text);
  if (t === "") return { ok: false, reason: "empty", text };
  if (NOT_MEASURED.test(t)) return { ok: false, reason: "notMeasured", text };
  const range = RANGE.exec(t);
  if (range) {
    const low = parseNumberText(range[1]);
    const high = parseNumberText(`${range[2]} ${range[3] ?? ""}`);
    const unit = high.ok ? indicatorUnit(high.unit) : null;
    if (
      low.ok &&
      high.ok &&
      unit !== null &&
      low.value < high.value &&
      (!low.unit || low.unit === high.unit)
    )
      return {
        ok: true,
        target: { direction: "max", value: high.value, unit, text },
        stated: true,
        range: { low: low.value, high: high.value },
      };
  }
  let direction: Target["direction"] = "min";
  let stated = true;
  let rest = t;
  const max = MAX_WORDS.exec(rest);
  const min = max ? null : MIN_WORDS.exec(rest);
  if (max) {
    direction = "max";
    rest = rest.slice(max[0].length);
  } else if (min) {
    rest = rest.slice(min[0].length);
  } else if (/ eller (lägre|mindre)$| or (less|lower)$/.test(rest)) {
    direction = "max";
    rest = rest.replace(/ eller (lägre|mindre)$| or (less|lower)$/, "");
  } else if (/ eller (högre|mer)$| or (more|higher)$/.test(rest)) {
    rest = rest.replace(/ eller (högre|mer)$| or (more|higher)$/, "");
  } else {
    stated = false;
  }
  const parsed = figureOf(withoutNotes(rest));
  if (!parsed.ok) return { ok: false, reason: "unparseable", text };
  const unit = indicatorUnit(parsed.unit);
  if (unit === null) return { ok: false, reason: "unparseable", text };
  return { ok: true, target: { direction, value: parsed.value, unit, text }, stated };
}

/**
 * A Riktning cell: "Högre är bättre" / "↑" → at least ("min"), "Lägre är bättre" / "↓" → at most ("max");
 * null when the cell says neither.
 */
export function parseDirection(v: CellValue): Target["direction"] | null {
  if (typeof v !== "string") return null;
  const t = normalize(v.replace(/[\s\u00a0\u202f]+/g, " ")).replace(/[.!]$/, "");
  if (HIGHER_IS_BETTER.test(t)) return "min";
  if (LOWER_IS_BETTER.test(t)) return "max";
  return null;
}

export type ParsedOutcome =
  | { ok: true; value: number; unit: IndicatorUnit | null; text: string }
  | { ok: false; reason: "empty" | "notMeasured" | "unparseable"; text: string };

/**
 * An outcome cell: a number (its unit is the target's), a percentage-formatted fraction (0,235 shown as
 * 23,5 % means 23,5 %), or text with its unit ("3,94%", "64,4 mnkr", "28 st").
 */
export function parseOutcome(v: CellValue, numberFormat: string | null): ParsedOutcome {
  if (v === null || v === undefined) return { ok: false, reason: "empty", text: "" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: "unparseable", text: String(v) };
    if (numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ""))) {
      return { ok: true, value: Math.round(v * 100 * 1e9) / 1e9, unit: "%", text: String(v) };
    }
    return { ok: true, value: v, unit: null, text: String(v) };
  }
  if (isCellError(v)) return { ok: false, reason: "unparseable", text: v.error };
  if (typeof v === "boolean") return { ok: false, reason: "unparseable", text: String(v) };
  const text = v.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (text === "") return { ok: false, reason: "empty", text };
  if (NOT_MEASURED.test(normalize(text))) return { ok: false, reason: "notMeasured", text };
  const parsed = parseNumberText(withoutNotes(text));
  if (!parsed.ok)
    return { ok: false, reason: parsed.reason === "empty" ? "empty" : "unparseable", text };
  const unit = indicatorUnit(parsed.unit);
  if (unit === null) return { ok: false, reason: "unparseable", text };
  return { ok: true, value: parsed.value, unit: parsed.unit === null ? null : unit, text };
}
