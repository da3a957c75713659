/**
 * How a controller's eye finds a table: down the sheet to a header row, then down the rows under it
 * until two blank rows in a row, the next header, or the end. Shared by the statement and indicator finders.
 */
import { gridBottom, type CellRange, type SheetGrid } from "../grid";

export interface TableRows {
  /** The rows under the header to look at, inclusive. */
  limit: number;
  isBlankRow: (row: number) => boolean;
  /** Whether a non-blank row belongs to the table (a footer note does not). */
  counts: (row: number) => boolean;
  /** Whether the table has ended at this row although it is not blank (a block printed under it). */
  ends?: (row: number) => boolean;
}

/** Every table whose header `headerAt` recognises, top to bottom, as `build` makes it from its last row. */
export function scanTables<C, T>(
  sheet: SheetGrid,
  within: CellRange | undefined,
  headerAt: (row: number) => C | null,
  rowsOf: (headerRow: number, columns: C, bottom: number) => TableRows,
  build: (headerRow: number, lastRow: number, columns: C) => T,
): T[] {
  const out: T[] = [];
  const top = within ? Math.max(within.top, sheet.top) : sheet.top;
  const bottom = within ? Math.min(within.bottom, gridBottom(sheet)) : gridBottom(sheet);
  let row = top;
  while (row <= bottom) {
    const columns = headerAt(row);
    if (!columns) {
      row++;
      continue;
    }
    const { limit, isBlankRow, counts, ends } = rowsOf(row, columns, bottom);
    let last = row;
    let blanks = 0;
    for (let r = row + 1; r <= limit; r++) {
      if (headerAt(r)) break;
      if (ends?.(r)) break;
      if (isBlankRow(r)) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      if (counts(r)) last = r;
    }
    if (last > row) out.push(build(row, last, columns));
    row = last + 1;
  }
  return out;
}
