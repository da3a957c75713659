/**
 * From a workbook snapshot to the analysis: find the tables (or use the ones the user named),
 * analyse the statement and the indicators, and work out the period.
 */
import type {
  Analysis,
  IndicatorAnalysis,
  Period,
  StatementAnalysis,
  StatementField,
} from "./analysis";
import { columnLetters, parseRangeAddress, qualifiedAddress } from "./address";
import { diag, type Diagnostic } from "./diagnostics";
import {
  findDeviationOnlyTables,
  findStatementTables,
  type ColumnMask,
  type FoundStatement,
} from "./find/statementTable";
import { applyOverrides } from "./find/overrides";
import { texts } from "./locale";
import type { CellRange, Marker, SheetGrid, WorkbookSnapshot } from "./grid";
import { analyzeFollowup, findFollowup } from "./followup";
import { findIndicatorTables } from "./indicators/findTable";
import { analyzeIndicators } from "./indicators/analyze";
import { parsePeriodSetting, periodIn } from "./parse/period";
import { MARKER_PREFIX } from "./plan/types";
import type { Settings } from "./settings";
import { analyzeStatement } from "./statement/analyze";
import { markerKeys } from "./plan/markers";
import { summarizeStatement } from "./statement/summary";

const HEADERS_LOOKED_FOR =
  "Utfall/Ack utfall, Budget/Ack budget, Budget helår, Prognos helår, Utfall fg år";

/** Our own earlier output must not be read as the user's data. */
function maskFor(sheet: SheetGrid, markers: Marker[]): ColumnMask {
  const ranges: CellRange[] = markers
    .filter(
      (m) =>
        m.sheet === sheet.name &&
        m.name.startsWith(MARKER_PREFIX) &&
        m.name !== markerKeys.analysisSheet,
    )
    .map((m) => m.range);
  if (ranges.length === 0) return () => false;
  return (row, col) =>
    ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/** The sheet our analysis was written to last time: never searched for tables. */
export function ownAnalysisSheet(snapshot: WorkbookSnapshot): string | null {
  return snapshot.markers.find((m) => m.name === markerKeys.analysisSheet)?.sheet ?? null;
}

interface Scope {
  sheets: SheetGrid[];
  range: CellRange | undefined;
}

function scopeFor(
  snapshot: WorkbookSnapshot,
  sheetName: string | null,
  rangeText: string | null,
  diagnostics: Diagnostic[],
): Scope | null {
  const own = ownAnalysisSheet(snapshot);
  const all = snapshot.sheets.filter((s) => s.name !== own);
  if (!sheetName) return { sheets: all, range: undefined };
  const sheet =
    snapshot.sheets.find((s) => s.name === sheetName) ??
    snapshot.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) {
    diagnostics.push(
      diag("error", "sheetNotFound", null, {
        sheet: sheetName,
        sheets: snapshot.sheets.map((s) => s.name).join(", "),
      }),
    );
    return null;
  }
  let range: CellRange | undefined;
  if (rangeText) {
    const parsed = parseRangeAddress(rangeText);
    if (!parsed) {
      diagnostics.push(diag("error", "rangeInvalid", null, { range: rangeText }));
      return null;
    }
    range = parsed;
  }
  return { sheets: [sheet], range };
}

/** The first table in scope (top to bottom, first sheet first); any others are named in a note. */
function firstTable<T extends { sheet: string; range: CellRange }>(
  snapshot: WorkbookSnapshot,
  scope: Scope,
  find: (sheet: SheetGrid, masked: ColumnMask, within?: CellRange) => T[],
  extraCode: "extraStatementTable" | "extraIndicatorTable",
  diagnostics: Diagnostic[],
): { sheet: SheetGrid; table: T } | null {
  const found = scope.sheets.flatMap((s) => find(s, maskFor(s, snapshot.markers), scope.range));
  if (found.length === 0) return null;
  for (const extra of found.slice(1)) {
    const where = qualifiedAddress(extra.sheet, extra.range);
    diagnostics.push(diag("info", extraCode, where, { range: where }));
  }
  const sheet = scope.sheets.find((s) => s.name === found[0].sheet) as SheetGrid;
  return { sheet, table: found[0] };
}

