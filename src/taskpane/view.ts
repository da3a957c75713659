/**
 * Pure derivations from an engine result to what the pane shows: sorting, amounts in the chosen
 * style, the summary figures and the address of a row to select. Kept out of the components so
 * they stay declarative and this stays unit-testable.
 */
import { cellAddress, columnLetters, parseRangeAddress } from "../core/address";
import type { Analysis, StatementAnalysis, StatementField, StatementRow } from "../core/analysis";
import { displayDir, formatDeviation } from "../core/amounts";
import { commentaryToText } from "../core/commentary";
import type { ActionItem, ControlItem, GoalItem } from "../core/followup/types";
import { isLate, lateActions } from "../core/followup/actions";
import type { Commentary, CommentarySection } from "../core/commentary/types";
import { analysisSheetOf } from "../app/workflow";
import type { WritePlan } from "../core/plan/types";
import { formatPercent, roundTo } from "../core/format";
import type { WorkbookSnapshot } from "../core/grid";
import { parseNumberText } from "../core/parse/number";
import { texts } from "../core/locale";
import { isMaterialLine } from "../core/statement/summary";
import type { UiStrings } from "../core/locale/sv/ui";
import type { AmountStyle, Lang } from "../core/settings";
import type { MoneyUnit } from "../core/units";

