/**
 * Finds resultaträkning tables in a sheet by their header row, wherever they start: title rows above,
 * blank rows, a group-heading row above the headers ("Ackumulerat" / "Helår"), Excel tables or plain ranges.
 */
import type { StatementColumns, StatementField } from "../analysis";
import {
  cellAt,
  isBlank,
  gridBottom,
  gridRight,
  type CellRange,
  type CellValue,
  type SheetGrid,
} from "../grid";
import { readNumber } from "../parse/number";
import { cellText, isBareYear, normalize } from "../text";
import { classifyStatementHeader, isResultBudgetHeader } from "./statementHeaders";
import { scanTables } from "./scan";
import { resolveColumns, type HeaderCell } from "./resolveColumns";
import { refineByArithmetic, type RoleNote } from "./arithmeticRoles";
import { isVaravLabel } from "../statement/rowKinds";

export interface FoundStatement {
  sheet: string;
  headerRow: number;
  /** Rows of data, header excluded: firstRow..lastRow. */
  firstRow: number;
  lastRow: number;
  columns: StatementColumns;
  range: CellRange;
  /** Roles settled by arithmetic or by the latest bare year: said in a diagnostic. */
  roleNotes: RoleNote[];
  /** A block printed under the statement (balanskravsutredning, nyckeltal, noter), not read as rows. */
  blockAfter: CellRange | null;
}

/** The statement's bottom line: nothing after it belongs to the statement. */
const BOTTOM_LINE =
  /^(årets|periodens|delårets|månadens|prognostiserat|beräknat) (resultat|överskott|underskott)\b|^resultat (efter|före)? ?(extraordinära poster)?$|^net result|^result for the (year|period)/;
/** Blocks printed under statements: a heading that starts something else. */
const BLOCK_HEADING =
  /^(balanskravsutredning|balanskravsresultat|avstämning (mot )?(av )?balanskrav|resultat enligt balanskrav|nyckeltal|finansiella nyckeltal|noter\b|not \d)/;

/** Columns that must not be read as data: our own earlier output. */
export type ColumnMask = (row: number, col: number) => boolean;

const VALUE_FIELDS: StatementField[] = [
  "actual",
  "budget",
  "fullYearBudget",
  "forecast",
  "priorYear",
];

/** The header cells of a row, combined with a group heading in the row above where there is one. */
function headerCells(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number,
  masked: ColumnMask,
): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const groups = groupHeadings(sheet, row - 1, left, right);
  const sections = columnSections(sheet, row - 1, left, right);
  // Beside a unit or label header ("Mnkr", "Belopp i tkr"), bare years are outcome columns: "Mnkr | 2024 | 2023".
  // So are they beside a heading that names a field ("BUDGET 2019 | 2019 | 2018 | 2017").
  let labelHeader = false;
  for (let c = left; c <= right && !labelHeader; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== "string" || isBareYear(v)) continue;
    const role = classifyStatementHeader(v).role;
    labelHeader = role === "label" || role === "field";
  }
  for (let c = left; c <= right; c++) {
    if (masked(row, c)) continue;
    const raw = cellAt(sheet, row, c);
    const own = cellText(raw).trim();
    if (own === "") continue;
    const group = groups.get(c);
    // Headers are words; a figure is data. Only a year under a group heading ("Utfall" over 2024 | 2025) is a header.
    const isYear = isBareYear(own);
    if ((typeof raw !== "string" || readNumber(raw).ok) && !(isYear && (group || labelHeader)))
      continue;
    let header = classifyStatementHeader(isYear && !group ? `Utfall ${own}` : own);
    let text = own;
    if (group) {
      const combined = classifyStatementHeader(`${group} ${own}`);
      if (combined.role === "field") {
        header = combined;
        text = `${group} ${own}`;
      }
    }
    cells.push({ col: c, text: text.replace(/\s+/g, " "), header, section: sections.get(c) });
  }
  // Beside a budgeted result ("Budgeterat resultat") a bare "Resultat" is the outcome it is measured by.
  if (cells.some((x) => x.header.role === "field" && isResultBudgetHeader(x.text)))
    for (const x of cells)
      if (x.header.role === "ignore" && /^resultat$/.test(normalize(x.text)))
        x.header = { role: "field", field: "actual", year: null, partial: false };
  return cells;
}

