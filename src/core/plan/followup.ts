/**
 * What the follow-up tables add to the write plan: one status column right of each table (placed by
 * build.ts like the others), and the Analys-sheet blocks: counts per state, the goals at risk, the
 * overdue actions with their end dates, the controls with a major deviation.
 */
import type { Analysis } from "../analysis";
import { qualifiedAddress } from "../address";
import type { CellRange } from "../grid";
import { followupTerms } from "../locale/followup";
import type { FollowupTable } from "../locale/followupTypes";
import type { Settings } from "../settings";
import { actionWord, controlWord, fillOf, goalWord } from "../followup/words";
import type { DocCell, DocColumnKind, DocTable } from "../document/types";
import type { ActionStatus } from "../followup/types";
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
  const F = followupTerms(settings.lang);
  const lang = settings.lang;
  const out: FollowupColumn[] = [];
  const { goals, actions, controls } = analysis;
  if (goals && goals.items.length > 0)
    out.push({
      sheet: goals.sheet,
      range: goals.range,
      key: followupMarkerKeys.goals,
      header: F.headers.goals,
      cells: new Map(
        goals.items.map((i) => [i.row, word(goalWord(i, goals.family, lang), fillOf(i.status))]),
      ),
    });
  if (actions && actions.items.length > 0)
    out.push({
      sheet: actions.sheet,
      range: actions.range,
      key: followupMarkerKeys.actions,
      header: F.headers.actions,
      cells: new Map(
        actions.items.map((i) => [i.row, word(actionWord(i, lang), fillOf(i.status))]),
      ),
    });
  if (controls && controls.items.length > 0)
    out.push({
      sheet: controls.sheet,
      range: controls.range,
      key: followupMarkerKeys.controls,
      header: F.headers.controls,
      cells: new Map(
        controls.items.map((i) => [i.row, word(controlWord(i, lang), fillOf(i.status))]),
      ),
    });
  return out;
}

/** Where the follow-up tables were read, for the Analys sheet's source line. */
export function followupSources(analysis: Analysis): string[] {
  return [analysis.goals, analysis.actions, analysis.controls]
    .filter((t) => t !== null)
    .map((t) => qualifiedAddress(t.sheet, t.range));
}

/** A table of the report document (rendered by the Analys sheet like the indicator table). */
function docTable(
  id: string,
  caption: string,
  columns: [string, DocColumnKind][],
  rows: DocCell[][],
  note: string | null = null,
): DocTable {
  return {
    id,
    caption,
    columns: columns.map(([header, kind], i) => ({ key: `${id}${i}`, header, kind, decimals: 0 })),
    rows: rows.map((cells) => ({ cells, total: false })),
    note,
  };
}

const txt = (t: string | null): DocCell => ({ text: t ?? "", value: null, status: null });
const badge = (t: string, status: ActionStatus): DocCell => ({
  text: t,
  value: null,
  status: status === "none" ? null : status,
});
const num = (n: number): DocCell => ({ text: String(n), value: n, status: null });

/** Words in the order given, each with its count: the counts table of one follow-up table. */
function countRows(entries: [string, ActionStatus][]): DocCell[][] {
  const seen = new Map<string, { status: ActionStatus; n: number }>();
  for (const [w, status] of entries) {
    const e = seen.get(w) ?? { status, n: 0 };
    e.n++;
    seen.set(w, e);
  }
  return [...seen].map(([w, e]) => [badge(w, e.status), num(e.n)]);
}

/**
 * The Analys-sheet tables of the follow-up: counts per state for each table, the goals at risk or
 * not met, the overdue actions with their end dates, the controls with a major deviation.
 */
export function followupTables(analysis: Analysis, settings: Settings): DocTable[] {
  const F = followupTerms(settings.lang);
  const S = F.sheet;
  const C = S.columns;
  const lang = settings.lang;
  const out: DocTable[] = [];
  const counts: [string, DocColumnKind][] = [
    [S.state, "status"],
    [S.count, "amount"],
  ];

  const { goals, actions, controls } = analysis;
  if (goals && goals.items.length > 0) {
    const order = ["green", "yellow", "red", "grey"] as const;
    const sorted = [...goals.items].sort(
      (a, b) => order.indexOf(a.status) - order.indexOf(b.status),
    );
    out.push(
      docTable(
        "goals",
        S.titles.goals,
        counts,
        countRows(sorted.map((i) => [goalWord(i, goals.family, lang), i.status])),
      ),
    );
    const attention = goals.items.filter((i) => i.status === "yellow" || i.status === "red");
    if (attention.length > 0)
      out.push(
        docTable(
          "goalsAttention",
          S.goalsAttention,
          [
            [C.goal, "label"],
            [C.assessment, "status"],
            [C.comment, "text"],
          ],
          attention.map((i) => [
            txt(i.name),
            badge(goalWord(i, goals.family, lang), i.status),
            txt(i.comment),
          ]),
        ),
      );
  }
  if (actions && actions.items.length > 0) {
    const order = ["done", "in-progress", "late", "planned", "ongoing", "cancelled", "unknown"];
    const key = (i: (typeof actions.items)[number]): number =>
      i.overdue ? order.indexOf("late") : order.indexOf(i.state);
    const sorted = [...actions.items].sort((a, b) => key(a) - key(b));
    out.push(
      docTable(
        "actions",
        S.titles.actions,
        counts,
        countRows(sorted.map((i) => [actionWord(i, lang), i.status])),
        actions.periodEnd === null ? S.periodUnknown : null,
      ),
    );
    const overdue = actions.items.filter((i) => i.overdue);
    if (actions.periodEnd !== null && overdue.length > 0)
      out.push(
        docTable(
          "actionsOverdue",
          S.overdue(actions.periodEnd),
          [
            [C.action, "label"],
            [C.statusText, "text"],
            [C.end, "text"],
            [C.responsible, "text"],
          ],
          overdue.map((i) => [txt(i.name), txt(i.statusText), txt(i.end), txt(i.responsible)]),
        ),
      );
  }
  if (controls && controls.items.length > 0) {
    const order = ["none", "minor", "major", "notDone", "empty", "unknown"];
    const sorted = [...controls.items].sort(
      (a, b) => order.indexOf(a.level) - order.indexOf(b.level),
    );
    out.push(
      docTable(
        "controls",
        S.titles.controls,
        counts,
        countRows(sorted.map((i) => [controlWord(i, lang), i.status])),
      ),
    );
    const major = controls.items.filter((i) => i.level === "major");
    if (major.length > 0)
      out.push(
        docTable(
          "controlsMajor",
          S.majorControls,
          [
            [C.risk, "label"],
            [C.controlObjective, "text"],
            [C.comment, "text"],
          ],
          major.map((i) => [txt(i.risk), txt(i.controlObjective), txt(i.comment)]),
        ),
      );
  }
  return out;
}
