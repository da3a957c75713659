/**
 * The follow-up tables of the report document: one table per kind found (goals, action plans,
 * internal control), each item with its name, its status as a word (the colour behind it is only
 * an addition) and, for actions, the end date; a short form of the table's comment. The items that
 * need attention come first (overdue actions, goals not met or at risk, major deviations), as in
 * the pane; the rest keep the sheet's order. Counts per word go in the note under the table.
 */
import type { Analysis } from "../analysis";
import { texts } from "../locale";
import type { FollowupTerms } from "../locale/followupTypes";
import type { Lang } from "../settings";
import { actionWord, controlWord, goalWord } from "../followup/words";
import { isLate, lateActions } from "../followup/actions";
import type {
  ActionAnalysis,
  ActionItem,
  ActionStatus,
  ControlAnalysis,
  ControlItem,
  GoalAnalysis,
  GoalItem,
} from "../followup/types";
import type { DocCell, DocColumnKind, DocTable } from "./types";

/** A follow-up table longer than this shows the items that need attention first, then stops. */
export const FOLLOWUP_TABLE_MAX_ROWS = 60;
/** A comment longer than this is shortened at a word (the whole text stays in the workbook). */
export const COMMENT_MAX_CHARS = 100;

const text = (t: string | null): DocCell => ({ text: t ?? "", value: null, status: null });
const word = (t: string, status: ActionStatus): DocCell => ({
  text: t,
  value: null,
  status: status === "none" ? null : status,
});

/** The comment as a table shows it: whitespace folded, cut at a word with "…" when long. */
export function shortComment(comment: string | null): string | null {
  const c = comment?.replace(/\s+/g, " ").trim() ?? "";
  if (c === "") return null;
  if (c.length <= COMMENT_MAX_CHARS) return c;
  const cut = c.slice(0, COMMENT_MAX_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > COMMENT_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")} …`;
}

interface Column<T> {
  header: string;
  kind: DocColumnKind;
  cell: (item: T) => DocCell;
}

/** Counts per word, in the order the words first appear in the table as shown. */
function counts(cells: DocCell[]): [string, number][] {
  const seen = new Map<string, number>();
  for (const c of cells) seen.set(c.text, (seen.get(c.text) ?? 0) + 1);
  return [...seen];
}

function itemTable<T>(
  id: string,
  caption: string,
  columns: Column<T>[],
  items: T[],
  rank: (item: T) => number,
  F: FollowupTerms,
  notes: string[] = [],
): DocTable {
  // Attention first; Array.prototype.sort is stable, so equal ranks keep the sheet's order.
  const sorted = [...items].sort((a, b) => rank(a) - rank(b));
  const shown = sorted.slice(0, FOLLOWUP_TABLE_MAX_ROWS);
  const statusAt = columns.findIndex((c) => c.kind === "status");
  const lines = [F.sheet.counts(counts(sorted.map((i) => columns[statusAt].cell(i)))), ...notes];
  if (shown.length < sorted.length) lines.push(F.sheet.itemsOmitted(sorted.length - shown.length));
  return {
    id,
    caption,
    columns: columns.map((c, i) => ({
      key: `${id}.${i}`,
      header: c.header,
      kind: c.kind,
      decimals: 0,
    })),
    rows: shown.map((item) => ({ cells: columns.map((c) => c.cell(item)), total: false })),
    note: lines.join(" "),
  };
}

/** Optional columns appear only when some item has something in them. */
function present<T>(items: T[], get: (item: T) => string | null): boolean {
  return items.some((i) => (get(i) ?? "").trim() !== "");
}

function goalTable(goals: GoalAnalysis, lang: Lang, F: FollowupTerms): DocTable {
  const C = F.sheet.columns;
  const cols: Column<GoalItem>[] = [
    { header: C.goal, kind: "label", cell: (i) => text(i.name) },
    {
      header: C.assessment,
      kind: "status",
      cell: (i) => word(goalWord(i, goals.family, lang), i.status),
    },
  ];
  if (present(goals.items, (i) => i.comment))
    cols.push({ header: C.comment, kind: "text", cell: (i) => text(shortComment(i.comment)) });
  const rank = { red: 0, yellow: 1, green: 2, grey: 2 } as const;
  return itemTable("goals", F.sheet.tables.goals, cols, goals.items, (i) => rank[i.status], F);
}

function actionTable(actions: ActionAnalysis, lang: Lang, F: FollowupTerms): DocTable {
  const C = F.sheet.columns;
  const cols: Column<ActionItem>[] = [
    { header: C.action, kind: "label", cell: (i) => text(i.name) },
    { header: C.status, kind: "status", cell: (i) => word(actionWord(i, lang), i.status) },
  ];
  if (present(actions.items, (i) => i.end))
    cols.push({ header: C.end, kind: "text", cell: (i) => text(i.end) });
  if (present(actions.items, (i) => i.responsible))
    cols.push({ header: C.responsible, kind: "text", cell: (i) => text(i.responsible) });
  if (present(actions.items, (i) => i.comment))
    cols.push({ header: C.comment, kind: "text", cell: (i) => text(shortComment(i.comment)) });
  const note =
    actions.periodEnd === null ? F.sheet.periodUnknown : F.sheet.overdueRule(actions.periodEnd);
  // The late ones first, as the pane and the text list them; the rest in sheet order.
  const late = lateActions(actions.items);
  const rank = (i: ActionItem): number => (isLate(i) ? late.indexOf(i) : late.length);
  return itemTable("actions", F.sheet.tables.actions, cols, actions.items, rank, F, [note]);
}

function controlTable(controls: ControlAnalysis, lang: Lang, F: FollowupTerms): DocTable {
  const C = F.sheet.columns;
  const cols: Column<ControlItem>[] = [
    { header: C.risk, kind: "label", cell: (i) => text(i.risk) },
  ];
  if (present(controls.items, (i) => i.controlObjective))
    cols.push({ header: C.controlObjective, kind: "text", cell: (i) => text(i.controlObjective) });
  cols.push({
    header: C.result,
    kind: "status",
    cell: (i) => word(controlWord(i, lang), i.status),
  });
  if (present(controls.items, (i) => i.comment))
    cols.push({ header: C.comment, kind: "text", cell: (i) => text(shortComment(i.comment)) });
  const rank = { major: 0, minor: 1, none: 2, notDone: 2, empty: 2, unknown: 2 } as const;
  return itemTable(
    "controls",
    F.sheet.tables.controls,
    cols,
    controls.items,
    (i) => rank[i.level],
    F,
  );
}

/** The follow-up tables found, in the commentary's order: goals, actions, controls. */
export function followupTables(analysis: Analysis, lang: Lang): DocTable[] {
  const F = texts(lang).followup;
  const out: DocTable[] = [];
  const { goals, actions, controls } = analysis;
  if (goals && goals.items.length > 0) out.push(goalTable(goals, lang, F));
  if (actions && actions.items.length > 0) out.push(actionTable(actions, lang, F));
  if (controls && controls.items.length > 0) out.push(controlTable(controls, lang, F));
  return out;
}