const GROUP_WORDS =
  /ack|period|helår|år\b|prognos|budget|utfall|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|tertial|kvartal|delår|\b20\d\d\b/;

/**
 * Group headings spanning several columns above the header row. A merged cell spans its merge;
 * an unmerged heading such as "Helår" spans rightwards until the next heading.
 */
function groupHeadings(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number,
): Map<number, string> {
  const out = new Map<number, string>();
  if (row < sheet.top) return out;
  const texts: { col: number; text: string }[] = [];
  for (let c = left; c <= right; c++) {
    const t = cellText(cellAt(sheet, row, c)).trim();
    if (t !== "") texts.push({ col: c, text: t });
  }
  // A lone text in the first column is a title, not a group heading.
  if (texts.length === 0 || (texts.length === 1 && texts[0].col === left)) return out;
  if (!texts.some((t) => GROUP_WORDS.test(normalize(t.text)))) return out;
  for (let i = 0; i < texts.length; i++) {
    const { col, text } = texts[i];
    const merge = sheet.merges?.find((m) => m.top <= row && m.bottom >= row && m.left === col);
    const end = merge ? merge.right : i + 1 < texts.length ? texts[i + 1].col - 1 : right;
    for (let c = col; c <= Math.min(end, right); c++) out.set(c, text);
  }
  return out;
}

/**
 * Parallel column groups named in the row above the headers ("Kommunkoncernen | | Kommunen" over the years):
 * each heading spans its merge, or rightwards to the next heading. Column → the group's first column.
 */
function columnSections(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number,
): Map<number, number> {
  const out = new Map<number, number>();
  if (row < sheet.top) return out;
  const starts: number[] = [];
  for (let c = left; c <= right; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string" || readNumber(v).ok) return out;
    starts.push(c);
  }
  if (starts.length < 2) return out;
  starts.forEach((col, i) => {
    const merge = sheet.merges?.find((m) => m.top <= row && m.bottom >= row && m.left === col);
    const end = merge ? merge.right : i + 1 < starts.length ? starts[i + 1] - 1 : right;
    for (let c = col; c <= Math.min(end, right); c++) out.set(c, col);
  });
  return out;
}

function rowIsBlank(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(cellAt(sheet, row, c))) return false;
  return true;
}

/** A figure or an error value where a figure belongs (#REF!): the row is data, to be reported, not cut off. */
function rowHasFigure(sheet: SheetGrid, row: number, cols: number[]): boolean {
  return cols.some((c) => {
    const parsed = readNumber(cellAt(sheet, row, c));
    return parsed.ok || parsed.reason === "error";
  });
}

/**
 * The first header row: a row of headings right above the header row ("Kommunen | Sammanställd
 * redovisning" over the years) belongs to the table; a lone title in the first column does not.
 */
function headerTop(sheet: SheetGrid, headerRow: number, labelCol: number): number {
  const above = headerRow - 1;
  if (above < sheet.top) return headerRow;
  const values = sheet.values[above - sheet.top] ?? [];
  let headings = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || readNumber(v).ok) return headerRow;
    if (sheet.left + i > labelCol) headings++;
  }
  return headings > 0 ? above : headerRow;
}

/** A heading cell: words, or a year written as a number ("2018"). */
function isHeading(v: CellValue): boolean {
  if (typeof v === "number") return isBareYear(String(v));
  return typeof v === "string" && v.trim() !== "";
}

/**
 * The right edge of the headings: columns the table prints right of its amounts (koncern, Not) are in
 * its range, as far as the headings run on without a gap; our own earlier output is not.
 */
function headerRight(
  sheet: SheetGrid,
  headerRow: number,
  from: number,
  masked: ColumnMask,
): number {
  let right = from;
  const last = gridRight(sheet);
  while (
    right + 1 <= last &&
    !masked(headerRow, right + 1) &&
    isHeading(cellAt(sheet, headerRow, right + 1))
  )
    right++;
  return right;
}

