/** Builds the report document from the analysis and the commentary: the one place its tables are decided. */
import { budgetVerdict, type StatementSummary } from "../statement/summary";
import type { Analysis, IndicatorItem, StatementAnalysis, StatementRow } from "../analysis";
import { followupSources } from "../plan/followup";
import { followupTables } from "./followup";
import { qualifiedAddress } from "../address";
import type { Commentary } from "../commentary/types";
import { formatNumber } from "../format";
import { fulfilmentValue, indicatorOutcome, indicatorTarget } from "../indicators/format";
import { texts, type Terms } from "../locale";
import type { Lang } from "../settings";
import type { DocCell, DocColumn, DocColumnKind, DocRow, DocTable, ReportDocument } from "./types";

/** A statement longer than this gets a shortened key-figure table. */
export const FULL_TABLE_MAX_ROWS = 60;
/** How many of the largest material lines a shortened table keeps, besides the totals. */
export const LARGEST_LINES = 50;
/**
 * How many totals a shortened table keeps: the top level's always, each deeper level's while the
 * count stays within this. A ledger of 20 000 accounts has four totals at the top and 1 400 Summa
 * lines under them; a page of key figures is read for the first, the statement holds the rest.
 */
export const MAX_TOTALS = 40;

/** The deepest level of totals a shortened table shows (−1: the table has no totals). */
function totalsDepth(rows: StatementRow[]): number {
  const perLevel = new Map<number, number>();
  for (const r of rows) if (r.subtotal) perLevel.set(r.level, (perLevel.get(r.level) ?? 0) + 1);
  let depth = -1;
  let count = 0;
  for (const level of [...perLevel.keys()].sort((a, b) => a - b)) {
    const n = perLevel.get(level) as number;
    if (depth >= 0 && count + n > MAX_TOTALS) break;
    count += n;
    depth = level;
  }
  return depth;
}

/**
 * The lines a reader of the key figures needs: all of a short statement; of a long one its totals
 * (the top levels, see MAX_TOTALS) and the largest material deviations (every line keeps its status
 * in the column beside the statement).
 */
export function keyFigureRows(rows: StatementRow[]): StatementRow[] {
  if (rows.length <= FULL_TABLE_MAX_ROWS) return rows;
  const depth = totalsDepth(rows);
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
  return rows.filter((r) => (r.subtotal && r.level <= depth) || largest.has(r));
}

const EMPTY: DocCell = { text: "", value: null, status: null };

function numberCell(value: number | null, decimals: number, lang: Lang): DocCell {
  if (value === null) return EMPTY;
  return { text: formatNumber(value, decimals, lang), value, status: null };
}

interface ColumnSpec<T> extends DocColumn {
  cell: (item: T) => DocCell;
}

function column<T>(
  key: string,
  header: string,
  kind: DocColumnKind,
  decimals: number,
  cell: (item: T) => DocCell,
): ColumnSpec<T> {
  return { key, header, kind, decimals, cell };
}

/**
 * The key figures: the line, its outcome against budget, the full-year forecast and the change
 * against last year. Columns a reader can derive (full-year budget beside a forecast deviation, last
 * year's amount beside the change) are left out when their partner is there, so that the table fits
 * A4 portrait at a readable size; every figure is still in the JSON report and the user's statement.
 */
function keyFigureColumns(
  st: StatementAnalysis,
  T: Terms,
  lang: Lang,
  summary: StatementSummary | null,
): ColumnSpec<StatementRow>[] {
  const C = T.sheet.columns;
  const f = st.columns.fields;
  const d = st.unit === "mnkr" ? 1 : 0;
  const amount = (key: keyof StatementRow & string, header: string): ColumnSpec<StatementRow> =>
    column(key, header, "amount", d, (r) => numberCell(r[key] as number | null, d, lang));
  const pct = (key: keyof StatementRow & string, header: string): ColumnSpec<StatementRow> =>
    column(key, header, "percent", 1, (r) => numberCell(r[key] as number | null, 1, lang));
  const status = (key: "status" | "forecastStatus", header: string): ColumnSpec<StatementRow> =>
    column(key, header, "status", 0, (r) => {
      // A revenue line that follows the costs is no shortfall of its own: a word, no red.
      if (key === "status" && budgetVerdict(r, summary) === "followsCosts")
        return { text: T.followsCosts, value: null, status: null };
      return r[key] === "none" ? EMPTY : { text: T.status[r[key]], value: null, status: r[key] };
    });
  const hasBudget = f.budget !== undefined;
  const hasForecast = f.forecast !== undefined;
  const hasFullYear = f.fullYearBudget !== undefined;
  const cols: ColumnSpec<StatementRow>[] = [
    column("label", C.row, "label", 0, (r) => ({ text: r.label, value: null, status: null })),
  ];
  if (f.actual !== undefined) cols.push(amount("actual", C.actual));
  if (hasBudget) {
    cols.push(amount("budget", C.budget));
    cols.push(amount("budgetDeviation", C.deviation));
    cols.push(pct("budgetDeviationPct", C.deviationPct));
    cols.push(status("status", C.status));
  }
  if (hasFullYear && !(hasForecast && hasBudget))
    cols.push(amount("fullYearBudget", C.fullYearBudget));
  if (hasForecast) {
    cols.push(amount("forecast", C.forecast));
    if (hasFullYear) {
      cols.push(amount("forecastDeviation", C.forecastDeviation));
      cols.push(status("forecastStatus", C.forecastStatus));
    }
  }
  if (f.priorYear !== undefined) {
    if (!hasBudget) {
      cols.push(amount("priorYear", C.priorYear));
      cols.push(amount("yoyChange", C.yoyChange));
    }
    cols.push(pct("yoyChangePct", C.yoyChangePct));
  }
  return cols;
}

