/**
 * The report document as a Word file a report author starts from: the commentary's sections as
 * headings and paragraphs, then the key-figure, indicator and follow-up tables. The same document as the
 * Analys sheet's tables and the pane's HTML copy (src/core/document), so the three never disagree.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { documentTables, type DocCell, type DocTable, type ReportDocument } from "../core/document";
import { FILLS } from "../core/plan/cells";

function table(t: DocTable): (Paragraph | Table)[] {
  const numeric = t.columns.map((c) => c.kind === "amount" || c.kind === "percent");
  // A status cell keeps its word; the sheet's fill is only added to it, as on the Analys sheet.
  const cell = (
    text: string,
    i: number,
    bold: boolean,
    status: DocCell["status"] = null,
  ): TableCell =>
    new TableCell({
      ...(status
        ? { shading: { fill: FILLS[status].slice(2), type: ShadingType.CLEAR, color: "auto" } }
        : {}),
      children: [
        new Paragraph({
          alignment: numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map((c, i) => cell(c.header, i, true)),
  });
  const rows = t.rows.map(
    (r) => new TableRow({ children: r.cells.map((c, i) => cell(c.text, i, r.total, c.status)) }),
  );
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: t.caption, heading: HeadingLevel.HEADING_2 }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
  if (t.note) out.push(new Paragraph({ text: t.note }));
  return out;
}

export async function documentToDocx(doc: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
  ];
  if (doc.organisation) children.push(new Paragraph({ text: doc.organisation }));
  for (const m of doc.meta)
    children.push(
      new Paragraph({
        children: [new TextRun({ text: `${m.label}: `, bold: true }), new TextRun(m.value)],
      }),
    );
  for (const s of doc.sections) {
    if (s.paragraphs.length === 0) continue;
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }));
    for (const p of s.paragraphs) children.push(new Paragraph({ text: p }));
  }
  for (const t of documentTables(doc)) children.push(...table(t));
  const file = new Document({
    creator: "Uppföljning",
    title: doc.title,
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
