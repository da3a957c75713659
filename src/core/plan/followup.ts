/**
 * What the follow-up tables add to the write plan: one status column right of each table (placed by
 * build.ts like the others). Their tables on the Analys sheet come from the report document
 * (document/followup.ts), as in the Word file and the pane's copy.
 */
import type { Analysis } from "../analysis";
import { qualifiedAddress } from "../address";
import type { CellRange } from "../grid";
import { texts } from "../locale";
import type { FollowupTable } from "../locale/followupTypes";
import type { Settings } from "../settings";
import { actionWord, controlWord, fillOf, goalWord } from "../followup/words";
import type { ActionStatus, FollowupTableAnalysis } from "../followup/types";
import { MARKER_PREFIX, type CellFormat, type PlanValue } from "./types";

type Cell = [PlanValue, CellFormat | null];

export const followupMarkerKeys: Record<FollowupTable, string> = {
  goals: `${MARKER_PREFIX}StatusMal`,
  actions: `${MARKER_PREFIX}StatusAktivitet`,
  controls: `${MARKER_PREFIX}StatusKontroll`,
};

export interface FollowupColumn {
  sheet: string;
  range: CellRange;
  key: string;
  header: string;
  /** Value and format per data row (sheet row index). */
  cells: Map<number, Cell>;
}

function word(text: string, fill: string | null): Cell {
  return [text, fill ? { fill } : null];
}

/** The status column of each follow-up table found (words always; fills as the vocabulary says). */
export function followupColumns(analysis: Analysis, settings: Settings): FollowupColumn[] {
  const F = texts(settings.lang).followup;
  const lang = settings.lang;
  const out: FollowupColumn[] = [];
  const column = <I extends { row: number; status: ActionStatus }>(
    kind: FollowupTable,
    t: FollowupTableAnalysis<I>,
    wordOf: (i: I) => string,
  ): void => {
    if (t.items.length === 0) return;
    out.push({
      sheet: t.sheet,
      range: t.range,
      key: followupMarkerKeys[kind],
      header: F.headers[kind],
      cells: new Map(t.items.map((i) => [i.row, word(wordOf(i), fillOf(i.status))])),
    });
  };
  const { goals, actions, controls } = analysis;
  if (goals) column("goals", goals, (i) => goalWord(i, goals.family, lang));
  if (actions) column("actions", actions, (i) => actionWord(i, lang));
  if (controls) column("controls", controls, (i) => controlWord(i, lang));
  return out;
}

/** Where the follow-up tables were read, for the Analys sheet's source line. */
export function followupSources(analysis: Analysis): string[] {
  return [analysis.goals, analysis.actions, analysis.controls]
    .filter((t) => t !== null)
    .map((t) => qualifiedAddress(t.sheet, t.range));
}