/** A lone title right above the header that names deviations ("Prognosavvikelse, Mkr"): a deviations table. */
function deviationTitleAbove(sheet: SheetGrid, headerRow: number): boolean {
  const above = headerRow - 1;
  if (above < sheet.top) return false;
  const texts = (sheet.values[above - sheet.top] ?? []).filter((v) => !isBlank(v));
  if (texts.length !== 1 || typeof texts[0] !== "string") return false;
  const h = classifyStatementHeader(texts[0]);
  return h.role === "field" && (h.field === "budgetDiff" || h.field === "forecastDiff");
}

/** A block right under the table that it ended on (a heading and rows with figures), or null. */
function blockBelow(
  sheet: SheetGrid,
  from: number,
  valueCols: number[],
  labelCol: number,
): CellRange | null {
  const bottom = gridBottom(sheet);
  let start = from;
  while (
    start <= bottom &&
    isBlank(cellAt(sheet, start, labelCol)) &&
    !rowHasFigure(sheet, start, valueCols)
  )
    start++;
  if (start > bottom || start > from + 1) return null;
  const label = normalize(cellText(cellAt(sheet, start, labelCol)));
  if (!BLOCK_HEADING.test(label) && rowHasFigure(sheet, start, valueCols)) return null;
  let last = -1;
  let blanks = 0;
  for (let r = start; r <= bottom && blanks < 2; r++) {
    const blank = isBlank(cellAt(sheet, r, labelCol)) && !rowHasFigure(sheet, r, valueCols);
    blanks = blank ? blanks + 1 : 0;
    if (rowHasFigure(sheet, r, valueCols)) last = r;
  }
  if (last < 0) return null;
  const left = Math.min(labelCol, ...valueCols);
  return { top: start, left, bottom: last, right: Math.max(labelCol, ...valueCols) };
}

/** The header row's columns, or null when the row is not a statement header. */
export function statementHeaderAt(
  sheet: SheetGrid,
  row: number,
  masked: ColumnMask = () => false,
): StatementColumns | null {
  const left = sheet.left;
  const right = gridRight(sheet);
  // Cheap reject first: a header row has at least two cells with words (most rows are figures).
  let words = 0;
  let years = 0;
  const values = sheet.values[row - sheet.top] ?? [];
  for (const v of values) {
    if (typeof v === "string" && /[a-zåäö]/i.test(v)) words++;
    else if (isBareYear(cellText(v))) years++;
  }
  // A years-only row under a row of headings is the second of two header rows ("Bokslut | Budget" over "2023 | 2024").
  const underHeadings = years >= 2 && row > sheet.top && rowHasWords(sheet, row - 1);
  if (words < 2 && !(words === 1 && years >= 1) && !underHeadings) return null;
  if (years > 0 && row > sheet.top && rowHasWords(sheet, row - 1) && isDataLine(sheet, row))
    return null;
  const cells = headerCells(sheet, row, left, right, masked);
  const fieldCount = cells.filter((c) => c.header.role === "field").length;
  if (fieldCount < 2) return null;
  const resolved = resolveColumns(cells);
  const present = VALUE_FIELDS.filter((f) => resolved.fields[f] !== undefined);
  if (deviationTitleAbove(sheet, row)) return null;
  // "PROGNOSAVVIKELSE, MKR" over the names: every figure in the table is a deviation.
  const firstText = cells.length > 0 ? cells[0] : null;
  if (
    firstText &&
    firstText.header.role === "field" &&
    (firstText.header.field === "budgetDiff" || firstText.header.field === "forecastDiff") &&
    !cells.some((c) => c.col < firstText.col)
  )
    return null;
  const analysable = isAnalysable({
    label: 0,
    comment: null,
    fields: resolved.fields,
    headers: {},
  });
  // An outcome or a budget with a deviation and unrecognised columns beside: arithmetic may tell the rest.
  const provisional =
    !analysable &&
    (resolved.fields.budgetDiff !== undefined || resolved.fields.forecastDiff !== undefined) &&
    present.length >= 1 &&
    cells.some((c) => c.header.role === "ignore" && !/^not(er)?$/i.test(c.text.trim()));
  if (!analysable && !provisional) return null;

  const firstValueCol = Math.min(...present.map((f) => resolved.fields[f] as number));
  const label = pickLabelColumn(sheet, row, left, firstValueCol, resolved.labelCols);
  if (label === null) return null;
  return {
    label,
    comment: resolved.commentCol,
    fields: resolved.fields,
    headers: resolved.headers,
    numeric: cells
      .filter((c) => c.col !== label && c.header.role !== "label" && c.header.role !== "comment")
      .map((c) => ({ col: c.col, header: c.text })),
  };
}

