/**
 * The word and fill each follow-up item gets, in one place: the status columns, the Analys sheet,
 * the command's lines and the pane's badges all read these.
 */
import { texts } from "../locale";
import type { Lang } from "../settings";
import type {
  ActionItem,
  ActionStatus,
  ControlItem,
  FollowupStatus,
  GoalFamily,
  GoalItem,
} from "./types";

/** Excel's Good / Neutral / Bad fills and grey; löpande actions have none (white, as the map's legend). */
export const FOLLOWUP_FILLS: Record<Exclude<ActionStatus, "none">, string> = {
  green: "FFC6EFCE",
  yellow: "FFFFEB9C",
  red: "FFFFC7CE",
  grey: "FFD9D9D9",
};

export function fillOf(status: ActionStatus | FollowupStatus): string | null {
  return status === "none" ? null : FOLLOWUP_FILLS[status];
}

/** The goal's word in the table's own family ("Risk för avvikelse" or "Delvis uppfyllt"). */
export function goalWord(item: Pick<GoalItem, "status">, family: GoalFamily, lang: Lang): string {
  const F = texts(lang).followup;
  return item.status === "grey" ? F.goalWords.grey : F.goalWords[family][item.status];
}

/** An overdue action is written Försenad whatever its own word. */
export function actionWord(item: Pick<ActionItem, "state" | "overdue">, lang: Lang): string {
  const F = texts(lang).followup;
  return F.actionWords[item.overdue ? "late" : item.state];
}

export function controlWord(item: Pick<ControlItem, "level">, lang: Lang): string {
  return texts(lang).followup.controlWords[item.level];
}
