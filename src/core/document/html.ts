/**
 * The document as HTML for the clipboard (Word, the follow-up system, mail): headings, paragraphs and
 * tables, with inline styles only (pasted HTML keeps no style sheet). Pure string building, every
 * text escaped: labels and comments come from the workbook.
 */
import type { DocSection, DocTable, ReportDocument } from "./types";
import { documentTables } from "./tables";
import { FILLS } from "../plan/cells";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const CELL = "border:1px solid #999;padding:2px 6px;vertical-align:top";

export function sectionToHtml(section: DocSection, level = 2): string {
  const h = `h${Math.min(6, Math.max(1, level))}`;
  return [
    `<${h}>${escapeHtml(section.heading)}</${h}>`,
    ...section.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
  ].join("\n");
}

export function tableToHtml(table: DocTable): string {
  const align = (kind: string): string =>
    kind === "amount" || kind === "percent" ? ";text-align:right" : "";
  const head = table.columns
    .map((c) => `<th style="${CELL}${align(c.kind)}">${escapeHtml(c.header)}</th>`)
    .join("");
  const body = table.rows.map((r) => {
    const cells = r.cells.map((cell, i) => {
      const text = escapeHtml(cell.text);
      // The status word is always there; its fill is an addition, as on the Analys sheet.
      const fill = cell.status ? `;background:#${FILLS[cell.status].slice(2)}` : "";
      const style = `${CELL}${align(table.columns[i]?.kind ?? "text")}${fill}`;
      return `<td style="${style}">${r.total ? `<strong>${text}</strong>` : text}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return [
    `<table style="border-collapse:collapse">`,
    `<caption style="text-align:left;font-weight:bold">${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...body,
    `</tbody>`,
    `</table>`,
    ...(table.note ? [`<p>${escapeHtml(table.note)}</p>`] : []),
  ].join("\n");
}

/** The whole document: title, source lines, the commentary, then the key-figure, indicator and follow-up tables. */
export function toHtml(doc: ReportDocument): string {
  const parts = [
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p>${doc.meta.map((m) => `${escapeHtml(m.label)}: ${escapeHtml(m.value)}`).join("<br>")}</p>`,
    ...doc.sections.map((s) => sectionToHtml(s, 2)),
    ...documentTables(doc).map(tableToHtml),
  ];
  return `${parts.join("\n")}\n`;
}
