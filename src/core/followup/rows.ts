/** Reading one row of a follow-up table: a column's text, and whether the row is a note or heading. */
import { qualifiedAddress } from "../address";
import { diag, type Diagnostic } from "../diagnostics";
import { cellAt, type SheetGrid } from "../grid";
import { titleLinesAbove } from "../statement/titles";
import { cellText, cleanLabel } from "../text";
import type { FoundFollowup } from "./find";
import type { FollowupTableAnalysis } from "./types";

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

/** One cell, sheet-qualified ("'Mål'!C5"): where a diagnostic points. */
export function cellRef(sheet: SheetGrid, row: number, col: number): string {
  return qualifiedAddress(sheet.name, { top: row, bottom: row, left: col, right: col });
}

/** A status word the vocabulary does not know, at its cell: the item is kept, its status unknown. */
export function unknownWord(
  sheet: SheetGrid,
  row: number,
  col: number,
  word: string,
  table: string,
): Diagnostic {
  return diag("warning", "followupUnknownWord", cellRef(sheet, row, col), { word, table });
}

/** A follow-up table's analysis: its place, the items read from it and the title lines above it. */
export function tableAnalysis<R extends string, I>(
  sheet: SheetGrid,
  t: FoundFollowup<R>,
  items: I[],
): FollowupTableAnalysis<I> {
  return {
    sheet: sheet.name,
    range: t.range,
    headerRow: t.headerRow,
    items,
    titleLines: titleLinesAbove(sheet, t.headerRow, t.range.left, t.range.right),
  };
}
