/**
 * Estimates of how much room text takes in a sheet. Neither Excel nor LibreOffice sizes columns or
 * grows rows for wrapped text when a file is opened, so the plan sets widths and heights itself.
 * Column widths are in Excel's character units (the width of a digit of the default 11 pt font).
 * The estimates lean wide: a row a little too tall prints whole, one too short cuts text.
 */

const DEFAULT_SIZE = 11;
/** Character units one character of prose takes on average (see wrappedLines). */
const PROSE_UNITS = 0.9;

/** Character units a text needs on one line (bold and larger fonts take more). */
export function textUnits(text: string, opts: { bold?: boolean; fontSize?: number } = {}): number {
  const scale = ((opts.fontSize ?? DEFAULT_SIZE) / DEFAULT_SIZE) * (opts.bold ? 1.1 : 1);
  return text.length * scale;
}

/** The width of the longest word: what a wrapped header needs at least. */
export function longestWordUnits(
  text: string,
  opts: { bold?: boolean; fontSize?: number } = {},
): number {
  return text.split(/\s+/).reduce((w, word) => Math.max(w, textUnits(word, opts)), 0);
}

/**
 * Lines a text wraps to in a cell (or merged area) of the given width, word by word. A character of
 * prose averages about 0.8 of a digit's width in Calibri and in the fonts LibreOffice substitutes;
 * 0.9 leaves a margin for capitals and bold.
 */
export function wrappedLines(text: string, units: number, fontSize = DEFAULT_SIZE): number {
  const perLine = Math.max(4, Math.floor(((units - 1) / PROSE_UNITS) * (DEFAULT_SIZE / fontSize)));
  let lines = 0;
  for (const part of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of part.split(/\s+/).filter((w) => w !== "")) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= perLine) line = need;
      else {
        lines += line === 0 ? 0 : 1;
        // A word longer than a line breaks across lines.
        lines += Math.floor(Math.max(0, word.length - 1) / perLine);
        line = word.length % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
}

/** Height in points of one line at a font size (Excel's 15 pt rows for 11 pt text). */
export function lineHeight(fontSize = DEFAULT_SIZE): number {
  return Math.ceil(fontSize * 1.36);
}
