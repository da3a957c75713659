/** The command's lines about the follow-up tables: where each was found and each item's word. */
import type { Analysis } from "../core/analysis";
import { qualifiedAddress } from "../core/address";
import { actionWord, controlWord, goalWord } from "../core/followup/words";
import { texts } from "../core/locale";
import type { Lang } from "../core/settings";

export function followupLines(analysis: Analysis, lang: Lang): string[] {
  const F = texts(lang).followup.cli;
  const out: string[] = [];
  const { goals, actions, controls } = analysis;
  if (goals && goals.items.length > 0) {
    out.push(F.found("goals", qualifiedAddress(goals.sheet, goals.range), goals.items.length));
    for (const i of goals.items) out.push(F.line(i.name, goalWord(i, goals.family, lang), null));
  }
  if (actions && actions.items.length > 0) {
    out.push(
      F.found("actions", qualifiedAddress(actions.sheet, actions.range), actions.items.length),
    );
    // Overdue first: they are what the reader acts on.
    const sorted = [...actions.items].sort(
      (a, b) => Number(b.overdue) - Number(a.overdue) || a.row - b.row,
    );
    for (const i of sorted) out.push(F.line(i.name, actionWord(i, lang), i.end));
  }
  if (controls && controls.items.length > 0) {
    out.push(
      F.found("controls", qualifiedAddress(controls.sheet, controls.range), controls.items.length),
    );
    for (const i of controls.items)
      out.push(F.line(i.controlObjective ?? i.risk, controlWord(i, lang), null));
  }
  return out;
}
