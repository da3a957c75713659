/**
 * What Kopiera and Kopiera allt put on the clipboard, from the report document the Analys sheet
 * and the Word file also use (src/core/document): a heading per section, a paragraph per paragraph
 * and, for Kopiera allt, the key-figure, indicator and follow-up tables as HTML tables, so a paste keeps them.
 */
import type { Analysis } from "../core/analysis";
import type { Commentary, CommentarySection } from "../core/commentary/types";
import { buildDocument, sectionToHtml, toHtml, toPlainText } from "../core/document";
import type { ClipContent } from "./clipboard";
import { sectionText } from "./view";

export function sectionContent(s: CommentarySection, lang: Commentary["lang"]): ClipContent {
  return {
    text: sectionText(s, lang),
    html: sectionToHtml({ id: s.id, heading: s.title, paragraphs: s.paragraphs }),
  };
}

/** The whole report: title and source lines, the sections with text, then the tables. */
export function allContent(analysis: Analysis, c: Commentary): ClipContent {
  const shown = { ...c, sections: c.sections.filter((s) => s.paragraphs.length > 0) };
  const doc = buildDocument(analysis, shown);
  return { text: toPlainText(doc), html: toHtml(doc) };
}
