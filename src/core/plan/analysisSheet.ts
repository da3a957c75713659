/**
 * The analysis sheet, laid out to print as a report on A4 portrait: title and source, the commentary
 * one wrapped paragraph per row (merged across the table width, so a cell copies as one paragraph),
 * then the indicator table and the key-figure table, whose header repeats on every printed page
 * after it starts. The tables come from the report document, as in the Word file and the pane's copy.
 */
import type { Analysis } from "../analysis";
import type { Commentary } from "../commentary/types";
import { buildDocument, type DocTable, type ReportDocument } from "../document";
import type { CellRange } from "../grid";
import { texts, type Terms } from "../locale";
import type { Settings } from "../settings";
import { FILLS, formatTable, textCellFormat } from "./cells";
import { lineHeight, longestWordUnits, textUnits, wrappedLines } from "./measure";
import type { CellBlock, CellFormat, ConditionalFormat, PageSetup, PlanValue } from "./types";

export { FULL_TABLE_MAX_ROWS, LARGEST_LINES, keyFigureRows } from "../document";

/** What one cell of the sheet holds; span > 1 merges it with the cells to its right. */
export interface SheetCell {
  value: PlanValue;
  format: CellFormat | null;
  span?: number;
}

const DEFAULT_ROW_POINTS = 15;
const MAX_ROW_POINTS = 409;
/** Paragraph text lines are this wide at least (character units), tables narrower get room beside. */
const MIN_TEXT_UNITS = 90;
const LABEL_UNITS = { min: 14, max: 32 };
/** How wide a second table's names may grow by merging columns. */
const SPAN_LABEL_UNITS = 60;
/** Deviation columns carry data bars: room for a bar beside the number. */
const BAR_UNITS = 10;
const VALUE_UNITS = { min: 6, max: 16 };
const CUT_WORD_COST = 1e6;
/** Free text (comments, notes, the fulfilment in words) gets more room before it wraps. */
const TEXT_UNITS = { min: 6, max: 40 };
/** Tables a size below the text: ten columns of figures fit A4 portrait with the text still at 10 pt printed. */
export const FONT = { title: 15, heading: 13, body: 11, table: 9 } as const;
const HEADER_FILL = "FFDDEBF7";
/** Excel's own data bar colours: green for favourable deviations, red for unfavourable. */
export const DATA_BAR = { positive: "FF63BE7B", negative: "FFF8696B" } as const;

/** Wrapped text reads from the top of its cell: a row as tall as its longest neighbour starts level. */
const WRAPPED = { wrap: true, vertical: "top" } as const;

const isBarColumn = (key: string | undefined): boolean =>
  key === "budgetDeviation" || key === "forecastDeviation";

/** The sheet as rows of cells, with the merges and row heights their text needs. */
export class SheetLayout {
  readonly rows: SheetCell[][] = [];
  readonly heights: (number | null)[] = [];
  readonly merges: CellRange[] = [];

  constructor(readonly widths: number[]) {}

  get next(): number {
    return this.rows.length;
  }

  /** Width of columns from..from+span-1 in character units (merged cells also gain the gaps). */
  unitsOf(from: number, span: number): number {
    let w = 0;
    for (let i = from; i < from + span && i < this.widths.length; i++) w += this.widths[i];
    return w + 0.7 * (span - 1);
  }

  /** Adds a row; returns its index. */
  line(...cells: SheetCell[]): number {
    const row = this.rows.length;
    let col = 0;
    let height = DEFAULT_ROW_POINTS;
    for (const cell of cells) {
      const span = Math.max(1, Math.min(cell.span ?? 1, this.widths.length - col));
      if (span > 1) this.merges.push({ top: row, bottom: row, left: col, right: col + span - 1 });
      const size = cell.format?.fontSize ?? FONT.body;
      const lines =
        cell.format?.wrap && typeof cell.value === "string"
          ? wrappedLines(cell.value, this.unitsOf(col, span), size)
          : 1;
      height = Math.max(height, lines * lineHeight(size));
      col += span;
    }
    this.rows.push(cells);
    // Excel allows rows up to 409 pt; longer text is cut in print but stays whole in the cell.
    this.heights.push(height > DEFAULT_ROW_POINTS ? Math.min(MAX_ROW_POINTS, height) : null);
    return row;
  }

