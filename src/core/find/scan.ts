/**
 * How a controller's eye finds a table: down the sheet to a header row, then down the rows under it
 * until two blank rows in a row, the next header, or the end. Shared by the statement and indicator finders.
 */
import { cellAt, gridBottom, isBlank, type CellRange, type SheetGrid } from "../grid";

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

/** A table found under a header row: its columns, its rows and the range it covers. */
export interface FoundTable<C> {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: C;
  /** Header row + rows, across the table's columns. */
  range: CellRange;
}

/**
 * Tables of named columns (indicators, goals, actions, controls): the rows run until two in a row are
 * blank in every one of the table's columns, and a table covers its columns from the leftmost to the
 * rightmost, widened by `widen` where the table reaches further (its unnamed columns).
 */
export function scanColumnTables<C>(
  sheet: SheetGrid,
  within: CellRange | undefined,
  headerAt: (row: number) => C | null,
  colsOf: (columns: C) => number[],
  widen: (headerRow: number, left: number, right: number) => [number, number] = (_h, l, r) => [
    l,
    r,
  ],
): FoundTable<C>[] {
  return scanTables(
    sheet,
    within,
    headerAt,
    (_headerRow, columns, bottom) => ({
      limit: bottom,
      isBlankRow: (r) => colsOf(columns).every((c) => isBlank(cellAt(sheet, r, c))),
      counts: () => true,
    }),
    (headerRow, lastRow, columns) => {
      const cols = colsOf(columns);
      const [left, right] = widen(headerRow, Math.min(...cols), Math.max(...cols));
      return {
        sheet: sheet.name,
        headerRow,
        firstRow: headerRow + 1,
        lastRow,
        columns,
        range: { top: headerRow, left, bottom: lastRow, right },
      };
    },
  );
}