/**
 * A line of 2000-ish figures under a header row ("Lokalkostnader | 2013 | 2019"): data, not a second header
 * row of years. A row of years has a year in every column headed above it and no name of its own beside
 * them (at most a unit or label heading such as "Belopp i mnkr", or a note reference); a data line has a
 * name, or a figure that is no year under a heading.
 */
function isDataLine(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row - sheet.top] ?? [];
  const above = sheet.values[row - 1 - sheet.top] ?? [];
  let firstYear = -1;
  for (let i = 0; i < values.length; i++) {
    if (isBareYear(cellText(values[i]))) {
      firstYear = i;
      break;
    }
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isBlank(v)) continue;
    const text = cellText(v).trim();
    if (isBareYear(text)) continue;
    const parsed = readNumber(v);
    // A figure that is no year, right of the years' start and under a heading: an amount.
    if (parsed.ok) {
      if (i > firstYear && !isBlank(above[i])) return true;
      continue;
    }
    // A name left of the years that is no heading ("Lokalkostnader", not "Belopp i mnkr" or "Not").
    if (i < firstYear && /[a-zåäö]/i.test(text) && !isHeaderWord(text)) return true;
  }
  return false;
}

/** Text a header row holds: a recognised heading, a unit, or a note column heading. */
function isHeaderWord(text: string): boolean {
  return classifyStatementHeader(text).role !== "ignore" || /^(not|noter)$/i.test(text.trim());
}

function rowHasWords(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row - sheet.top] ?? [];
  let words = 0;
  for (const v of values) if (typeof v === "string" && /[a-zåäö]/i.test(v)) words++;
  return words >= 2;
}

/** The label column: a recognised label header left of the figures, else the most text-filled column there. */
function pickLabelColumn(
  sheet: SheetGrid,
  headerRow: number,
  left: number,
  firstValueCol: number,
  labelCols: number[],
): number | null {
  const candidates: number[] = [];
  for (let c = left; c < firstValueCol; c++) candidates.push(c);
  if (candidates.length === 0) return null;
  const bottom = Math.min(gridBottom(sheet), headerRow + 60);
  let best: number | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    for (let r = headerRow + 1; r <= bottom; r++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === "string" && v.trim() !== "" && !readNumber(v).ok) score++;
    }
    if (labelCols.includes(c)) score += 0.5;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : (labelCols[0] ?? null);
}

/**
 * Every statement table on the sheet, top to bottom. A table's rows run until two blank rows in a row,
 * another header row, the end of an Excel table around it, or the end of the sheet.
 */
