/** Reading one row of a follow-up table: a column's text, and whether the row is a note or heading. */
import { cellAt, type SheetGrid } from "../grid";
import { cellText, cleanLabel } from "../text";

export function textAt(sheet: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  return cleanLabel(cellText(cellAt(sheet, row, col)));
}

export function orNull(text: string): string | null {
  return text === "" ? null : text;
}

/** A footnote or remark inside a table: "* aktivitet nedskickad …", "Not: …", "Källa: …". */
export function isNote(text: string): boolean {
  return /^(\*|not\b|anm\b|anm\.|anmärkning:|källa:|kommentar:|note:|source:)/i.test(text);
}

/** A heading inside a goal table: a perspective or area, a line ending in a colon. */
export function isHeading(text: string): boolean {
  return (
    /:$/.test(text) ||
    /^(\S+perspektiv(et)?|perspektiv\b|målområde\b|fokusområde\b|strategiskt område\b|område\b)/i.test(
      text,
    ) ||
    /perspective$/i.test(text)
  );
}

/** Whether the cell is covered by a merge that reaches past it to the right (a heading across the table). */
export function mergedAcross(sheet: SheetGrid, row: number, col: number): boolean {
  return (
    sheet.merges?.some((m) => m.top <= row && m.bottom >= row && m.left === col && m.right > col) ??
    false
  );
}
