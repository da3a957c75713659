/**
 * The analysis sheet: title, source and period, the key-figure table, the indicators, and the commentary
 * one wrapped paragraph per row, so report authors can copy a cell straight into the report.
 */
import type { Analysis, StatementRow } from "../analysis";
import { qualifiedAddress } from "../address";
import type { Commentary } from "../commentary/types";
import type { CellRange } from "../grid";
import { terms } from "../locale";
import type { Settings } from "../settings";
import { indicatorCell, safeText, statusCell } from "./cells";
import type { CellBlock, CellFormat, PlanValue } from "./types";

type Cell = [PlanValue, CellFormat | null];

const BOLD: CellFormat = { bold: true };

/** Column A holds the paragraphs: wide enough to read, narrow enough to copy as one cell. */
const PARAGRAPH_WIDTH = 80;
const LINE_POINTS = 15;

/** Neither Excel nor LibreOffice grows a row for wrapped text on opening a file: estimate the lines. */
export function paragraphHeight(text: string, columnChars: number): number {
  const perLine = Math.max(10, Math.floor(columnChars * 1.1));
  const lines = text
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * LINE_POINTS;
}

/** A statement longer than this gets a shortened key-figure table. */
export const FULL_TABLE_MAX_ROWS = 60;
/** How many of the largest material lines a shortened table keeps, besides the totals. */
export const LARGEST_LINES = 50;

/**
 * The lines a reader of the key figures needs: all of a short statement; of a long one the totals and
 * the largest material deviations (every line keeps its status in the column beside the statement).
 */
export function keyFigureRows(rows: StatementRow[]): StatementRow[] {
  if (rows.length <= FULL_TABLE_MAX_ROWS) return rows;
  const size = (r: StatementRow): number =>
    Math.max(
      r.material ? Math.abs(r.budgetDeviation ?? 0) : 0,
      r.forecastMaterial ? Math.abs(r.forecastDeviation ?? 0) : 0,
    );
  const largest = new Set(
    rows
      .filter((r) => !r.subtotal && size(r) > 0)
      .sort((a, b) => size(b) - size(a))
      .slice(0, LARGEST_LINES),
  );
  return rows.filter((r) => r.subtotal || largest.has(r));
}

export interface AnalysisSheetContent {
  blocks: CellBlock[];
  columnWidths: number[];
  rowHeights: (number | null)[];
  extent: CellRange;
}

export function analysisSheetBlocks(
  analysis: Analysis,
  commentary: Commentary,
  settings: Settings,
): AnalysisSheetContent {
  const T = terms(settings.lang);
  const C = T.sheet.columns;
  const rows: Cell[][] = [];
  const heights: (number | null)[] = [];
  const line = (...cells: Cell[]): void => {
    rows.push(cells);
  };
  const text = (v: string | null, f: CellFormat | null = null): Cell => [v, safeText(v, f)];
  const st = analysis.statement;

  line(text(T.sheet.title, { bold: true }));
  line(text(T.sheet.generatedBy));
  const sources = [
    st ? qualifiedAddress(st.sheet, st.range) : null,
    analysis.indicators
      ? qualifiedAddress(analysis.indicators.sheet, analysis.indicators.range)
      : null,
  ].filter((s): s is string => s !== null);
  line(text(T.sheet.source, BOLD), text(sources.join("; ")));
  const p = analysis.period;
  line(
    text(T.sheet.period, BOLD),
    text(p ? `${T.months[p.month - 1]} ${p.year}` : T.sheet.periodUnknown),
  );
  if (st) line(text(T.sheet.unit, BOLD), text(st.unit));

  if (st) {
    const amount: CellFormat = { numberFormat: st.unit === "mnkr" ? "#,##0.0" : "#,##0" };
    const pct: CellFormat = { numberFormat: "0.0" };
    const f = st.columns.fields;
    type Col = { header: string; cell: (r: StatementRow) => Cell };
    const num = (v: number | null, fmt: CellFormat): Cell => [v, v === null ? null : fmt];
    const cols: Col[] = [{ header: C.row, cell: (r) => text(r.label, r.subtotal ? BOLD : null) }];
    if (f.actual !== undefined) cols.push({ header: C.actual, cell: (r) => num(r.actual, amount) });
    if (f.budget !== undefined) {
      cols.push({ header: C.budget, cell: (r) => num(r.budget, amount) });
      cols.push({ header: C.deviation, cell: (r) => num(r.budgetDeviation, amount) });
      cols.push({ header: C.deviationPct, cell: (r) => num(r.budgetDeviationPct, pct) });
      cols.push({ header: C.status, cell: (r) => statusCell(r.status, T) });
    }
    if (f.fullYearBudget !== undefined)
      cols.push({ header: C.fullYearBudget, cell: (r) => num(r.fullYearBudget, amount) });
    if (f.forecast !== undefined) {
      cols.push({ header: C.forecast, cell: (r) => num(r.forecast, amount) });
      if (f.fullYearBudget !== undefined) {
        cols.push({ header: C.forecastDeviation, cell: (r) => num(r.forecastDeviation, amount) });
        cols.push({ header: C.forecastStatus, cell: (r) => statusCell(r.forecastStatus, T) });
      }
    }
    if (f.priorYear !== undefined) {
      cols.push({ header: C.priorYear, cell: (r) => num(r.priorYear, amount) });
      cols.push({ header: C.yoyChange, cell: (r) => num(r.yoyChange, amount) });
      cols.push({ header: C.yoyChangePct, cell: (r) => num(r.yoyChangePct, pct) });
    }
    line();
    line(text(T.sheet.keyFigures, BOLD));
    line(...cols.map((c) => text(c.header, BOLD)));
    const shown = keyFigureRows(st.rows);
    for (const r of shown) line(...cols.map((c) => c.cell(r)));
    if (shown.length < st.rows.length)
      line(text(T.sheet.linesOmitted(st.rows.length - shown.length)));
  }

  const ind = analysis.indicators;
  if (ind && ind.items.length > 0) {
    line();
    line(text(T.sheet.indicators, BOLD));
    line(
      ...[C.indicator, C.target, C.outcome, C.fulfilment, C.indicatorStatus, C.reason].map((h) =>
        text(h, BOLD),
      ),
    );
    for (const i of ind.items) {
      line(
        text(i.name),
        text(i.target?.text ?? null),
        text(i.actualText || null),
        [
          i.fulfilment === null ? null : Math.round(i.fulfilment * 1000) / 10,
          i.fulfilment === null ? null : { numberFormat: "0.0" },
        ],
        indicatorCell(i.status, T),
        text(i.reason),
      );
    }
  }

  if (commentary.sections.length > 0) {
    line();
    line(text(T.sheet.commentary, BOLD));
    for (const section of commentary.sections) {
      line(text(section.title, BOLD));
      for (const paragraph of section.paragraphs) {
        heights[rows.length] = paragraphHeight(paragraph, PARAGRAPH_WIDTH);
        line(text(paragraph, { wrap: true }));
      }
      line();
    }
  }

  // A loop, not Math.max(...rows): a 100 000-line statement would overflow the call stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ? r[i][0] : null)));
  const formats = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ? r[i][1] : null)));
  return {
    blocks: [{ top: 0, left: 0, values, formats }],
    columnWidths: [PARAGRAPH_WIDTH, ...Array.from({ length: width - 1 }, () => 14)],
    rowHeights: Array.from({ length: rows.length }, (_, i) => heights[i] ?? null),
    extent: { top: 0, left: 0, bottom: rows.length - 1, right: width - 1 },
  };
}