  /** The merges, rows with the same merged columns joined into one range each. */
  mergeAcross(): CellRange[] {
    const done: CellRange[] = [];
    const open = new Map<string, CellRange>();
    for (const m of this.merges) {
      const k = `${m.left}:${m.right}`;
      const prev = open.get(k);
      if (prev && prev.bottom === m.top - 1) prev.bottom = m.top;
      else {
        if (prev) done.push(prev);
        open.set(k, { ...m });
      }
    }
    return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }

  blank(): void {
    this.line();
  }

  /** Text across the whole width, wrapped. */
  paragraph(text: string, format: CellFormat = {}): number {
    return this.line(cell(text, { ...format, ...WRAPPED }, this.widths.length));
  }

  heading(text: string, fontSize: number = FONT.heading): number {
    // Unwrapped text runs over the empty cells beside it: no merge needed.
    return this.line(cell(text, { bold: true, fontSize }));
  }
}

/** A cell of workbook or generated text; formula-like text stays text. */
export function cell(value: PlanValue, format: CellFormat | null = null, span = 1): SheetCell {
  return { value, format: textCellFormat(value, format), span };
}

/** What every block of the sheet may use. */
export interface AnalysisSheetInput {
  analysis: Analysis;
  commentary: Commentary;
  settings: Settings;
  doc: ReportDocument;
  T: Terms;
}