function findStatement(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  diagnostics: Diagnostic[],
): StatementAnalysis | null {
  const scope = scopeFor(snapshot, settings.statementSheet, settings.statementRange, diagnostics);
  if (!scope) return null;
  const first = firstTable(
    snapshot,
    scope,
    findStatementTables,
    "extraStatementTable",
    diagnostics,
  );
  if (first) {
    const table = first.table;
    const where = qualifiedAddress(table.sheet, table.range);
    const { notes, unknown } = applyOverrides(table.columns, settings.columns);
    for (const u of unknown)
      diagnostics.push(
        diag("warning", "columnOverrideUnknown", where, {
          role: texts(settings.lang).terms.roles[u.field],
          ref: u.ref,
        }),
      );
    const chosen = [
      ...table.roleNotes.filter((n) => !notes.some((o) => o.field === n.field)),
      ...notes,
    ];
    if (chosen.length > 0) diagnostics.push(columnsChosen(table, settings, where));
    if (table.blockAfter)
      diagnostics.push(
        diag("info", "blockAfterStatement", qualifiedAddress(table.sheet, table.blockAfter), {
          range: qualifiedAddress(table.sheet, table.blockAfter),
        }),
      );
    return analyzeStatement(first.sheet, table, settings, diagnostics);
  }
  const deviationsOnly = scope.sheets.flatMap((s) => findDeviationOnlyTables(s, scope.range));
  for (const d of deviationsOnly) {
    const where = qualifiedAddress(d.sheet, d.range);
    diagnostics.push(diag("info", "deviationsOnlyTable", where, { range: where }));
  }
  if (scope.range) {
    const where = qualifiedAddress(scope.sheets[0].name, scope.range);
    diagnostics.push(diag("error", "noStatementInRange", where, { range: where }));
  } else {
    diagnostics.push(
      diag("warning", "noStatement", null, {
        sheets: scope.sheets.map((s) => s.name).join(", "),
        headers: HEADERS_LOOKED_FOR,
      }),
    );
  }
  return null;
}

/** "Utfall = C (Nettokostnad 2024), Budget = D (Kommunbidrag) …": every role the reading used, by letter and header. */
function columnsChosen(table: FoundStatement, settings: Settings, where: string): Diagnostic {
  const roles = texts(settings.lang).terms.roles;
  const list = (Object.entries(table.columns.fields) as [StatementField, number][])
    .sort((a, b) => a[1] - b[1])
    .map(
      ([field, col]) =>
        `${roles[field]} = ${columnLetters(col)} (${table.columns.headers[field] ?? ""})`,
    )
    .join(", ");
  return diag("info", "columnsChosen", where, { columns: list });
}

function findIndicators(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  diagnostics: Diagnostic[],
): IndicatorAnalysis | null {
  const scope = scopeFor(snapshot, settings.indicatorSheet, settings.indicatorRange, diagnostics);
  if (!scope) return null;
  const first = firstTable(
    snapshot,
    scope,
    findIndicatorTables,
    "extraIndicatorTable",
    diagnostics,
  );
  if (first) return analyzeIndicators(first.sheet, first.table, settings, diagnostics);
  // Indicators are optional: only a sheet the user named is worth a warning.
  if (settings.indicatorSheet) {
    diagnostics.push(
      diag("warning", "noIndicators", null, { sheets: scope.sheets.map((s) => s.name).join(", ") }),
    );
  }
  return null;
}

function findPeriod(
  settings: Settings,
  statement: StatementAnalysis | null,
  indicators: IndicatorAnalysis | null,
  more: string[] = [],
): Period | null {
  if (settings.period) {
    const p = parsePeriodSetting(settings.period);
    if (p) return { ...p, source: "setting" };
  }
  const texts = [
    ...(statement?.titleLines ?? []),
    ...Object.values(statement?.columns.headers ?? {}).filter(
      (h): h is string => typeof h === "string",
    ),
    ...(indicators?.titleLines ?? []),
    ...more,
  ];
  for (const text of texts) {
    const p = periodIn(text);
    if (p) return { ...p, source: text };
  }
  // "Utfall 2025 | Budget 2025" and nothing in the title: the outcome of a whole year.
  const actual = statement?.columns.headers.actual;
  if (
    actual &&
    !/ack|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|tertial|delår|kvartal|period/i.test(actual)
  ) {
    const year = /(?<!\d)(20\d\d)(?!\d)/.exec(actual);
    if (year) return { year: Number(year[1]), month: 12, source: actual };
  }
  return null;
}

export function analyzeSnapshot(snapshot: WorkbookSnapshot, settings: Settings): Analysis {
  const diagnostics: Diagnostic[] = [];
  const statement = findStatement(snapshot, settings, diagnostics);
  const indicators = findIndicators(snapshot, settings, diagnostics);
  const own = ownAnalysisSheet(snapshot);
  const followupFound = findFollowup(
    snapshot.sheets.filter((s) => s.name !== own),
    (s) => maskFor(s, snapshot.markers),
    settings,
    diagnostics,
  );
  const period = findPeriod(settings, statement, indicators, followupFound.titleLines);
  if (!period && statement && statement.columns.fields.forecast !== undefined) {
    diagnostics.push(diag("info", "periodUnknown"));
  }
  const followup = analyzeFollowup(followupFound, settings, period, diagnostics);
  const summary = statement ? summarizeStatement(statement, period, settings) : null;
  return { statement, indicators, ...followup, period, summary, diagnostics };
}
