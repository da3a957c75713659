/**
 * The follow-up tables of a workbook: found on any sheet (our own analysis sheet and status columns
 * excluded), the first of each kind analysed and any others named, overdue judged against the period end.
 */
import type { Period } from "../analysis";
import { qualifiedAddress } from "../address";
import { diag, type Diagnostic } from "../diagnostics";
import type { ColumnMask } from "../find/statementTable";
import type { SheetGrid } from "../grid";
import { texts } from "../locale";
import type { FollowupTable } from "../locale/followupTypes";
import { parsePeriodSetting } from "../parse/period";
import type { Settings } from "../settings";
import { titleLinesAbove } from "../statement/titles";
import { analyzeActions } from "./actions";
import { analyzeControls } from "./controls";
import { monthEnd, reportDateIn } from "./dates";
import {
  actionKind,
  controlKind,
  findFollowupTables,
  goalKind,
  type ActionRole,
  type ControlRole,
  type FollowupKind,
  type FoundFollowup,
  type GoalRole,
} from "./find";
import { analyzeGoals } from "./goals";
import type { ActionAnalysis, ControlAnalysis, GoalAnalysis } from "./types";

export type * from "./types";

interface Located<R extends string> {
  sheet: SheetGrid;
  table: FoundFollowup<R>;
}

function first<R extends string>(
  sheets: SheetGrid[],
  mask: (s: SheetGrid) => ColumnMask,
  kind: FollowupKind<R>,
  table: FollowupTable,
  settings: Settings,
  diagnostics: Diagnostic[],
): Located<R> | null {
  const found = sheets.flatMap((s) =>
    findFollowupTables(s, kind, mask(s)).map((t) => ({ sheet: s, table: t })),
  );
  for (const extra of found.slice(1)) {
    const where = qualifiedAddress(extra.table.sheet, extra.table.range);
    diagnostics.push(
      diag("info", "extraFollowupTable", where, {
        range: where,
        table: texts(settings.lang).followup.tableNames[table],
      }),
    );
  }
  return found[0] ?? null;
}

export interface FoundFollowupTables {
  goals: Located<GoalRole> | null;
  actions: Located<ActionRole> | null;
  controls: Located<ControlRole> | null;
  /** Title lines above the tables (the report date is often there): for the analysis period. */
  titleLines: string[];
}

export function findFollowup(
  sheets: SheetGrid[],
  mask: (s: SheetGrid) => ColumnMask,
  settings: Settings,
  diagnostics: Diagnostic[],
): FoundFollowupTables {
  const goals = first(sheets, mask, goalKind, "goals", settings, diagnostics);
  const actions = first(sheets, mask, actionKind, "actions", settings, diagnostics);
  const controls = first(sheets, mask, controlKind, "controls", settings, diagnostics);
  const titleLines = [actions, goals, controls].flatMap((t) =>
    t ? titleLinesAbove(t.sheet, t.table.headerRow, t.table.range.left, t.table.range.right) : [],
  );
  return { goals, actions, controls, titleLines };
}

/**
 * The date actions are judged against: the period setting's month end, else a full report date in
 * the action table's title rows ("per 2022-12-31"), else the analysis period's month end.
 */
export function periodEndFor(
  settings: Settings,
  titleLines: string[],
  period: Period | null,
): string | null {
  const setting = settings.period ? parsePeriodSetting(settings.period) : null;
  if (setting) return monthEnd(setting.year, setting.month);
  for (const line of titleLines) {
    const d = reportDateIn(line);
    if (d) return d;
  }
  return period ? monthEnd(period.year, period.month) : null;
}

export interface FollowupAnalysis {
  goals: GoalAnalysis | null;
  actions: ActionAnalysis | null;
  controls: ControlAnalysis | null;
}

export function analyzeFollowup(
  found: FoundFollowupTables,
  settings: Settings,
  period: Period | null,
  diagnostics: Diagnostic[],
): FollowupAnalysis {
  const goals =
    found.goals && analyzeGoals(found.goals.sheet, found.goals.table, settings, diagnostics);
  let actions: ActionAnalysis | null = null;
  if (found.actions) {
    const { sheet, table } = found.actions;
    const own = titleLinesAbove(sheet, table.headerRow, table.range.left, table.range.right);
    const end = periodEndFor(settings, own, period);
    actions = analyzeActions(sheet, table, settings, end, diagnostics);
    if (end === null && actions.items.some((i) => i.end !== null))
      diagnostics.push(diag("info", "followupPeriodUnknown"));
  }
  const controls =
    found.controls &&
    analyzeControls(found.controls.sheet, found.controls.table, settings, diagnostics);
  return { goals, actions, controls };
}
