/**
 * Generated commentary: pure and deterministic (no clock, no randomness, no locale of the machine),
 * so the same analysis and settings give the same text byte for byte.
 */
import type { Analysis } from "../analysis";
import { texts } from "../locale";
import type { Settings } from "../settings";
import { checks } from "./checks";
import { indicators } from "./indicators";
import { budget, forecast, priorYear, statementContext, summary } from "./statement";
import { followupSections } from "./followup";
import type { Commentary, CommentarySection, FollowupSectionId, SectionId } from "./types";

export type { Commentary, CommentarySection, SectionId } from "./types";
export type { CommentaryPhrases } from "./phrases";

export function generateCommentary(analysis: Analysis, settings: Settings): Commentary {
  const p = texts(settings.lang).commentary;
  const sections: CommentarySection[] = [];
  const add = (id: Exclude<SectionId, FollowupSectionId>, paragraphs: string[]): void => {
    if (paragraphs.length > 0) sections.push({ id, title: p.titles[id], paragraphs });
  };
  const s = analysis.statement;
  if (s) {
    // The analysis always carries the summary of its statement; the sections only word it.
    if (!analysis.summary) throw new Error("Analysis without the summary of its statement");
    // One context for the four sections, so a row's comment is used only once.
    const c = statementContext(s, analysis.summary, settings, p, analysis.period);
    add("summary", summary(c));
    add("budget", budget(c));
    add("priorYear", priorYear(c));
    add("forecast", forecast(c));
  }
  if (analysis.indicators) add("indicators", indicators(analysis.indicators, settings, p));
  sections.push(...followupSections(analysis, settings));
  if (s) add("checks", checks(s.checks, p));
  return { lang: settings.lang, sections };
}

/**
 * Plain text for copying: each section's title, a blank line, then its paragraphs separated by
 * blank lines; sections separated by a blank line. Workbook text inside was already neutralised
 * where it was inserted (see quoteIfFormula), so no line starts a formula when pasted into Excel.
 */
export function commentaryToText(c: Commentary): string {
  return c.sections
    .map((s) => [s.title, "", s.paragraphs.join("\n\n")].join("\n"))
    .join("\n\n")
    .concat(c.sections.length > 0 ? "\n" : "");
}
