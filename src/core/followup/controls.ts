/**
 * The internal-control plan: each control's result read into no / minor / major deviation. A risk
 * written once for several controls (a merged or blank risk cell below) carries down to them.
 */
import { cellAddress } from "../address";
import type { Diagnostic } from "../diagnostics";
import type { SheetGrid } from "../grid";
import { texts } from "../locale";
import type { Settings } from "../settings";
import type { ControlRole, FoundFollowup } from "./find";
import { isNote, orNull, tableAnalysis, textAt, unknownWord } from "./rows";
import type { ControlAnalysis, ControlItem } from "./types";
import { CONTROL_STATUS, controlLevel } from "./vocabulary";

export function analyzeControls(
  sheet: SheetGrid,
  t: FoundFollowup<ControlRole>,
  settings: Settings,
  diagnostics: Diagnostic[],
): ControlAnalysis {
  const F = texts(settings.lang).followup;
  const c = t.columns as Record<ControlRole, number | undefined>;
  const items: ControlItem[] = [];
  let risk = "";
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const ownRisk = textAt(sheet, r, c.risk);
    const objective = textAt(sheet, r, c.objective);
    const result = textAt(sheet, r, c.result);
    const comment = textAt(sheet, r, c.comment);
    if (isNote(ownRisk) || (ownRisk === "" && isNote(objective))) continue;
    if (ownRisk !== "") risk = ownRisk;
    // A risk alone is a heading; a row with no control objective and no result is not a control.
    if (objective === "" && result === "") continue;
    let level = result === "" ? ("empty" as const) : controlLevel(result);
    if (level === null) {
      level = "unknown";
      diagnostics.push(unknownWord(sheet, r, c.result as number, result, F.tableNames.controls));
    }
    items.push({
      risk,
      cell: cellAddress(r, c.risk as number),
      row: r,
      controlObjective: orNull(objective),
      result: orNull(result),
      resultCell: cellAddress(r, c.result as number),
      level,
      status: CONTROL_STATUS[level],
      comment: orNull(comment),
      plannedActions: orNull(textAt(sheet, r, c.plannedActions)),
    });
  }
  return tableAnalysis(sheet, t, items);
}
