/**
 * Action plans and activities: the status word read into a state, the dates from a period span or
 * start/end columns, and overdue judged against the report's period end: an action not done, not
 * löpande and not avförd whose end date is on or before the period end is late.
 */
import { cellAddress } from "../address";
import { diag, type Diagnostic } from "../diagnostics";
import { cellAt, type SheetGrid } from "../grid";
import { texts } from "../locale";
import type { Settings } from "../settings";
import { readDate, readSpan } from "./dates";
import type { ActionRole, FoundFollowup } from "./find";
import { cellRef, isNote, orNull, tableAnalysis, textAt, unknownWord } from "./rows";
import type { ActionAnalysis, ActionItem } from "./types";
import { ACTION_STATUS, actionState, canBeOverdue } from "./vocabulary";

export function analyzeActions(
  sheet: SheetGrid,
  t: FoundFollowup<ActionRole>,
  settings: Settings,
  periodEnd: string | null,
  diagnostics: Diagnostic[],
): ActionAnalysis {
  const F = texts(settings.lang).followup;
  const c = t.columns as Record<ActionRole, number | undefined>;
  const items: ActionItem[] = [];
  const unreadable = (r: number, col: number): void => {
    diagnostics.push(
      diag("warning", "followupDateUnreadable", cellRef(sheet, r, col), {
        text: textAt(sheet, r, col),
      }),
    );
  };
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const name = textAt(sheet, r, c.name);
    const statusText = textAt(sheet, r, c.status);
    const comment = textAt(sheet, r, c.comment);
    if (name === "" || isNote(name)) continue;
    let start: string | null = null;
    let end: string | null = null;
    if (c.period !== undefined) {
      const span = readSpan(cellAt(sheet, r, c.period));
      if (span.unreadable) unreadable(r, c.period);
      start = span.start;
      end = span.end;
    }
    if (c.start !== undefined) {
      const d = readDate(cellAt(sheet, r, c.start), "start");
      if (d.unreadable) unreadable(r, c.start);
      start = d.date ?? start;
    }
    if (c.end !== undefined) {
      const d = readDate(cellAt(sheet, r, c.end), "end");
      if (d.unreadable) unreadable(r, c.end);
      end = d.date ?? end;
    }
    // A name alone is a group heading ("Aktiviteter 2023"), not an activity.
    if (statusText === "" && comment === "" && start === null && end === null) continue;
    const state = statusText === "" ? "unknown" : (actionState(statusText) ?? "unknown");
    if (statusText !== "" && state === "unknown") {
      diagnostics.push(unknownWord(sheet, r, c.status as number, statusText, F.tableNames.actions));
    }
    // ISO dates compare as text.
    const overdue = canBeOverdue(state) && end !== null && periodEnd !== null && end <= periodEnd;
    items.push({
      name,
      cell: cellAddress(r, c.name as number),
      row: r,
      statusText: orNull(statusText),
      statusCell: cellAddress(r, c.status as number),
      state,
      status: overdue ? "red" : ACTION_STATUS[state],
      start,
      end,
      overdue,
      responsible: orNull(textAt(sheet, r, c.responsible)),
      comment: orNull(comment),
    });
  }
  return { ...tableAnalysis(sheet, t, items), periodEnd };
}

/** An action that needs attention: overdue against the period end, or written late ("Försenad"). */
export function isLate(i: ActionItem): boolean {
  return i.overdue || i.state === "late";
}

/**
 * The late actions in the order every surface lists them (the pane, the text, the report's table):
 * the earliest end date first, the longest overdue (ISO dates sort as text), one without an end date
 * last, then sheet order.
 */
export function lateActions(items: ActionItem[]): ActionItem[] {
  return items
    .filter(isLate)
    .sort((a, b) => (a.end ?? "9999").localeCompare(b.end ?? "9999") || a.row - b.row);
}
