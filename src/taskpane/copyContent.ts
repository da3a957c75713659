/**
 * What Kopiera and Kopiera allt put on the clipboard: the same text as the command's --text, and
 * HTML with a heading per section and a paragraph per paragraph, so a paste keeps its structure.
 */
import type { Commentary, CommentarySection } from "../core/commentary/types";
import type { ClipContent } from "./clipboard";
import { commentaryText, sectionText } from "./view";

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]);
}

function sectionHtml(s: CommentarySection): string {
  return [
    `<h2>${escapeHtml(s.title)}</h2>`,
    ...s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join("\n");
}

export function sectionContent(s: CommentarySection, lang: Commentary["lang"]): ClipContent {
  return { text: sectionText(s, lang), html: sectionHtml(s) };
}

export function allContent(c: Commentary): ClipContent {
  const shown = c.sections.filter((s) => s.paragraphs.length > 0);
  return { text: commentaryText(c), html: shown.map(sectionHtml).join("\n") };
}