function table<T>(
  id: string,
  caption: string,
  specs: ColumnSpec<T>[],
  items: T[],
  total: (item: T) => boolean,
  note: string | null,
): DocTable {
  return {
    id,
    caption,
    columns: specs.map(({ key, header, kind, decimals }) => ({ key, header, kind, decimals })),
    rows: items.map((item): DocRow => ({
      cells: specs.map((s) => s.cell(item)),
      total: total(item),
    })),
    note,
  };
}

export function keyFigureTable(
  st: StatementAnalysis,
  lang: Lang,
  summary: StatementSummary | null = null,
): DocTable {
  const T = texts(lang).terms;
  const shown = keyFigureRows(st.rows);
  return table(
    "keyFigures",
    T.sheet.keyFigures,
    keyFigureColumns(st, T, lang, summary),
    shown,
    (r) => r.subtotal,
    shown.length < st.rows.length ? T.sheet.linesOmitted(st.rows.length - shown.length) : null,
  );
}

/**
 * The indicators as the pane shows them: outcome and target in their unit ("3,94 %", "högst 4,2 %"),
 * and the fulfilment only where it means something (a ceiling says how far under it the outcome is).
 */
export function indicatorTable(items: IndicatorItem[], lang: Lang): DocTable {
  const T = texts(lang).terms;
  const C = T.sheet.columns;
  const text = (v: string | null): DocCell => ({ text: v ?? "", value: null, status: null });
  const specs: ColumnSpec<IndicatorItem>[] = [
    column("indicator", C.indicator, "label", 0, (i) => text(i.name)),
    column("target", C.target, "text", 0, (i) =>
      text(i.target ? indicatorTarget(i.target, lang) : null),
    ),
    column("outcome", C.outcome, "text", 0, (i) => text(indicatorOutcome(i, lang))),
    column("fulfilment", C.fulfilment, "text", 0, (i) => text(fulfilmentValue(i, lang))),
    column("indicatorStatus", C.indicatorStatus, "status", 0, (i) => ({
      text: T.indicatorStatus[i.status],
      value: null,
      status: i.status,
    })),
    column("reason", C.reason, "text", 0, (i) => text(i.reason)),
  ];
  return table("indicators", T.sheet.indicators, specs, items, () => false, null);
}

export function buildDocument(analysis: Analysis, commentary: Commentary): ReportDocument {
  const lang = commentary.lang;
  const T = texts(lang).terms;
  const st = analysis.statement;
  const ind = analysis.indicators;
  const p = analysis.period;
  const period = p ? `${texts(lang).commentary.monthsSoFar(p)} ${p.year}` : null;
  const sources = [
    st ? qualifiedAddress(st.sheet, st.range) : null,
    ind ? qualifiedAddress(ind.sheet, ind.range) : null,
    ...followupSources(analysis),
  ].filter((s): s is string => s !== null);
  const meta = [
    { label: T.sheet.source, value: sources.join("; ") },
    { label: T.sheet.period, value: period ?? T.sheet.periodUnknown },
  ];
  if (st) meta.push({ label: T.sheet.unit, value: st.unit });
  // The summary's result, as the commentary and the pane state it, in the sheet's unit.
  const sum = analysis.summary;
  const decimals = st?.unit === "mnkr" ? 1 : 0;
  if (st && sum?.result != null)
    meta.push({
      label: T.sheet.result,
      value: `${formatNumber(sum.result, decimals, lang)} ${st.unit}`,
    });
  if (st && sum?.forecastResult != null)
    meta.push({
      label: T.sheet.forecastResult,
      value: `${formatNumber(sum.forecastResult, decimals, lang)} ${st.unit}`,
    });
  return {
    lang,
    title: T.sheet.title,
    organisation: st?.organisation ?? null,
    period,
    meta,
    sections: commentary.sections.map((s) => ({
      id: s.id,
      heading: s.title,
      paragraphs: s.paragraphs,
    })),
    keyFigures: st ? keyFigureTable(st, lang, analysis.summary) : null,
    indicators: ind && ind.items.length > 0 ? indicatorTable(ind.items, lang) : null,
    followup: followupTables(analysis, lang),
  };
}
