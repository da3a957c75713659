/**
 * The words of the commentary, one module per language (src/core/locale/<lang>/commentary.ts),
 * in the spirit of date-fns locales: the generator decides what to say, these functions say it.
 *
 * Every amount reaches a phrase already formatted and as a size (never signed); its direction
 * travels separately as a Dir, so no phrase can print a raw "-" that reads as a double negative.
 * Labels and comments reach phrases already made safe (see quoteIfFormula in text.ts).
 */
import type { Period } from "../analysis";
import type { FollowupSectionId, SectionId } from "./types";

/** 1 = favourable (better than budget / plan), -1 = unfavourable, 0 = zero after rounding. */
export type Dir = 1 | -1 | 0;

/** A formatted size and its direction. */
export interface Amt {
  text: string;
  dir: Dir;
}

export type MoneyKind = "cost" | "revenue";

export interface IndicatorFact {
  /** Name as it appears mid-sentence. */
  name: string;
  /** Outcome formatted in the target's unit, e.g. "1,7 %". */
  actual: string;
  /** The target as written, mid-sentence form, e.g. "högst 6 %". */
  target: string;
  /** For a percent indicator: the distance to the target in percentage points, e.g. "4,3 procentenheter under". */
  gap: string | null;
}

export interface CommentaryPhrases {
  titles: Record<Exclude<SectionId, FollowupSectionId>, string>;
  /** Ends a sentence whose cause only the author knows. */
  placeholder: string;
  /** Subject when the sheet names no organisation. */
  neutralSubject: string;
  /** Wraps workbook text that would otherwise start a formula when pasted. */
  quote(text: string): string;
  /** Definite form of a known row label at the start of a sentence; unknown labels as written. */
  definite(label: string): string;
  /** A row label in the middle of a sentence ("inom personalkostnader"). */
  inline(label: string): string;
  /** Joins inline row labels, contracting shared endings ("lokal- och övriga kostnader"). */
  labelList(labels: string[]): string;
  /** Plain "a, b och c". */
  list(items: string[]): string;
  /** Stands in for a list of labels too long to name: "1 234 andra poster". */
  otherLines(count: number): string;
  /** After the largest row sentences of a section: "Ytterligare 12 poster visar väsentliga avvikelser." */
  moreRows(count: number): string;
  /** A number with a unit token taken from the target text: "3,94 %", "28 st", "37,5 MSEK". */
  unitValue(number: string, unit: string): string;
  /** "minus 200 tkr": a negative value that is not a deviation (an indicator outcome, a result). */
  negative(text: string): string;
  /** "för perioden januari–mars 2025"; null → "för perioden". */
  forPeriod(period: Period | null): string;
  /** "januari–mars" (months included so far). */
  monthsSoFar(period: Period): string;
  summary: {
    result(subject: string, period: string, result: Amt): string;
    total(kind: MoneyKind, dev: Amt, budget: string, actual: string): string;
    /** A total of a table of results (Summa nämnder): its result against the budgeted result. */
    resultTotal(label: string, dev: Amt, budget: string, actual: string): string;
    revenueMirrors(dev: Amt, budget: string, actual: string): string;
    /** The result line reads zero against budget because revenue follows costs. */
    resultLine(label: string, actual: string): string;
    forecast(result: Amt): string;
  };
  budget: {
    allCosts(dir: Dir): string;
    /** largest: this row is the largest deviation in the direction of the total. */
    row(label: string, kind: MoneyKind, dev: Amt, largest: boolean): string;
    /** A unit followed up by its result: a surplus or a deficit against its budgeted result. */
    resultRow(label: string, dev: Amt, largest: boolean): string;
    unbudgeted(label: string, kind: MoneyKind, actual: string, dev: Amt): string;
    noMaterial(threshold: string, pct: string): string;
    /** A forecast table without outcome: nothing to hold against the period's budget. */
    noOutcome: string;
    /** An outcome without a budget (against the prior year only). */
    noBudget: string;
    largest(label: string, dev: Amt): string;
    /** Non-material deviations of one direction; also = a listed row has the same direction. */
    minor(labels: string, count: number, dir: Dir, also: boolean): string;
    revenueMirrors(label: string, dev: Amt): string;
  };
  priorYear: {
    noData: string;
    total(kind: MoneyKind, change: Amt, pct: string | null, actual: string, prior: string): string;
    revenueMirrors(change: Amt): string;
    row(label: string, kind: MoneyKind, change: Amt, pct: string | null): string;
    noMaterial: string;
  };
  forecast: {
    noData: string;
    total(kind: MoneyKind, dev: Amt, fullYearBudget: string, forecast: string): string;
    revenueMirrors: string;
    /** A row clause without final punctuation; first = at the start of the sentence. */
    rowClause(label: string, kind: MoneyKind, dev: Amt, first: boolean): string;
    contrast(first: string, second: string): string;
    noMaterial: string;
    runRate(
      kind: MoneyKind,
      months: string,
      extrapolated: string,
      forecast: string,
      diff: Amt | null,
    ): string;
  };
  indicators: {
    count(met: number, judged: number): string;
    notMet(
      name: string,
      actual: string,
      above: boolean,
      target: string,
      fulfilment: string | null,
      close: boolean,
      gap: string | null,
    ): string;
    /** "8,6 procentenheter över" / "8.6 percentage points above": never a percent of a percent. */
    pointsGap(points: string, above: boolean): string;
    met(items: IndicatorFact[]): string;
    grey(items: { name: string; reason: string | null }[]): string;
    empty: string;
  };
  checks: {
    intro(count: number): string;
    item(cell: string, sheet: string | null, message: string): string;
  };
}