export function findStatementTables(
  sheet: SheetGrid,
  masked: ColumnMask = () => false,
  within?: CellRange,
): FoundStatement[] {
  const spanOf = (columns: StatementColumns) => {
    const valueCols = Object.values(columns.fields) as number[];
    return {
      valueCols,
      left: Math.min(columns.label, ...valueCols),
      right: Math.max(...valueCols, columns.comment ?? -1, columns.label),
    };
  };
  const lastWithFigure = (headerRow: number, last: number, valueCols: number[]): number => {
    // Trailing rows without figures (notes, footers) do not belong to the table; a row of #REF! does.
    while (last > headerRow && !rowHasFigure(sheet, last, valueCols)) last--;
    return last;
  };
  return scanTables(
    sheet,
    within,
    (row) => statementHeaderAt(sheet, row, masked),
    (headerRow, columns, bottom) => {
      const { valueCols, left, right } = spanOf(columns);
      const table = sheet.tables?.find((t) => t.range.top === headerRow);
      let bottomLineSeen = false;
      let figureRows = 0;
      return {
        limit: table ? Math.min(table.range.bottom, bottom) : bottom,
        isBlankRow: (r) => rowIsBlank(sheet, r, left, right),
        counts: (r) =>
          rowHasFigure(sheet, r, valueCols) || !isBlank(cellAt(sheet, r, columns.label)),
        ends: (r) => {
          const label = normalize(cellText(cellAt(sheet, r, columns.label)));
          if (BLOCK_HEADING.test(label)) return true;
          const figures = rowHasFigure(sheet, r, valueCols);
          // Nothing after the bottom line belongs to the statement but its own "varav" lines:
          // balanskrav adjustments and key ratios printed under it are a block of their own.
          if (bottomLineSeen && (figures || label !== "") && !isVaravLabel(label)) return true;
          // A bottom line printed first is a total above its parts ("Årets resultat" over the nämnder).
          if (figures && BOTTOM_LINE.test(label) && figureRows > 0) bottomLineSeen = true;
          if (figures) figureRows++;
          return false;
        },
      };
    },
    (headerRow, lastRow, columns) => {
      const last = lastWithFigure(headerRow, lastRow, spanOf(columns).valueCols);
      const roleNotes = refineByArithmetic(sheet, headerRow + 1, last, columns);
      const actualHeader = columns.headers.actual?.trim() ?? "";
      if (isBareYear(actualHeader) && columns.fields.actual !== undefined)
        roleNotes.push({
          field: "actual",
          col: columns.fields.actual,
          header: actualHeader,
          how: "latestYear",
        });
      const spanNow = spanOf(columns);
      return {
        analysable: isAnalysable(columns),
        sheet: sheet.name,
        headerRow,
        firstRow: headerRow + 1,
        lastRow: last,
        columns,
        range: {
          top: headerTop(sheet, headerRow, columns.label),
          left: spanNow.left,
          bottom: last,
          right: headerRight(sheet, headerRow, spanNow.right, masked),
        },
        roleNotes,
        blockAfter: blockBelow(sheet, lastRow + 1, spanNow.valueCols, columns.label),
      };
    },
  )
    .filter((t) => t.lastRow > t.headerRow && t.analysable)
    .map(({ analysable: _, ...t }) => t);
}

/** Outcome with a budget or only the sheet's own deviation; a forecast with the year's budget or its deviation. */
function isAnalysable(columns: StatementColumns): boolean {
  const f = columns.fields;
  const values = VALUE_FIELDS.filter((k) => f[k] !== undefined).length;
  return (
    (f.actual !== undefined && (values >= 2 || f.budgetDiff !== undefined)) ||
    (f.forecast !== undefined && (f.fullYearBudget !== undefined || f.forecastDiff !== undefined))
  );
}

/**
 * Tables of deviations only (prognosavvikelser per nämnd, no amounts): found so the reading can say why
 * they are not analysed as budget follow-up.
 */
export function findDeviationOnlyTables(
  sheet: SheetGrid,
  within?: CellRange,
): { sheet: string; range: CellRange }[] {
  const headerAt = (row: number): number[] | null => {
    const values = sheet.values[row - sheet.top] ?? [];
    const diffs: number[] = [];
    let amounts = 0;
    values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const h = classifyStatementHeader(v);
      if (h.role !== "field") return;
      if (h.field === "budgetDiff" || h.field === "forecastDiff") diffs.push(sheet.left + i);
      else if (h.field !== "yoyPct") amounts++;
    });
    // A deviation heading over the names ("PROGNOSAVVIKELSE, MKR") says the whole table is deviations.
    const first = values.findIndex((v) => typeof v === "string" && v.trim() !== "");
    const titled =
      (first >= 0 && diffs[0] === sheet.left + first) ||
      (deviationTitleAbove(sheet, row) && values.filter((v) => typeof v === "string").length >= 2);
    const cols = titled
      ? values.flatMap((v, i) => (i > first && !isBlank(v) ? [sheet.left + i] : []))
      : diffs;
    return (diffs.length > 0 && amounts === 0) || titled ? cols : null;
  };
  return scanTables(
    sheet,
    within,
    headerAt,
    (headerRow, cols, bottom) => ({
      limit: bottom,
      isBlankRow: (r) => rowIsBlank(sheet, r, sheet.left, Math.max(...cols)),
      counts: (r) => rowHasFigure(sheet, r, cols),
    }),
    (headerRow, lastRow, cols) => ({
      sheet: sheet.name,
      range: { top: headerRow, left: sheet.left, bottom: lastRow, right: Math.max(...cols) },
    }),
  );
}
