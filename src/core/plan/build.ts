/**
 * Turns an analysis into a write plan: status columns beside the tables, the analysis sheet, and the
 * markers that make both ours. Checks first that nothing would overwrite the user's cells or fail halfway.
 */
import type { Analysis } from "../analysis";
import { columnLetters, qualifiedAddress } from "../address";
import type { Commentary } from "../commentary/types";
import { diag, type Diagnostic } from "../diagnostics";
import {
  cellAt,
  isBlank,
  type CellRange,
  type Marker,
  type SheetGrid,
  type WorkbookSnapshot,
} from "../grid";
import { LANGS, texts } from "../locale";
import type { Settings } from "../settings";
import { budgetVerdict } from "../statement/summary";
import { analysisSheetBlocks } from "./analysisSheet";
import { indicatorCell, textCellFormat, statusCell } from "./cells";
import { followupColumns } from "./followup";
import { fingerprintSteps } from "./fingerprints";
import { markerKeys, ownedOutputs } from "./markers";
import { preflightRefusals, workbookState } from "./preflight";
import { textUnits } from "./measure";
import type { CellBlock, CellFormat, PlanStep, PlanValue, WritePlan } from "./types";

interface ColumnOutput {
  key: string;
  header: string;
  /** Value and format per data row (sheet row index). */
  cells: Map<number, [PlanValue, CellFormat | null]>;
}

interface PlanContext {
  snapshot: WorkbookSnapshot;
  owned: ReturnType<typeof ownedOutputs>;
  steps: PlanStep[];
  notes: Diagnostic[];
}

function inOwnedColumn(ctx: PlanContext, sheet: string, row: number, col: number): boolean {
  return ctx.owned.columns.some(
    (m) => m.sheet === sheet && col === m.range.left && row >= m.range.top && row <= m.range.bottom,
  );
}

