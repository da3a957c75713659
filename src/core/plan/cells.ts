/** How single output cells look: status words with their fills, and text kept as text. */
import type { IndicatorStatus, Status } from "../analysis";
import type { Terms } from "../locale";
import type { BudgetVerdict } from "../statement/summary";
import { startsLikeFormula } from "../text";
import type { CellFormat, PlanValue } from "./types";

/** Excel's Good / Neutral / Bad fills, and grey for "cannot be judged". */
export const FILLS = {
  green: "FFC6EFCE",
  yellow: "FFFFEB9C",
  red: "FFFFC7CE",
  grey: "FFD9D9D9",
} as const;

/**
 * One format object per status, shared by every status cell: a 100 000-line column holds a handful of
 * distinct formats, and the adapters recognise a shared one at once. Frozen: nobody may change it in place.
 */
const STATUS_FORMATS: Record<keyof typeof FILLS, Readonly<CellFormat>> = {
  green: Object.freeze({ fill: FILLS.green }),
  yellow: Object.freeze({ fill: FILLS.yellow }),
  red: Object.freeze({ fill: FILLS.red }),
  grey: Object.freeze({ fill: FILLS.grey }),
};

/** What makes two formats the same format: every field of CellFormat. */
export function formatKey(f: CellFormat): string {
  return `${f.fill}|${f.numberFormat}|${f.bold}|${f.wrap}|${f.vertical}|${f.align}|${f.fontSize}`;
}

/**
 * A table of shared formats: the same format, however often a sheet's cells build it, comes back as
 * one frozen object (an analysis sheet holds ≈ 15 000 cells and a few dozen formats), so the
 * adapters recognise it by identity as they do the status formats.
 */
export function formatTable(): (f: CellFormat | null) => CellFormat | null {
  const shared = new Map<string, CellFormat>();
  return (f) => {
    if (!f) return null;
    const key = formatKey(f);
    let one = shared.get(key);
    if (!one) {
      one = Object.freeze({ ...f });
      shared.set(key, one);
    }
    return one;
  };
}

/** A cell format that keeps workbook text (labels, comments) from turning into a formula when written. */
export function textCellFormat(
  value: PlanValue,
  format: CellFormat | null = null,
): CellFormat | null {
  if (typeof value === "string" && startsLikeFormula(value))
    return { ...(format ?? {}), numberFormat: "@" };
  return format;
}

/** A budget status cell; a revenue line that follows the costs gets its word and no fill (not red). */
export function statusCell(
  status: Status | BudgetVerdict,
  T: Terms,
): [PlanValue, CellFormat | null] {
  if (status === "none") return [null, null];
  if (status === "followsCosts") return [T.followsCosts, null];
  return [T.status[status], STATUS_FORMATS[status]];
}

export function indicatorCell(status: IndicatorStatus, T: Terms): [PlanValue, CellFormat] {
  return [T.indicatorStatus[status], STATUS_FORMATS[status]];
}
