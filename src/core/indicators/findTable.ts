/**
 * Finds indicator tables by their headers: Indikator / Målvärde / Utfall, in any order. The outcome may be
 * headed by a bare year ("2021", as number or text): the latest such year, unless an Utfall column is there.
 */
import {
  cellAt,
  gridBottom,
  gridRight,
  hasTextCells,
  type CellRange,
  type CellValue,
  type SheetGrid,
} from "../grid";
import { DIRECTION_HEADER } from "../locale/indicatorWords";
import { parseTarget } from "../parse/target";
import { cellText, normalize, yearsIn } from "../text";
import type { ColumnMask } from "../find/statementTable";
import { scanColumnTables, type FoundTable } from "../find/scan";

export interface IndicatorColumns {
  name: number;
  target: number;
  actual: number;
  comment: number | null;
  period: number | null;
  /** A Riktning column ("Högre är bättre" / "↓"): wins over the target's words and the name. */
  direction: number | null;
}

export type FoundIndicators = FoundTable<IndicatorColumns>;

function headerRole(text: string): keyof IndicatorColumns | null {
  // A heading hyphenated across a line break ("Mål-⏎värde", "Ut-⏎fall") is one word.
  const t = normalize(text.replace(/([a-zåäö])-[ \t]*\r?\n\s*(?=[a-zåäö])/gi, "$1"));
  if (/^(indikator|indikatorer|beskrivning|nyckeltal|mått|mätetal|styrtal|indicator|kpi)\b/.test(t))
    return "name";
  // An explicit end, not \b: \b does not see a word end after "å" ("Målnivå 2019").
  if (/^(målvärde|mål|målnivå|målsättning|target)(?![a-zåäö])/.test(t) && !/måluppfyllelse/.test(t))
    return "target";
  if (/^(utfall|resultat|värde|actual|outcome)\b/.test(t) && !/fg|föregående/.test(t))
    return "actual";
  if (/^(kommentar|kommentarer|analys|orsak|förklaring|comment)/.test(t)) return "comment";
  if (/^(period|mätperiod|avser)\b/.test(t)) return "period";
  if (DIRECTION_HEADER.test(t)) return "direction";
  return null;
}

/** A header that is only a year (2021, "2021", "År 2021"): a candidate outcome column. */
function bareYear(v: CellValue): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2099 ? v : null;
  if (typeof v !== "string") return null;
  const m = /^(?:år\s+)?((?:19|20)\d\d)$/.exec(normalize(v));
  return m ? Number(m[1]) : null;
}

/**
 * Of several columns headed like a target ("Mål" beside "Målnivå 2019"), the one whose cells read as
 * targets: a scorecard's goal column is headed Mål too, and holds sentences. The first on a tie.
 */
function targetColumn(
  sheet: SheetGrid,
  headerRow: number,
  candidates: number[],
): number | undefined {
  if (candidates.length < 2) return candidates[0];
  const bottom = Math.min(gridBottom(sheet), headerRow + 30);
  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    for (let r = headerRow + 1; r <= bottom; r++) {
      // A target reads as one; a figure at all is more like a target than a goal's sentence.
      const text = cellText(cellAt(sheet, r, c));
      if (parseTarget(text).ok) score += 2;
      else if (/\d/.test(text)) score += 1;
    }
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function indicatorHeaderAt(
  sheet: SheetGrid,
  row: number,
  masked: ColumnMask,
): IndicatorColumns | null {
  // The name and the target columns are headed by text (the outcome may be headed by a year).
  if (!hasTextCells(sheet, row, 2)) return null;
  const found: Partial<Record<keyof IndicatorColumns, number>> = {};
  let actualYear = -1;
  let yearColumn: number | null = null;
  let latestYear = -1;
  const targets: number[] = [];
  const right = gridRight(sheet);
  for (let c = sheet.left; c <= right; c++) {
    if (masked(row, c)) continue;
    const v = cellAt(sheet, row, c);
    const year = bareYear(v);
    if (year !== null) {
      if (year > latestYear) {
        latestYear = year;
        yearColumn = c;
      }
      continue;
    }
    if (typeof v !== "string") continue;
    const role = headerRole(v);
    if (!role) continue;
    if (role === "actual") {
      // Several outcome columns (Utfall 2024, Utfall 2025): the latest year is the outcome.
      const year = yearsIn(v).pop() ?? 0;
      if (found.actual === undefined || year > actualYear) {
        found.actual = c;
        actualYear = year;
      }
    } else if (role === "target") targets.push(c);
    else if (found[role] === undefined) found[role] = c;
  }
  found.target = targetColumn(sheet, row, targets);
  if (found.actual === undefined && yearColumn !== null) found.actual = yearColumn;
  if (found.name === undefined || found.target === undefined || found.actual === undefined)
    return null;
  return {
    name: found.name,
    target: found.target,
    actual: found.actual,
    comment: found.comment ?? null,
    period: found.period ?? null,
    direction: found.direction ?? null,
  };
}

export function findIndicatorTables(
  sheet: SheetGrid,
  masked: ColumnMask = () => false,
  within?: CellRange,
): FoundIndicators[] {
  const colsOf = (c: IndicatorColumns): number[] =>
    [c.name, c.target, c.actual, c.comment, c.period, c.direction].filter(
      (x): x is number => x !== null,
    );
  // Headed columns left of the name (a scorecard's goal column, "Mål") are part of the table.
  const widen = (headerRow: number, left: number, right: number): [number, number] => {
    let l = left;
    while (l - 1 >= sheet.left && !masked(headerRow, l - 1)) {
      const v = cellAt(sheet, headerRow, l - 1);
      if (typeof v !== "string" || v.trim() === "") break;
      l--;
    }
    return [l, right];
  };
  return scanColumnTables(
    sheet,
    within,
    (row) => indicatorHeaderAt(sheet, row, masked),
    colsOf,
    widen,
  );
}
