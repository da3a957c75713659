/**
 * The follow-up sections: Uppföljning av mål, Handlingsplaner och aktiviteter, Uppföljning av
 * internkontrollplan, each only when its table exists. A counting sentence, then the items that need
 * attention by name (the ten that matter most, the rest counted) with their dates, and the table's own
 * comment as the explanation, else the placeholder. No cause is ever made up.
 */
import type { Analysis } from "../analysis";
import type {
  ActionAnalysis,
  ActionItem,
  ControlAnalysis,
  ControlItem,
  GoalAnalysis,
  GoalItem,
} from "../followup/types";
import { isLate, lateActions } from "../followup/actions";
import { texts } from "../locale";
import { type FollowupTerms } from "../locale/followup";
import type { ActionCountKey } from "../locale/followupTypes";
import type { Settings } from "../settings";
import { cleanLabel, sentence, startsLikeFormula } from "./text";
import type { CommentarySection } from "./types";

/** How many items a section names; the rest are counted. */
export const NAMED_MAX = 10;

type C = FollowupTerms["commentary"];

/** Names are sentences of their own ("Ekonomi i balans inom givna ramar."): quoted, without the full stop. */
function quoted(text: string, c: C): string {
  return c.quote(cleanLabel(text).replace(/[.]+$/, ""));
}

/** A name used bare (an activity's title), quoted only when it would start a formula. */
function bare(text: string, c: C): string {
  const t = cleanLabel(text);
  return startsLikeFormula(t) ? c.quote(t) : t;
}

/** The table's own words as the explanation, else the placeholder (or nothing without placeholders). */
function explanation(comment: string | null, c: C, s: Settings): string | null {
  const t = comment ? cleanLabel(comment) : "";
  if (t !== "") return sentence(startsLikeFormula(t) ? c.quote(t) : t);
  return s.placeholders ? c.placeholder : null;
}

function join(...parts: (string | null)[]): string {
  return parts.filter((p): p is string => p !== null && p !== "").join(" ");
}

export function goalsSection(g: GoalAnalysis, s: Settings, F: FollowupTerms): string[] {
  const c = F.commentary;
  if (g.items.length === 0) return [c.goals.empty];
  const green = g.items.filter((i) => i.status === "green").length;
  const out: string[] = [c.goals.count(g.family, green, g.items.length)];
  // Red before yellow, then sheet order.
  const attention = g.items
    .filter(
      (i): i is GoalItem & { status: "yellow" | "red" } =>
        i.status === "yellow" || i.status === "red",
    )
    .sort((a, b) => (a.status === b.status ? a.row - b.row : a.status === "red" ? -1 : 1));
  for (const i of attention.slice(0, NAMED_MAX))
    out.push(
      join(c.goals.item(g.family, i.status, quoted(i.name, c)), explanation(i.comment, c, s)),
    );
  if (attention.length > NAMED_MAX) out.push(c.goals.more(attention.length - NAMED_MAX));
  const grey = g.items.filter((i) => i.status === "grey");
  if (grey.length > 0) {
    const names = grey.slice(0, NAMED_MAX).map((i) => quoted(i.name, c));
    if (grey.length > NAMED_MAX) names.push(c.others(grey.length - NAMED_MAX));
    out.push(c.goals.grey(names, grey.length));
  }
  return out;
}

function countKey(i: ActionItem): ActionCountKey {
  return isLate(i) ? "late" : i.state;
}

const ACTION_ORDER: ActionCountKey[] = [
  "done",
  "in-progress",
  "late",
  "planned",
  "ongoing",
  "cancelled",
  "unknown",
];

export function actionsSection(a: ActionAnalysis, s: Settings, F: FollowupTerms): string[] {
  const c = F.commentary;
  if (a.items.length === 0) return [c.actions.empty];
  const parts = ACTION_ORDER.map((key) => ({
    key,
    n: a.items.filter((i) => countKey(i) === key).length,
  })).filter((p) => p.n > 0);
  // The late ones get their own sentence with names and dates; the count leaves them out.
  const out: string[] = [];
  const head = c.actions.count(
    a.items.length,
    parts.filter((p) => p.key !== "late"),
  );
  const late = lateActions(a.items);
  if (late.length === 0) {
    out.push(a.periodEnd === null ? join(head, c.actions.periodUnknown) : head);
    return out;
  }
  // Without a period end only the sheet's own "Försenad" is late, and the text says why.
  const named = late.slice(0, NAMED_MAX);
  const list = c.actions.late(
    late.length,
    named.map((i) => c.actions.withEnd(bare(i.name, c), i.end)),
    late.length - named.length,
  );
  out.push(
    join(
      parts.length > 1 ? head : null,
      list,
      a.periodEnd === null ? c.actions.periodUnknown : null,
    ),
  );
  const explained = named.filter((i) => i.comment);
  for (const i of explained)
    out.push(c.actions.explain(bare(i.name, c), explanation(i.comment, c, s) as string));
  if (explained.length < named.length && s.placeholders) out.push(c.placeholder);
  return out;
}

const CONTROL_NAME = (i: ControlItem): string => i.controlObjective ?? i.risk;

export function controlsSection(k: ControlAnalysis, s: Settings, F: FollowupTerms): string[] {
  const c = F.commentary;
  if (k.items.length === 0) return [c.controls.empty];
  const levels = ["none", "minor", "major", "notDone", "empty", "unknown"] as const;
  const parts = levels
    .map((key) => ({ key, n: k.items.filter((i) => i.level === key).length }))
    .filter((p) => p.n > 0);
  const out: string[] = [c.controls.count(k.items.length, parts)];
  for (const level of ["major", "minor"] as const) {
    const items = k.items.filter((i) => i.level === level);
    for (const i of items.slice(0, NAMED_MAX))
      out.push(
        join(c.controls.item(level, quoted(CONTROL_NAME(i), c)), explanation(i.comment, c, s)),
      );
    if (items.length > NAMED_MAX) out.push(c.controls.more(level, items.length - NAMED_MAX));
  }
  for (const level of ["notDone", "empty", "unknown"] as const) {
    const items = k.items.filter((i) => i.level === level);
    if (items.length === 0) continue;
    const names = items.slice(0, NAMED_MAX).map((i) => quoted(CONTROL_NAME(i), c));
    if (items.length > NAMED_MAX) names.push(c.others(items.length - NAMED_MAX));
    out.push(c.controls.grey(level, names, items.length));
  }
  return out;
}

export function followupSections(analysis: Analysis, s: Settings): CommentarySection[] {
  const F = texts(s.lang).followup;
  const t = F.commentary.titles;
  const out: CommentarySection[] = [];
  if (analysis.goals)
    out.push({ id: "goals", title: t.goals, paragraphs: goalsSection(analysis.goals, s, F) });
  if (analysis.actions)
    out.push({
      id: "actions",
      title: t.actions,
      paragraphs: actionsSection(analysis.actions, s, F),
    });
  if (analysis.controls)
    out.push({
      id: "controls",
      title: t.controls,
      paragraphs: controlsSection(analysis.controls, s, F),
    });
  return out;
}
