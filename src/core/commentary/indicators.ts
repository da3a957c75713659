/**
 * The indicator section (Måluppfyllelse): a count, the indicators not met worst first with
 * outcome and target in the target's own words, the met ones briefly, then the grey ones with
 * their reason.
 */
import type { IndicatorAnalysis, IndicatorItem, Target } from "../analysis";
import { formatPercent } from "../format";
import type { Settings } from "../settings";
import { indicatorUnit } from "../parse/target";
import type { CommentaryPhrases } from "./phrases";
import {
  cleanLabel,
  lowerFirst,
  plainNumber,
  quoteIfFormula,
  sentence,
  startsLikeFormula,
} from "./text";

const UNIT_WORDS: Record<Target["unit"], string> = {
  "%": "%",
  tkr: "tkr",
  mnkr: "mnkr",
  kr: "kr",
  st: "st",
  dagar: "dagar",
  index: "",
  none: "",
};

/** The unit as the target writes it ("MSEK" in "40 MSEK"), so outcome and target read alike. */
export function targetUnitToken(target: Target): string {
  const m = /\d(?:[\d\s.,]*\d)?\s*([^\d]*)$/.exec(cleanLabel(target.text));
  const token = m ? m[1].trim() : "";
  // Only the unit: words of what is measured after it ("> 85 % rekommenderar") are not the outcome's.
  const unitOnly = indicatorUnit(token) !== null ? token : (token.split(/\s+/)[0] ?? "");
  return unitOnly !== "" && indicatorUnit(unitOnly) !== null ? unitOnly : UNIT_WORDS[target.unit];
}

function outcome(item: IndicatorItem, p: CommentaryPhrases, s: Settings): string {
  if (item.actual === null || item.target === null) return quoteIfFormula(item.actualText, p);
  const text = p.unitValue(plainNumber(item.actual, s.lang), targetUnitToken(item.target));
  return item.actual < 0 && plainNumber(item.actual, s.lang) !== "0" ? p.negative(text) : text;
}

function targetText(t: Target, p: CommentaryPhrases): string {
  const text = cleanLabel(t.text);
  return startsLikeFormula(text) ? p.quote(text) : p.inline(text);
}

function name(item: IndicatorItem, p: CommentaryPhrases, start: boolean): string {
  const text = cleanLabel(item.name);
  if (startsLikeFormula(text)) return p.quote(text);
  return start ? p.definite(text) : p.inline(text);
}

/** The engine's reason as a clause in a list ("mäts ej 2019", "målvärde saknas"). */
function reasonText(reason: string, p: CommentaryPhrases): string {
  return lowerFirst(quoteIfFormula(cleanLabel(reason), p));
}

/**
 * A percent indicator's distance to its target in percentage points ("8,6 procentenheter över"); null for
 * other units, or when the outcome is on the target. A percent of a percent (måluppfyllelse 54 %) says
 * nothing a reader can check, so percent indicators never get one.
 */
function pointsGap(item: IndicatorItem, p: CommentaryPhrases, s: Settings): string | null {
  if (item.actual === null || item.target === null || item.unit !== "%") return null;
  const gap = Math.abs(item.actual - item.target.value);
  const text = plainNumber(gap, s.lang);
  if (text === "0") return null;
  return p.indicators.pointsGap(text, item.actual > item.target.value);
}

const STATUS_ORDER = { red: 0, yellow: 1, green: 2, grey: 3 } as const;

/** Worst first: red before yellow, then lowest fulfilment (unknown last), then sheet order. */
function worstFirst(a: IndicatorItem, b: IndicatorItem): number {
  const fa = a.fulfilment ?? Number.POSITIVE_INFINITY;
  const fb = b.fulfilment ?? Number.POSITIVE_INFINITY;
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || fa - fb || a.row - b.row;
}

export function indicators(ind: IndicatorAnalysis, s: Settings, p: CommentaryPhrases): string[] {
  const items = ind.items;
  if (items.length === 0) return [p.indicators.empty];
  const judged = items.filter((i) => i.status !== "grey");
  const met = judged.filter((i) => i.status === "green");
  const notMet = judged.filter((i) => i.status !== "green").sort(worstFirst);
  const grey = items.filter((i) => i.status === "grey");
  const paragraphs: string[] = [p.indicators.count(met.length, judged.length)];

  for (const i of notMet) {
    const gap = pointsGap(i, p, s);
    const fulfilment =
      i.fulfilment === null || gap !== null ? null : formatPercent(i.fulfilment * 100, 0, s.lang);
    let text = p.indicators.notMet(
      name(i, p, true),
      outcome(i, p, s),
      i.target?.direction === "max",
      i.target ? targetText(i.target, p) : "",
      fulfilment,
      i.status === "yellow",
      gap,
    );
    const comment = i.comment ? cleanLabel(i.comment) : "";
    if (comment !== "") text += ` ${sentence(quoteIfFormula(comment, p))}`;
    else if (s.placeholders) text += ` ${p.placeholder}`;
    paragraphs.push(text);
  }

  if (met.length > 0) {
    paragraphs.push(
      p.indicators.met(
        met.map((i) => ({
          name: name(i, p, false),
          actual: outcome(i, p, s),
          target: i.target ? targetText(i.target, p) : "",
          gap: pointsGap(i, p, s),
        })),
      ),
    );
  }
  if (grey.length > 0) {
    paragraphs.push(
      p.indicators.grey(
        grey.map((i) => ({
          name: name(i, p, false),
          reason: i.reason ? reasonText(i.reason, p) : null,
        })),
      ),
    );
  }
  return paragraphs;
}
