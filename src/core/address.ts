import type { CellRange } from "./grid";

/** 0-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to 0-based column index: A → 0. Returns -1 for anything that is not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B5" for row 4, col 1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A4:I13", or "B5" when the range is one cell. */
export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * Sheet name quoted the way Excel writes it in a reference: 'Min blad'!A1 (quotes doubled inside).
 * Names that read as a reference ("A1", and in R1C1 notation "R1C1", "R", "C5") or a boolean are quoted too.
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R\d*C?\d*|C\d*|true|false)$/i.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** 'Resultaträkning'!A4:I13 */
export function qualifiedAddress(sheet: string, r: CellRange): string {
  return `${quoteSheetName(sheet)}!${rangeAddress(r)}`;
}

/** Parses "B5", "$B$5", "A4:I13" (absolute markers allowed). Returns null when it is not an address. */
export function parseRangeAddress(text: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const left = columnIndex(m[1]);
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnIndex(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  if (left < 0 || right < 0 || top < 0 || bottom < 0) return null;
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/** Parses "'Min blad'!$A$1:$B$2" or "Blad1!A1" into sheet name and range. */
export function parseQualifiedAddress(text: string): { sheet: string; range: CellRange } | null {
  const t = text.trim().replace(/^=/, "");
  const bang = t.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = t.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const range = parseRangeAddress(t.slice(bang + 1));
  return range ? { sheet, range } : null;
}
