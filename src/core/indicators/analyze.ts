/** Target fulfilment of each indicator, as public-sector scorecards compute it. */
import type {
  IndicatorAnalysis,
  IndicatorItem,
  IndicatorStatus,
  IndicatorUnit,
  Target,
} from "../analysis";
import { cellAddress, qualifiedAddress } from "../address";
import { diag, type Diagnostic } from "../diagnostics";
import { cellAt, numberFormatAt, type SheetGrid } from "../grid";
import { texts } from "../locale";
import { lowerIsBetterWord } from "../locale/indicatorWords";
import {
  parseDirection,
  parseOutcome,
  parseTarget,
  withinRange,
  type ParsedTarget,
} from "../parse/target";
import type { Settings } from "../settings";
import { titleLinesAbove } from "../statement/titles";
import { cellText, cleanLabel, normalize } from "../text";
import { convertMoney, type MoneyUnit } from "../units";
import type { FoundIndicators } from "./findTable";

const MONEY: IndicatorUnit[] = ["kr", "tkr", "mnkr"];

/** actual ÷ target for at-least targets, target ÷ actual for at-most targets; null when that is undefined. */
export function fulfilment(target: Target, actual: number): number | null {
  const [num, den] = target.direction === "min" ? [actual, target.value] : [target.value, actual];
  if (den <= 0 || num < 0) return null;
  return Math.round((num / den) * 1e6) / 1e6;
}

export function isMet(target: Target, actual: number): boolean {
  const eps = 1e-9;
  return target.direction === "min" ? actual >= target.value - eps : actual <= target.value + eps;
}

export function indicatorStatus(
  target: Target,
  actual: number,
  tolerancePct: number,
): { status: IndicatorStatus; fulfilment: number | null } {
  const f = fulfilment(target, actual);
  if (isMet(target, actual)) return { status: "green", fulfilment: f };
  return { status: f !== null && f >= tolerancePct / 100 - 1e-9 ? "yellow" : "red", fulfilment: f };
}

/** The outcome in the target's unit; null when the units cannot be compared. */
function inTargetUnit(value: number, unit: IndicatorUnit | null, target: Target): number | null {
  if (unit === null || unit === target.unit || unit === "none" || target.unit === "none")
    return value;
  if (MONEY.includes(unit) && MONEY.includes(target.unit)) {
    return convertMoney(value, unit as MoneyUnit, target.unit as MoneyUnit);
  }
  return null;
}

/**
 * The direction a controller reads: a Riktning cell wins; then the target's own words ("Högst",
 * "≥"); a plain target ("10 %") is at least, unless the name says lower is better (sjukfrånvaro,
 * väntetid, kostnad per …), which a diagnostic then says.
 */
function directed(
  parsed: ParsedTarget,
  name: string,
  directionCell: Target["direction"] | null,
  where: string,
  diagnostics: Diagnostic[],
): ParsedTarget {
  if (!parsed.ok) return parsed;
  const { target, stated } = parsed;
  if (directionCell !== null) {
    if (stated && directionCell !== target.direction) {
      diagnostics.push(
        diag("warning", "indicatorDirectionConflict", where, {
          name,
          target: target.text,
          direction: directionCell,
        }),
      );
    }
    return { ...parsed, target: { ...target, direction: directionCell } };
  }
  if (stated) return parsed;
  const word = lowerIsBetterWord(normalize(name));
  if (word === null) return parsed;
  diagnostics.push(
    diag("info", "indicatorDirectionFromName", where, { name, target: target.text, word }),
  );
  return { ...parsed, target: { ...target, direction: "max" } };
}

export function analyzeIndicators(
  sheet: SheetGrid,
  t: FoundIndicators,
  settings: Settings,
  diagnostics: Diagnostic[] = [],
): IndicatorAnalysis {
  const T = texts(settings.lang).terms;
  const items: IndicatorItem[] = [];
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const name = cleanLabel(cellText(cellAt(sheet, r, t.columns.name)));
    const targetText = cleanLabel(cellText(cellAt(sheet, r, t.columns.target)));
    const rawActual = cellAt(sheet, r, t.columns.actual);
    const comment =
      t.columns.comment !== null
        ? cleanLabel(cellText(cellAt(sheet, r, t.columns.comment))) || null
        : null;
    const period =
      t.columns.period !== null
        ? cleanLabel(cellText(cellAt(sheet, r, t.columns.period))) || null
        : null;
    const actualBlank = cleanLabel(cellText(rawActual)) === "" && typeof rawActual !== "number";
    // A name with nothing beside it is a heading (a perspective or goal), not an indicator.
    if (name === "" || (targetText === "" && actualBlank && comment === null && period === null))
      continue;

    const directionCell =
      t.columns.direction !== null ? parseDirection(cellAt(sheet, r, t.columns.direction)) : null;
    const target = directed(
      parseTarget(targetText),
      name,
      directionCell,
      qualifiedAddress(sheet.name, {
        top: r,
        left: t.columns.target,
        bottom: r,
        right: t.columns.target,
      }),
      diagnostics,
    );
    const outcome = parseOutcome(rawActual, numberFormatAt(sheet, r, t.columns.actual));
    const item: IndicatorItem = {
      name,
      cell: cellAddress(r, t.columns.name),
      row: r,
      target: target.ok ? target.target : null,
      actual: null,
      unit: target.ok ? target.target.unit : "none",
      fulfilment: null,
      status: "grey",
      reason: null,
      actualText: outcome.text,
      comment,
      period,
    };
    if (outcome.ok) {
      item.actual = outcome.value;
      item.unit = outcome.unit ?? item.unit;
    }
    if (!outcome.ok && outcome.reason === "notMeasured")
      item.reason = T.reasons.notMeasured(outcome.text);
    else if (!target.ok && target.reason === "notMeasured")
      item.reason = T.reasons.notMeasured(target.text);
    else if (!target.ok && target.reason === "empty") item.reason = T.reasons.noTarget;
    else if (!target.ok) item.reason = T.reasons.unparseableTarget(target.text);
    else if (!outcome.ok && outcome.reason === "empty") item.reason = T.reasons.noOutcome;
    else if (!outcome.ok) item.reason = T.reasons.unparseableOutcome(outcome.text);
    else if (target.ok && outcome.ok) {
      const value = inTargetUnit(outcome.value, outcome.unit, target.target);
      if (value === null) {
        item.reason = T.reasons.unitMismatch(target.target.unit, outcome.unit ?? "none");
      } else {
        item.actual = value;
        item.unit = target.target.unit === "none" ? (outcome.unit ?? "none") : target.target.unit;
        // A range ("5,5 – 6,5 %") binds at the bound the outcome is outside of.
        const judgedTarget = target.range
          ? withinRange(target.range, target.target, value)
          : target.target;
        item.target = judgedTarget;
        const judged = indicatorStatus(judgedTarget, value, settings.tolerancePct);
        item.status = judged.status;
        item.fulfilment = judged.fulfilment;
      }
    }
    items.push(item);
  }
  return {
    sheet: sheet.name,
    range: t.range,
    headerRow: t.headerRow,
    items,
    titleLines: titleLinesAbove(sheet, t.headerRow, sheet.left, t.range.right),
  };
}
