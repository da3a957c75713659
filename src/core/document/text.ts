/**
 * The document as plain text: sections as the commentary text has always been (title, blank line,
 * paragraphs), tables as tab-separated lines so that a paste into Excel or Word keeps the columns.
 */
import type { DocSection, DocTable, ReportDocument } from "./types";
import { documentTables } from "./tables";

export function sectionToText(section: DocSection): string {
  return [section.heading, "", section.paragraphs.join("\n\n")].join("\n");
}

export function tableToText(table: DocTable): string {
  const line = (cells: string[]): string => cells.map((c) => c.replace(/[\t\n]/g, " ")).join("\t");
  return [
    table.caption,
    "",
    line(table.columns.map((c) => c.header)),
    ...table.rows.map((r) => line(r.cells.map((c) => c.text))),
    ...(table.note ? ["", table.note] : []),
  ].join("\n");
}

export function toPlainText(doc: ReportDocument): string {
  const parts = [
    [doc.title, ...doc.meta.map((m) => `${m.label}: ${m.value}`)].join("\n"),
    ...doc.sections.map(sectionToText),
    ...documentTables(doc).map(tableToText),
  ];
  return `${parts.join("\n\n")}\n`;
}