/** Rows with a budget to compare, material first, then by size of the deviation, then sheet order. */
export function sortDeviations(rows: StatementRow[]): StatementRow[] {
  return rows
    .filter((r) => r.budgetDeviation !== null)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if (a.r.material !== b.r.material) return a.r.material ? -1 : 1;
      const d = Math.abs(b.r.budgetDeviation ?? 0) - Math.abs(a.r.budgetDeviation ?? 0);
      return d !== 0 ? d : a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * A deviation as the pane lists it: in the sheet's unit unless the style says otherwise ("+488 tkr"),
 * by the core's one rule for a signed deviation.
 */
export function rowDeviation(
  value: number,
  unit: MoneyUnit,
  style: AmountStyle,
  lang: Lang,
): string {
  return formatDeviation(value, "row", { unit, style, lang });
}

export function signedPercent(value: number | null, lang: Lang, none: string): string {
  if (value === null) return none;
  const text = formatPercent(value, 1, lang);
  return roundTo(value, 1) > 0 ? `+${text}` : text;
}

/** The range of a table row, so selecting an item selects the whole row of the table. */
export function rowAddress(row: number, table: { range: { left: number; right: number } }): string {
  return `${cellAddress(row, table.range.left)}:${cellAddress(row, table.range.right)}`;
}

export interface SummaryView {
  period: string;
  result: string | null;
  forecast: string | null;
  material: string;
  indicatorsMet: string | null;
  /** "2 av 5": the follow-up tables' attention groups, as the Mål tab lists them; null without the table. */
  goalsAttention: string | null;
  overdue: string | null;
  majorControls: string | null;
}

export function summarise(
  analysis: Analysis,
  style: AmountStyle,
  lang: Lang,
  t: UiStrings,
): SummaryView {
  const p = analysis.period;
  const period = p
    ? t.summary.periodUntil(texts(lang).terms.months[p.month - 1] ?? String(p.month), p.year)
    : t.summary.periodUnknown;
  const st = analysis.statement;
  let result: string | null = null;
  let forecast: string | null = null;
  let material = t.summary.noStatement;
  if (st) {
    // The core's summary findings, as the commentary and the Analys sheet state them: never recomputed here.
    const sum = analysis.summary;
    if (sum?.result != null)
      result = isOnBudget(sum.result, st.unit, style)
        ? t.summary.onBudget
        : rowDeviation(sum.result, st.unit, style, lang);
    if (sum?.forecastResult != null)
      forecast = isOnBudget(sum.forecastResult, st.unit, style)
        ? t.summary.onBudget
        : rowDeviation(sum.forecastResult, st.unit, style, lang);
    const mat = materialLines(st.rows);
    material = t.summary.materialCount(
      mat.length,
      sum ? sum.unfavourableMaterialLines : mat.filter((r) => r.status === "red").length,
    );
  }
  let indicatorsMet: string | null = null;
  const items = analysis.indicators?.items ?? [];
  const judged = items.filter((i) => i.status !== "grey");
  if (judged.length > 0) {
    indicatorsMet = t.summary.ofTotal(
      judged.filter((i) => i.status === "green").length,
      judged.length,
    );
  }
  const of = (n: number, total: number) => t.summary.ofTotal(n, total);
  const g = analysis.goals?.items;
  const a = analysis.actions?.items;
  const c = analysis.controls?.items;
  return {
    period,
    result,
    forecast,
    material,
    indicatorsMet,
    goalsAttention: g ? of(goalGroups(g).attention.length, g.length) : null,
    overdue: a ? of(actionGroups(a).late.length, a.length) : null,
    majorControls: c ? of(controlGroups(c).major.length, c.length) : null,
  };
}

/** One section as plain text, laid out as the command's --text output (commentaryToText). */
export function sectionText(s: CommentarySection, lang: Lang): string {
  return commentaryToText({ lang, sections: [s] });
}

/** The sections the pane shows (those with text) as plain text, laid out as the command writes it. */
export function commentaryText(c: Commentary): string {
  return commentaryToText({ ...c, sections: c.sections.filter((s) => s.paragraphs.length > 0) });
}

// Indicator figures read the same in the pane, the Analys sheet and the document: one formatter in core.
export { fulfilmentText, indicatorTarget, indicatorValue } from "../core/indicators/format";

/** True when a deviation shows as zero at the displayed precision ("I nivå med budget"). */
export function isOnBudget(value: number, unit: MoneyUnit, style: AmountStyle): boolean {
  return displayDir(value, "row", { unit, style, lang: "sv" }) === 0;
}

/** The material deviations of single lines (totals aside): what the summary counts and the chart shows. */
export function materialLines(rows: StatementRow[]): StatementRow[] {
  return sortDeviations(rows).filter(isMaterialLine);
}

/** Where the plan writes, as words for the progress line: "statuskolumner i Resultaträkning, bladet Analys". */
export function writeParts(plan: WritePlan, t: UiStrings): string[] {
  const sheets: string[] = [];
  const parts: string[] = [];
  for (const step of plan.steps) {
    if (step.kind === "writeBlocks" && !sheets.includes(step.sheet)) {
      sheets.push(step.sheet);
      parts.push(t.actions.statusColumnsOn(step.sheet));
    }
  }
  const sheet = analysisSheetOf(plan);
  if (sheet) parts.push(t.actions.sheetPart(sheet));
  return parts;
}

/** What was written where, from the plan's markers: "Resultaträkning: kolumn J–K", "bladet Analys". */
export function writtenWhere(plan: WritePlan, t: UiStrings): string[] {
  const own = analysisSheetOf(plan);
  const cols = new Map<string, { left: number; right: number }>();
  for (const step of plan.steps) {
    if (step.kind !== "setMarker" || step.sheet === own) continue;
    const c = cols.get(step.sheet);
    cols.set(step.sheet, {
      left: Math.min(c?.left ?? Infinity, step.range.left),
      right: Math.max(c?.right ?? -Infinity, step.range.right),
    });
  }
  const lines = [...cols].map(([sheet, c]) =>
    t.actions.columnsOn(
      sheet,
      c.left === c.right
        ? columnLetters(c.left)
        : `${columnLetters(c.left)}–${columnLetters(c.right)}`,
    ),
  );
  if (own) lines.push(t.actions.sheetWritten(own));
  return lines;
}

export type SelectionCheck = "ok" | "empty" | "noHeader" | "noAmounts";

/**
 * Whether a selected range can be a table: a header row with text at the top and at least one
 * number (a cell value, or text such as "10 087" or "3,94%") in the rows below it.
 */
export function checkSelection(
  snapshot: WorkbookSnapshot,
  sheet: string,
  address: string,
): SelectionCheck {
  const grid = snapshot.sheets.find((s) => s.name === sheet);
  const r = parseRangeAddress(address);
  if (!grid || !r) return "empty";
  const at = (row: number, col: number) => grid.values[row - grid.top]?.[col - grid.left] ?? null;
  // The first non-empty row of the selection is its header row.
  let header = -1;
  for (let row = r.top; row <= r.bottom && header < 0; row++)
    for (let col = r.left; col <= r.right; col++)
      if (at(row, col) !== null && at(row, col) !== "") {
        header = row;
        break;
      }
  if (header < 0) return "empty";
  let text = false;
  for (let col = r.left; col <= r.right; col++) {
    const v = at(header, col);
    if (typeof v === "string" && v.trim() !== "" && !parseNumberText(v).ok) text = true;
  }
  if (!text) return "noHeader";
  for (let row = header + 1; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      const v = at(row, col);
      if (typeof v === "number" || (typeof v === "string" && parseNumberText(v).ok)) return "ok";
    }
  return "noAmounts";
}

/** Goals at risk or off plan first (red before yellow, else sheet order), then the others. */
export function goalGroups(items: GoalItem[]): { attention: GoalItem[]; rest: GoalItem[] } {
  const attention = items
    .filter((i) => i.status === "red" || i.status === "yellow")
    .sort((a, b) => (a.status === b.status ? 0 : a.status === "red" ? -1 : 1));
  return { attention, rest: items.filter((i) => !attention.includes(i)) };
}

/** Late actions first, in the order the text and the report list them; then the others. */
export function actionGroups(items: ActionItem[]): { late: ActionItem[]; rest: ActionItem[] } {
  const late = lateActions(items);
  return { late, rest: items.filter((i) => !isLate(i)) };
}

/** Controls with Stor avvikelse first; then the others in sheet order. */
export function controlGroups(items: ControlItem[]): { major: ControlItem[]; rest: ControlItem[] } {
  const major = items.filter((i) => i.level === "major");
  return { major, rest: items.filter((i) => i.level !== "major") };
}

export interface WordCount<S> {
  word: string;
  status: S;
  n: number;
}

/** How many items carry each word, in the order the words first occur: the list's own count. */
export function countByWord<T, S>(
  items: T[],
  badge: (item: T) => { word: string; status: S },
): WordCount<S>[] {
  const out: WordCount<S>[] = [];
  for (const item of items) {
    const b = badge(item);
    const known = out.find((c) => c.word === b.word);
    if (known) known.n += 1;
    else out.push({ ...b, n: 1 });
  }
  return out;
}

/** The roles a user may choose a column for in Hittade tabeller (issue 11). */
export const CHOICE_ROLES = [
  "actual",
  "budget",
  "fullYearBudget",
  "forecast",
  "priorYear",
] as const;
export type ChoiceRole = (typeof CHOICE_ROLES)[number];

export interface RoleColumns {
  /** Every headed column that may hold amounts, by letter and header text. */
  options: { letter: string; header: string }[];
  /** The letter each role was read from (after the user's choices); absent = no column. */
  chosen: Partial<Record<ChoiceRole, string>>;
}

/** The statement's columns as the reading used them, for the per-role choice. */
export function roleColumns(st: StatementAnalysis): RoleColumns {
  const { fields, headers, numeric } = st.columns;
  const listed = numeric ?? [];
  // A role's column missing from the list (an older reading): still offered, so the choice shows the truth.
  const extra = (Object.entries(fields) as [StatementField, number][])
    .filter(([, col]) => !listed.some((n) => n.col === col))
    .map(([f, col]) => ({ col, header: headers[f] ?? "" }));
  const options = [...listed, ...extra]
    .sort((a, b) => a.col - b.col)
    .map((n) => ({ letter: columnLetters(n.col), header: n.header }));
  const chosen: Partial<Record<ChoiceRole, string>> = {};
  for (const role of CHOICE_ROLES) {
    const col = fields[role];
    if (col !== undefined) chosen[role] = columnLetters(col);
  }
  return { options, chosen };
}