/** Where a written table's parts are (sheet rows, 0-based): for print titles and data bars. */
interface PlacedTable {
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

export interface SheetState {
  layout: SheetLayout;
  /** Columns the tables use (paragraphs may run wider). */
  tableColumns: number;
  keyFigures: PlacedTable | null;
  conditionalFormats: ConditionalFormat[];
}

/** One part of the sheet, written top to bottom. */
export type AnalysisBlock = (input: AnalysisSheetInput, sheet: SheetState) => void;

function titleBlock({ doc, T }: AnalysisSheetInput, { layout }: SheetState): void {
  layout.heading(doc.title, FONT.title);
  layout.paragraph(T.sheet.generatedBy);
  for (const m of doc.meta)
    layout.line(cell(m.label, { bold: true }), cell(m.value || null, null, 99));
}

function commentaryBlock({ doc }: AnalysisSheetInput, { layout }: SheetState): void {
  for (const section of doc.sections) {
    layout.blank();
    layout.heading(section.heading);
    for (const p of section.paragraphs) layout.paragraph(p);
  }
}

const NUMBER_FORMATS: Record<string, (decimals: number) => string> = {
  amount: (d) => (d > 0 ? `#,##0.${"0".repeat(d)}` : "#,##0"),
  percent: (d) => (d > 0 ? `0.${"0".repeat(d)}` : "0"),
};

/** A document table as sheet rows: caption, a header that wraps, then the rows; the last column reaches the table width. */
export function writeTable(table: DocTable, state: SheetState): PlacedTable {
  const { layout } = state;
  const spans = columnSpans(table, layout, state.tableColumns);
  const spanOf = (i: number): number => spans[i];
  const numeric = (i: number): boolean =>
    table.columns[i].kind === "amount" || table.columns[i].kind === "percent";
  layout.blank();
  layout.heading(table.caption);
  const headerRow = layout.line(
    ...table.columns.map((c, i) =>
      cell(
        c.header,
        {
          bold: true,
          ...WRAPPED,
          fill: HEADER_FILL,
          fontSize: FONT.table,
          ...(numeric(i) ? { align: "right" } : {}),
        },
        spanOf(i),
      ),
    ),
  );
  let lastRow = headerRow;
  for (const row of table.rows) {
    lastRow = layout.line(
      ...row.cells.map((c, i): SheetCell => {
        const col = table.columns[i];
        const bold = row.total ? { bold: true, fontSize: FONT.table } : { fontSize: FONT.table };
        if (numeric(i))
          return c.value === null
            ? { value: null, format: null, span: spanOf(i) }
            : {
                value: c.value,
                format: { ...bold, numberFormat: NUMBER_FORMATS[col.kind](col.decimals) },
                span: spanOf(i),
              };
        if (col.kind === "status" && c.status)
          return cell(
            c.text,
            { fill: FILLS[c.status], fontSize: FONT.table, ...WRAPPED },
            spanOf(i),
          );
        return cell(c.text || null, c.text ? { ...bold, ...WRAPPED } : null, spanOf(i));
      }),
    );
  }
  if (table.note) layout.paragraph(table.note);
  return { headerRow, firstRow: headerRow + 1, lastRow };
}

function indicatorBlock({ doc }: AnalysisSheetInput, state: SheetState): void {
  if (doc.indicators) writeTable(doc.indicators, state);
}

function keyFigureBlock({ doc }: AnalysisSheetInput, state: SheetState): void {
  const table = doc.keyFigures;
  if (!table) return;
  const placed = writeTable(table, state);
  state.keyFigures = placed;
  if (placed.lastRow < placed.firstRow) return;
  table.columns.forEach((c, i) => {
    if (!isBarColumn(c.key)) return;
    state.conditionalFormats.push({
      kind: "dataBar",
      range: { top: placed.firstRow, bottom: placed.lastRow, left: i, right: i },
      ...DATA_BAR,
    });
  });
}

/**
 * The sheet top to bottom. The key figures come last: their header is the print title, which
 * spreadsheets repeat on every page after it first appears. Other parts add their blocks here.
 */
const BLOCKS: AnalysisBlock[] = [
  titleBlock,
  commentaryBlock,
  // Goals, action plans, internal control (document/followup.ts).
  ({ doc }, state) => doc.followup.forEach((t) => writeTable(t, state)),
  indicatorBlock,
  keyFigureBlock,
];

/** The width a table's column asks for: its header's longest word, its longest cell, within bounds. */
function columnNeed(table: DocTable, i: number, labelMax: number = LABEL_UNITS.max): number {
  const col = table.columns[i];
  const fontSize = FONT.table;
  let need = longestWordUnits(col.header, { bold: true, fontSize }) + 1;
  for (const r of table.rows) {
    const text = r.cells[i]?.text ?? "";
    need = Math.max(
      need,
      // A status of two words ("Följer kostnaderna") wraps: the column needs its longest word.
      col.kind === "status"
        ? // A status word has a fill to fit; an explanation ("Följer kostnaderna") wraps instead.
          (r.cells[i]?.status
            ? textUnits(text, { fontSize })
            : longestWordUnits(text, { fontSize })) + 2
        : textUnits(text, { bold: r.total, fontSize }) + 1,
    );
  }
  if (isBarColumn(col.key)) need = Math.max(need, BAR_UNITS);
  const bounds =
    i === 0 ? { ...LABEL_UNITS, max: labelMax } : col.kind === "text" ? TEXT_UNITS : VALUE_UNITS;
  return Math.ceil(Math.min(bounds.max, Math.max(bounds.min, need)));
}

/**
 * Column widths from the main table (the key figures, else the table with the most columns); a
 * table with more columns adds its own. Other tables fit into these columns by merging neighbours
 * (see columnSpans).
 */
export function tableColumnWidths(main: DocTable | null, others: DocTable[]): number[] {
  const first =
    main ??
    others.reduce<DocTable | null>(
      (w, t) => (w === null || t.columns.length > w.columns.length ? t : w),
      null,
    );
  const widths = first ? first.columns.map((_, i) => columnNeed(first, i)) : [];
  for (const t of others)
    for (let i = widths.length; i < t.columns.length; i++) widths.push(columnNeed(t, i));
  return widths.length > 0 ? widths : [LABEL_UNITS.max];
}

/**
 * How many sheet columns each of a table's columns takes, so that the words fit best: of every way
 * to split the columns into neighbouring groups, the one whose columns fall least short of what
 * their text asks for (squared, so that one badly cut column costs more than two slightly narrow
 * ones); ties go to the earliest, which leaves the room to the last column. The last column reaches
 * the table width, or the page width when it holds free text (comments beside a narrow table).
 */
export function columnSpans(table: DocTable, layout: SheetLayout, tableColumns: number): number[] {
  const n = table.columns.length;
  const last = table.columns[n - 1];
  const right = Math.max(n, last?.kind === "text" ? layout.widths.length : tableColumns);
  const need = table.columns.map((_, j) => columnNeed(table, j, SPAN_LABEL_UNITS));
  // A word cut in the middle ("akutbeställnin-gar") costs more than any amount of wrapping.
  const fontSize = FONT.table;
  const word = table.columns.map((c, j) =>
    table.rows.reduce(
      (w, r) => Math.max(w, longestWordUnits(r.cells[j]?.text ?? "", { fontSize }) + 1),
      longestWordUnits(c.header, { bold: true, fontSize }) + 1,
    ),
  );
  const shortfall = (j: number, units: number): number => {
    const short = Math.max(0, need[j] - units);
    return short * short + (units < word[j] ? CUT_WORD_COST : 0);
  };
  let best: number[] = [];
  let bestCost = Infinity;
  const spans: number[] = [];
  const search = (j: number, col: number, cost: number): void => {
    if (cost >= bestCost) return;
    if (j === n - 1) {
      const c = cost + shortfall(j, layout.unitsOf(col, right - col));
      if (c < bestCost) {
        bestCost = c;
        best = [...spans, right - col];
      }
      return;
    }
    // Leave at least one column for each column still to come.
    for (let k = 1; col + k <= right - (n - 1 - j); k++) {
      spans.push(k);
      search(j + 1, col + k, cost + shortfall(j, layout.unitsOf(col, k)));
      spans.pop();
    }
  };
  search(0, 0, 0);
  return best.length === n ? best : table.columns.map(() => 1);
}

function pageSetup(doc: ReportDocument, T: Terms, keyFigures: PlacedTable | null): PageSetup {
  // A literal & in a header is written &&; &P and &N are Excel's page codes.
  const hf = (s: string | null): string => (s ?? "").replace(/&/g, "&&");
  return {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    header: { left: hf(doc.organisation), right: hf(doc.period) },
    footer: { left: hf(doc.title), right: T.sheet.pageNumber("&P", "&N") },
    printTitleRows: keyFigures ? { top: keyFigures.headerRow, bottom: keyFigures.headerRow } : null,
  };
}

export interface AnalysisSheetContent {
  blocks: CellBlock[];
  columnWidths: number[];
  rowHeights: (number | null)[];
  mergeAcross: CellRange[];
  pageSetup: PageSetup;
  conditionalFormats: ConditionalFormat[];
  extent: CellRange;
}

/** Turns the rows into one block of values and formats (merged cells' neighbours stay empty). */
function toBlock(layout: SheetLayout, width: number): CellBlock {
  const values: PlanValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const shared = formatTable();
  for (const r of layout.rows) {
    const v = new Array<PlanValue>(width).fill(null);
    const f = new Array<CellFormat | null>(width).fill(null);
    let col = 0;
    for (const c of r) {
      if (col >= width) break;
      v[col] = c.value;
      f[col] = shared(c.format);
      col += Math.max(1, c.span ?? 1);
    }
    values.push(v);
    formats.push(f);
  }
  return { top: 0, left: 0, values, formats };
}

export function analysisSheetBlocks(
  analysis: Analysis,
  commentary: Commentary,
  settings: Settings,
): AnalysisSheetContent {
  const T = texts(settings.lang).terms;
  const doc = buildDocument(analysis, commentary);
  const widths = tableColumnWidths(
    doc.keyFigures,
    [doc.indicators, ...doc.followup].filter((t): t is DocTable => t !== null),
  );
  const tableColumns = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  // A narrow table leaves room beside it: an empty column makes the text as wide as a page.
  if (total < MIN_TEXT_UNITS) widths.push(MIN_TEXT_UNITS - total);
  const state: SheetState = {
    layout: new SheetLayout(widths),
    tableColumns,
    keyFigures: null,
    conditionalFormats: [],
  };
  const input: AnalysisSheetInput = { analysis, commentary, settings, doc, T };
  for (const block of BLOCKS) block(input, state);
  const { layout } = state;
  const width = widths.length;
  return {
    blocks: [toBlock(layout, width)],
    columnWidths: widths,
    rowHeights: layout.heights,
    mergeAcross: layout.mergeAcross(),
    pageSetup: pageSetup(doc, T, state.keyFigures),
    conditionalFormats: state.conditionalFormats,
    extent: { top: 0, left: 0, bottom: Math.max(0, layout.rows.length - 1), right: width - 1 },
  };
}
