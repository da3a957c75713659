/**
 * Goals (Mål / Nämndens mål): each row's assessment read into green / yellow / red / grey. Goals with
 * the same name stay separate goals (a council goal and the board's often share the wording);
 * perspective headings and notes are not goals. The table's word family is kept for what we write.
 */
import { cellAddress } from "../address";
import type { Diagnostic } from "../diagnostics";
import type { SheetGrid } from "../grid";
import { texts } from "../locale";
import type { Settings } from "../settings";
import type { FoundFollowup, GoalRole } from "./find";
import {
  isHeading,
  isNote,
  mergedAcross,
  orNull,
  tableAnalysis,
  textAt,
  unknownWord,
} from "./rows";
import type { GoalAnalysis, GoalFamily, GoalItem } from "./types";
import { goalMeaning } from "./vocabulary";

export function analyzeGoals(
  sheet: SheetGrid,
  t: FoundFollowup<GoalRole>,
  settings: Settings,
  diagnostics: Diagnostic[],
): GoalAnalysis {
  const F = texts(settings.lang).followup;
  const c = t.columns as Record<GoalRole, number | undefined>;
  const items: GoalItem[] = [];
  const families: Record<GoalFamily, number> = { plan: 0, fulfilment: 0 };
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const name = textAt(sheet, r, c.name);
    const assessment = textAt(sheet, r, c.assessment);
    const comment = textAt(sheet, r, c.comment);
    if (name === "" || isNote(name)) continue;
    if (
      assessment === "" &&
      comment === "" &&
      (isHeading(name) || mergedAcross(sheet, r, c.name as number))
    )
      continue;
    const assessmentCell = cellAddress(r, c.assessment as number);
    const item: GoalItem = {
      name,
      cell: cellAddress(r, c.name as number),
      row: r,
      assessment: orNull(assessment),
      status: "grey",
      greyReason: "empty",
      assessmentCell,
      comment: orNull(comment),
    };
    if (assessment !== "") {
      const meaning = goalMeaning(assessment);
      if (meaning) {
        item.status = meaning.status;
        item.greyReason = meaning.status === "grey" ? (meaning.grey ?? "notAssessed") : null;
        if (meaning.family) families[meaning.family]++;
      } else {
        item.greyReason = "unknown";
        diagnostics.push(
          unknownWord(sheet, r, c.assessment as number, assessment, F.tableNames.goals),
        );
      }
    }
    items.push(item);
  }
  const header = textAt(sheet, t.headerRow, c.assessment).toLowerCase();
  const family: GoalFamily =
    families.plan > families.fulfilment ||
    (families.plan === families.fulfilment && /prognos/.test(header))
      ? "plan"
      : "fulfilment";
  return { ...tableAnalysis(sheet, t, items), family };
}