function columnIsFree(
  ctx: PlanContext,
  sheet: SheetGrid,
  col: number,
  top: number,
  bottom: number,
  taken: Set<number>,
): boolean {
  if (taken.has(col)) return false;
  for (let r = top; r <= bottom; r++) {
    if (!isBlank(cellAt(sheet, r, col)) && !inOwnedColumn(ctx, sheet.name, r, col)) return false;
    if (sheet.merges?.some((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right))
      return false;
  }
  return true;
}

/** Writes output columns right of a table: in the column used last time, else the next free one. */
function placeColumns(
  ctx: PlanContext,
  sheet: SheetGrid,
  table: CellRange,
  outputs: ColumnOutput[],
): void {
  const taken = new Set<number>();
  let next = table.right + 1;
  const blocks: CellBlock[] = [];
  const widths: { column: number; width: number }[] = [];
  for (const out of outputs) {
    const previous = ctx.owned.columns.find(
      (m) => m.name === out.key && m.sheet === sheet.name && m.range.top === table.top,
    );
    let col: number;
    if (previous && columnIsFree(ctx, sheet, previous.range.left, table.top, table.bottom, taken)) {
      col = previous.range.left;
    } else {
      col = next;
      while (!columnIsFree(ctx, sheet, col, table.top, table.bottom, taken)) col++;
      if (col !== next) {
        ctx.notes.push(
          diag(
            "info",
            "outputColumnMoved",
            qualifiedAddress(sheet.name, {
              top: table.top,
              bottom: table.top,
              left: col,
              right: col,
            }),
            {
              column: columnLetters(col),
              header: out.header,
            },
          ),
        );
      }
    }
    taken.add(col);
    next = col + 1;
    const values: PlanValue[][] = [[out.header]];
    const formats: (CellFormat | null)[][] = [[{ bold: true }]];
    for (let r = table.top + 1; r <= table.bottom; r++) {
      const [v, f] = out.cells.get(r) ?? [null, null];
      values.push([v]);
      formats.push([textCellFormat(v, f)]);
    }
    blocks.push({ top: table.top, left: col, values, formats });
    widths.push({ column: col, width: outputColumnWidth(out.header, values) });
    const range = { top: table.top, bottom: table.bottom, left: col, right: col };
    ctx.steps.push({ kind: "setMarker", name: out.key, sheet: sheet.name, range });
    ctx.steps.push(
      ...fingerprintSteps(out.key, sheet.name, range, (r) => values[r - table.top][0]),
    );
  }
  ctx.steps.push({ kind: "writeBlocks", sheet: sheet.name, blocks });
  ctx.steps.push({ kind: "setColumnWidths", sheet: sheet.name, widths });
}

/** Our column back to the standard width it had when it was free. */
function standardWidth(m: Marker): PlanStep {
  return {
    kind: "setColumnWidths",
    sheet: m.sheet,
    widths: [{ column: m.range.left, width: null }],
  };
}

/** Wide enough for the bold header and the longest status word ("Status prognos", "Delvis uppfyllt"). */
export function outputColumnWidth(header: string, values: PlanValue[][]): number {
  // The room a text needs grows with its length: measure the longest (a column has 100 000 cells).
  let longest = "";
  for (let i = 1; i < values.length; i++) {
    const v = values[i][0];
    if (typeof v === "string" && v.length > longest.length) longest = v;
  }
  const words = longest === "" ? 0 : textUnits(longest);
  return Math.ceil(Math.max(textUnits(header, { bold: true }), words) + 2);
}

export interface PlanResult {
  plan: WritePlan;
  refusals: Diagnostic[];
  notes: Diagnostic[];
}

/**
 * The name of the analysis sheet: the one we wrote last time when it carries the setting's name
 * or a numbered variant of it ("Analys 2", written beside an edited one), else the setting's name;
 * when the user keeps an edited sheet of ours, the next free numbered name.
 */
function analysisSheetName(
  snapshot: WorkbookSnapshot,
  owned: ReturnType<typeof ownedOutputs>,
  base: string,
  disowned: string | null,
): string {
  const lower = base.toLowerCase();
  const own = owned.analysisSheet?.toLowerCase() ?? null;
  const numbered = (name: string): boolean =>
    name.startsWith(`${lower} `) && /^\d+$/.test(name.slice(lower.length + 1));
  if (owned.analysisSheet && own !== null && (own === lower || numbered(own)))
    return owned.analysisSheet;
  if (disowned === null) return base;
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  let n = 2;
  while (taken.has(`${lower} ${n}`)) n++;
  return `${base} ${n}`;
}

export function buildWritePlan(
  snapshot: WorkbookSnapshot,
  analysis: Analysis,
  commentary: Commentary,
  settings: Settings,
  /** Markers of outputs the user keeps as theirs (edited since): written beside, never over. */
  disown: ReadonlySet<string> = new Set(),
): PlanResult {
  const T = texts(settings.lang).terms;
  const owned = ownedOutputs(snapshot, disown);
  const ctx: PlanContext = { snapshot, owned, steps: [], notes: [] };
  const sheetByName = (name: string): SheetGrid | undefined =>
    snapshot.sheets.find((s) => s.name === name);

  // Earlier outputs go first: their cells are cleared, then rewritten where the tables still are.
  const writeCleanup: PlanStep[] = [];
  for (const m of owned.columns) {
    writeCleanup.push({ kind: "clearRange", sheet: m.sheet, range: m.range });
    writeCleanup.push(standardWidth(m));
    writeCleanup.push({ kind: "deleteMarker", name: m.name });
  }
  for (const m of owned.stale) writeCleanup.push({ kind: "deleteMarker", name: m.name });
  // Fingerprints are written anew with the outputs they describe.
  for (const m of owned.fingerprintNames) writeCleanup.push({ kind: "deleteMarker", name: m.name });
  ctx.steps.push(...writeCleanup);

  const st = analysis.statement;
  if (st) {
    const sheet = sheetByName(st.sheet) as SheetGrid;
    const outputs: ColumnOutput[] = [];
    if (st.rows.some((r) => r.status !== "none")) {
      outputs.push({
        key: markerKeys.status,
        header: T.headers.status,
        cells: new Map(
          st.rows.map((r) => [r.row, statusCell(budgetVerdict(r, analysis.summary), T)]),
        ),
      });
    }
    if (st.rows.some((r) => r.forecastStatus !== "none")) {
      outputs.push({
        key: markerKeys.forecastStatus,
        header: T.headers.forecastStatus,
        cells: new Map(st.rows.map((r) => [r.row, statusCell(r.forecastStatus, T)])),
      });
    }
    if (outputs.length > 0) placeColumns(ctx, sheet, st.range, outputs);
  }
  const ind = analysis.indicators;
  if (ind && ind.items.length > 0) {
    const sheet = sheetByName(ind.sheet) as SheetGrid;
    const cells = new Map(
      ind.items.map(
        (i) => [i.row, indicatorCell(i.status, T)] as [number, [PlanValue, CellFormat | null]],
      ),
    );
    // Statement and indicators on one sheet: the indicator column must not take the statement's.
    placeColumns(ctx, sheet, ind.range, [
      { key: markerKeys.fulfilment, header: T.headers.fulfilment, cells },
    ]);
  }

  for (const t of followupColumns(analysis, settings))
    placeColumns(ctx, sheetByName(t.sheet) as SheetGrid, t.range, [t]);

  const base = settings.analysisSheetName?.trim() || T.analysisSheet;
  const disownedSheet = disown.has(markerKeys.analysisSheet)
    ? (snapshot.markers.find((m) => m.name === markerKeys.analysisSheet)?.sheet ?? null)
    : null;
  const target = analysisSheetName(snapshot, owned, base, disownedSheet);
  const existing = snapshot.sheets.find((s) => s.name.toLowerCase() === target.toLowerCase());
  if (owned.analysisSheet && owned.analysisSheet !== existing?.name) {
    // Ours under another of our names (the language changed): replace it; a sheet the user renamed is left.
    if (LANGS.some((l) => texts(l).terms.analysisSheet === owned.analysisSheet)) {
      ctx.steps.push({ kind: "deleteSheet", sheet: owned.analysisSheet });
    }
  }
  const sheetContent = analysisSheetBlocks(analysis, commentary, settings);
  ctx.steps.push({
    kind: "replaceSheet",
    sheet: existing?.name ?? target,
    blocks: sheetContent.blocks,
    columnWidths: sheetContent.columnWidths,
    rowHeights: sheetContent.rowHeights,
    mergeAcross: sheetContent.mergeAcross,
    pageSetup: sheetContent.pageSetup,
    conditionalFormats: sheetContent.conditionalFormats,
  });
  ctx.steps.push({ kind: "deleteMarker", name: markerKeys.analysisSheet });
  ctx.steps.push({
    kind: "setMarker",
    name: markerKeys.analysisSheet,
    sheet: existing?.name ?? target,
    range: sheetContent.extent,
  });
  const [block] = sheetContent.blocks;
  ctx.steps.push(
    ...fingerprintSteps(
      markerKeys.analysisSheet,
      existing?.name ?? target,
      sheetContent.extent,
      (r, c) => block.values[r - block.top]?.[c - block.left] ?? null,
    ),
  );

  // The pre-flight rules (protected sheets, an Analys sheet not ours, …) live in one place; the
  // adapters ask them again right before writing.
  const plan: WritePlan = { steps: ctx.steps };
  return { plan, refusals: preflightRefusals(plan, workbookState(snapshot)), notes: ctx.notes };
}

/** Removes exactly what the product wrote: our columns (cleared), our analysis sheet (deleted), our names. */
export function buildRemovalPlan(snapshot: WorkbookSnapshot): PlanResult {
  const owned = ownedOutputs(snapshot);
  const steps: PlanStep[] = [];
  for (const m of owned.columns) {
    steps.push({ kind: "clearRange", sheet: m.sheet, range: m.range });
    steps.push(standardWidth(m));
    steps.push({ kind: "deleteMarker", name: m.name });
  }
  if (owned.analysisSheet) {
    steps.push({ kind: "deleteSheet", sheet: owned.analysisSheet });
    steps.push({ kind: "deleteMarker", name: markerKeys.analysisSheet });
  }
  for (const m of [...owned.stale, ...owned.fingerprintNames])
    steps.push({ kind: "deleteMarker", name: m.name });
  const plan: WritePlan = { steps };
  return { plan, refusals: preflightRefusals(plan, workbookState(snapshot)), notes: [] };
}
