/**
 * The follow-up tables beside the money: the board's goals, the action plans and activities, and the
 * internal-control plan. Each item keeps the sheet's own words; its state and colour come from the
 * vocabulary in ./vocabulary.ts, the written word from the locale.
 */
import type { CellRange } from "../grid";

/** green = on plan / met / no deviation, yellow = at risk / partly / minor, red = off / not met / major. */
export type FollowupStatus = "green" | "yellow" | "red" | "grey";

export type ActionState =
  "done" | "in-progress" | "late" | "planned" | "ongoing" | "cancelled" | "unknown";

/** Actions that are löpande (ongoing) are white in the reports: no fill. */
export type ActionStatus = FollowupStatus | "none";

/** Which family of words a goal table uses, so the written word keeps it. */
export type GoalFamily = "plan" | "fulfilment";

/** Why a goal or control is grey: not assessed (empty, "Ej bedömd"), not the board's, or an unknown word. */
export type GreyReason = "empty" | "notAssessed" | "notApplicable" | "unknown";

export interface GoalItem {
  name: string;
  /** Address of the name cell. */
  cell: string;
  row: number;
  /** The assessment as written; null when empty. */
  assessment: string | null;
  status: FollowupStatus;
  /** Set when status is grey. */
  greyReason: GreyReason | null;
  /** Address of the assessment cell. */
  assessmentCell: string;
  comment: string | null;
}

/** What every follow-up table's analysis carries: where the table is, its items, the lines above it. */
export interface FollowupTableAnalysis<I> {
  sheet: string;
  range: CellRange;
  headerRow: number;
  items: I[];
  titleLines: string[];
}

export interface GoalAnalysis extends FollowupTableAnalysis<GoalItem> {
  family: GoalFamily;
}

export interface ActionItem {
  name: string;
  cell: string;
  row: number;
  /** The status as written; null when empty. */
  statusText: string | null;
  statusCell: string;
  /** What the sheet's word says (an overdue in-progress action stays "in-progress"). */
  state: ActionState;
  /** The colour written: red when overdue. */
  status: ActionStatus;
  /** YYYY-MM-DD or null. */
  start: string | null;
  end: string | null;
  /** Not done, not ongoing, not cancelled, and the end date on or before the period end. */
  overdue: boolean;
  responsible: string | null;
  comment: string | null;
}

export interface ActionAnalysis extends FollowupTableAnalysis<ActionItem> {
  /** The date overdue was judged against (YYYY-MM-DD); null when the period end is unknown. */
  periodEnd: string | null;
}

/** The control's result: no deviation, minor, major, not carried out, missing, unknown word. */
export type ControlLevel = "none" | "minor" | "major" | "notDone" | "empty" | "unknown";

export interface ControlItem {
  risk: string;
  /** Address of the risk cell of the row. */
  cell: string;
  row: number;
  controlObjective: string | null;
  /** The result as written; null when empty. */
  result: string | null;
  resultCell: string;
  level: ControlLevel;
  status: FollowupStatus;
  /** Analys av resultat / Kommentar. */
  comment: string | null;
  plannedActions: string | null;
}

export type ControlAnalysis = FollowupTableAnalysis<ControlItem>;
