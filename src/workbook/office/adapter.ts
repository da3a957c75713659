/**
 * The Office.js adapter: the same port as the ExcelJS adapter, executed through Excel.run.
 * Every context.sync() is a network round trip in Excel on the web, so the number of syncs is fixed:
 * read = 3 (structure; used-range sizes and table ranges; cell data), write = 1 — at most 4 for a whole
 * analysis. Only payload chunking (5 MB per request or response) adds syncs, never a loop over rows.
 * Everything that could make a write fail is checked before the first write is queued.
 */
import { columnLetters, parseQualifiedAddress, quoteSheetName } from "../../core/address";
import {
  MAX_CELLS,
  type CellRange,
  type CellValue,
  type Marker,
  type SheetGrid,
  type WorkbookSnapshot,
} from "../../core/grid";
import { terms } from "../../core/locale";
import { markerKeys } from "../../core/plan/markers";
import { MARKER_PREFIX, type PlanStep, type WritePlan } from "../../core/plan/types";
import type { Lang } from "../../core/settings";
import { WorkbookError, type ApplyProgress, type WorkbookPort } from "../port";
import { officeMessages, type OfficeMessages } from "./messages";
import { compilePlan, packBatches, type WriteOp } from "./writeOps";

/** Excel.run, or a fake with the same shape in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Language of the adapter's messages. Default "sv". */
  lang?: Lang;
  /** Cells loaded per sync when reading. A response must stay under 5 MB; a typical statement cell costs ~50 bytes (values, formulas, number format, value type), so the default 75,000 leaves room for longer text. Default 75,000. */
  maxCellsPerSync?: number;
  /** Used ranges with more cells in total are refused (Office.js may return nulls above this). */
  maxCells?: number;
  /**
   * How long a read stays good enough to write on without a fresh pre-flight sync. The ribbon command
   * reads and writes at once; in the pane the user may edit between "Analysera" and "Skriv". Default 5 s.
   */
  freshForMs?: number;
  now?: () => number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const INVALID_SHEET_NAME = /[[\]:*?/\\]/;
const DATA_PROPS = "values,formulas,numberFormat,valueTypes";

interface SheetState {
  name: string;
  protected: boolean;
  visible: boolean;
}

interface ReadState {
  at: number;
  sheets: SheetState[];
  /** Every workbook-scoped name (upper case), ours or not: needed to avoid clashes. */
  names: Set<string>;
  markers: Marker[];
  snapshot: WorkbookSnapshot | null;
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
}

function errorCode(e: unknown): string {
  const code = (e as OfficeErrorLike | null)?.code;
  return typeof code === "string" ? code : "GeneralException";
}

const SIZE_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

function rectOf(r: Excel.Range): CellRange {
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

function toCellValue(v: unknown, type: string): CellValue {
  if (type === "Error") return { error: String(v) };
  if (type === "Empty" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

export class OfficeWorkbook implements WorkbookPort {
  private last: ReadState | null = null;
  private readonly msg: OfficeMessages;
  private readonly lang: Lang;
  private readonly maxCellsPerSync: number;
  private readonly maxCells: number;
  private readonly freshForMs: number;
  private readonly now: () => number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.lang = options.lang ?? "sv";
    this.msg = officeMessages(this.lang);
    this.maxCellsPerSync = options.maxCellsPerSync ?? 75_000;
    this.maxCells = options.maxCells ?? MAX_CELLS;
    this.freshForMs = options.freshForMs ?? 5000;
    this.now = options.now ?? (() => Date.now());
  }

  // ------------------------------------------------------------------ read

  async read(): Promise<WorkbookSnapshot> {
    try {
      return await this.run(async (ctx) => {
        // Sync 1: structure — sheets with protection, names (our markers), tables.
        const structure = this.queueStructure(ctx);
        const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
        await ctx.sync();
        const state = this.structureState(structure);

        // Sync 2: the used range of every sheet (values only: formatting does not enlarge it) and table ranges.
        const sheets = structure.sheets.items;
        const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(SIZE_PROPS));
        const tableRanges = tables.items.map((t) => ({
          name: t.name,
          sheet: t.worksheet.name,
          range: t.getRange().load(SIZE_PROPS),
        }));
        await ctx.sync();

        const rects = used.map((r) => (r.isNullObject ? null : rectOf(r)));
        const total = rects.reduce(
          (n, r) => n + (r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0),
          0,
        );
        if (total > this.maxCells) {
          throw new WorkbookError(
            terms(this.lang).messages.tooLarge({
              cells: total.toLocaleString("sv-SE"),
              limit: this.maxCells.toLocaleString("sv-SE"),
            }),
            "TooLarge",
          );
        }

        // Sync 3 (and more only when the cells exceed one response): the data in row blocks.
        const grids = await this.readCells(ctx, sheets, rects);
        grids.forEach((g, i) => {
          g.protected = state.sheets[i].protected;
          g.tables = tableRanges
            .filter((t) => t.sheet === g.name)
            .map((t) => ({ name: t.name, range: rectOf(t.range) }));
        });
        const snapshot: WorkbookSnapshot = { sheets: grids, markers: state.markers };
        this.last = { ...state, snapshot };
        return snapshot;
      });
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError(this.msg.readFailed(errorCode(e)), errorCode(e));
    }
  }

  private queueStructure(ctx: Excel.RequestContext): {
    sheets: Excel.WorksheetCollection;
    names: Excel.NamedItemCollection;
  } {
    const sheets = ctx.workbook.worksheets.load(
      "items/name,items/visibility,items/protection/protected",
    );
    const names = ctx.workbook.names.load("items/name,items/formula");
    return { sheets, names };
  }

  private structureState(s: {
    sheets: Excel.WorksheetCollection;
    names: Excel.NamedItemCollection;
  }): ReadState {
    const markers: Marker[] = [];
    const names = new Set<string>();
    for (const n of s.names.items) {
      names.add(n.name.toUpperCase());
      if (!n.name.startsWith(MARKER_PREFIX)) continue;
      const loc = typeof n.formula === "string" ? parseQualifiedAddress(n.formula) : null;
      if (loc) markers.push({ name: n.name, sheet: loc.sheet, range: loc.range });
    }
    return {
      at: this.now(),
      sheets: s.sheets.items.map((ws) => ({
        name: ws.name,
        protected: ws.protection.protected,
        visible: ws.visibility === "Visible",
      })),
      names,
      markers,
      snapshot: null,
    };
  }

  /** Loads values, formulas, number formats and value types in row blocks, as few syncs as the payload allows. */
  private async readCells(
    ctx: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    rects: (CellRange | null)[],
  ): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = sheets.map((ws, i) => {
      const r = rects[i];
      const rows = r ? r.bottom - r.top + 1 : 0;
      const cols = r ? r.right - r.left + 1 : 0;
      return {
        name: ws.name,
        top: r?.top ?? 0,
        left: r?.left ?? 0,
        values: Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null)),
        formulas: Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null)),
        numberFormats: Array.from({ length: rows }, () =>
          new Array<string | null>(cols).fill(null),
        ),
      };
    });
    interface Block {
      sheet: number;
      row: number;
      rows: number;
    }
    let pending: Block[] = [];
    rects.forEach((r, sheet) => {
      if (!r) return;
      const cols = r.right - r.left + 1;
      const per = Math.max(1, Math.floor(this.maxCellsPerSync / cols));
      for (let row = r.top; row <= r.bottom; row += per)
        pending.push({ sheet, row, rows: Math.min(per, r.bottom - row + 1) });
    });
    const width = (b: Block): number => {
      const r = rects[b.sheet] as CellRange;
      return r.right - r.left + 1;
    };
    while (pending.length > 0) {
      // Fill one sync up to the cell budget.
      const batch: Block[] = [];
      let cells = 0;
      while (
        pending.length > 0 &&
        (batch.length === 0 || cells + pending[0].rows * width(pending[0]) <= this.maxCellsPerSync)
      ) {
        const b = pending.shift() as Block;
        batch.push(b);
        cells += b.rows * width(b);
      }
      const loads = batch.map((b) => {
        const r = rects[b.sheet] as CellRange;
        return sheets[b.sheet]
          .getRangeByIndexes(b.row, r.left, b.rows, r.right - r.left + 1)
          .load(DATA_PROPS);
      });
      try {
        await ctx.sync();
      } catch (e) {
        // Long texts can still overflow a response: reads have no side effects, so split and retry.
        if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
        const b = batch[0];
        if (batch.length === 1 && b.rows === 1) {
          throw new WorkbookError(
            this.msg.cellTooLarge(grids[b.sheet].name, b.row + 1),
            "ResponsePayloadSizeLimitExceeded",
            grids[b.sheet].name,
          );
        }
        const split = batch.flatMap((x) =>
          x.rows === 1
            ? [x]
            : [
                { ...x, rows: Math.ceil(x.rows / 2) },
                {
                  sheet: x.sheet,
                  row: x.row + Math.ceil(x.rows / 2),
                  rows: Math.floor(x.rows / 2),
                },
              ],
        );
        pending = [...split, ...pending];
        continue;
      }
      batch.forEach((b, k) => {
        const g = grids[b.sheet];
        const range = loads[k];
        const values = range.values;
        const formulas = range.formulas;
        const formats = range.numberFormat;
        const types = range.valueTypes as string[][];
        for (let i = 0; i < b.rows; i++) {
          const gi = b.row - g.top + i;
          for (let j = 0; j < values[i].length; j++) {
            g.values[gi][j] = toCellValue(values[i][j], types[i][j]);
            const f = formulas[i][j];
            (g.formulas as (string | null)[][])[gi][j] =
              typeof f === "string" && f.startsWith("=") ? f : null;
            const nf = formats[i][j];
            (g.numberFormats as (string | null)[][])[gi][j] =
              typeof nf === "string" && nf !== "General" ? nf : null;
          }
        }
      });
    }
    return grids;
  }

  // ------------------------------------------------------------------ write

  /**
   * Executes the plan. `options.activate` names a sheet to show when done (the ribbon command shows
   * the Analys sheet); it rides in the last batch so it costs no extra round trip.
   */
  async apply(
    plan: WritePlan,
    onProgress?: (p: ApplyProgress) => void,
    options: { activate?: string } = {},
  ): Promise<void> {
    let wrote = false;
    try {
      await this.run(async (ctx) => {
        let state = this.last;
        if (!state || this.now() - state.at > this.freshForMs) {
          // Pre-flight sync: the workbook may have changed since it was read.
          state = await this.refresh(ctx, plan, state);
        }
        const ops = this.preflight(plan, state);
        const batches = packBatches(ops);
        const total = batches.length;
        for (let i = 0; i < batches.length; i++) {
          // Once per batch: no repaint or recalculation between the operations of one request.
          ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
          ctx.workbook.application.suspendApiCalculationUntilNextSync();
          const proxies = new Map<string, Excel.Worksheet>();
          for (const op of batches[i]) this.queue(ctx, op, proxies);
          if (options.activate && i === batches.length - 1) {
            const ws =
              proxies.get(options.activate.toLowerCase()) ??
              ctx.workbook.worksheets.getItem(options.activate);
            ws.activate();
            ws.getRange("A1").select();
          }
          wrote = true;
          await ctx.sync();
          onProgress?.({ done: i + 1, total });
        }
      });
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      const code = errorCode(e);
      throw new WorkbookError(wrote ? this.msg.writeFailed(code) : this.msg.readFailed(code), code);
    } finally {
      // What was read no longer describes the workbook.
      this.last = null;
    }
  }

  /** Re-reads the structure and the cells the plan would overwrite, and refuses when they changed. */
  private async refresh(
    ctx: Excel.RequestContext,
    plan: WritePlan,
    previous: ReadState | null,
  ): Promise<ReadState> {
    const structure = this.queueStructure(ctx);
    const checks: { sheet: string; top: number; left: number; range: Excel.Range }[] = [];
    const snapshot = previous?.snapshot ?? null;
    if (snapshot) {
      for (const step of plan.steps) {
        if (step.kind !== "writeBlocks") continue;
        const ws = ctx.workbook.worksheets.getItemOrNullObject(step.sheet);
        for (const b of step.blocks) {
          if (b.values.length === 0 || b.values[0].length === 0) continue;
          checks.push({
            sheet: step.sheet,
            top: b.top,
            left: b.left,
            range: ws
              .getRangeByIndexes(b.top, b.left, b.values.length, b.values[0].length)
              .load("values,formulas"),
          });
        }
      }
    }
    await ctx.sync();
    const state = this.structureState(structure);
    for (const c of checks) {
      if (c.range.isNullObject)
        throw new WorkbookError(this.msg.sheetMissing(c.sheet), "ItemNotFound", c.sheet);
      const grid = snapshot?.sheets.find((s) => s.name === c.sheet);
      if (!grid) continue;
      const values = c.range.values;
      const formulas = c.range.formulas;
      for (let i = 0; i < values.length; i++)
        for (let j = 0; j < values[i].length; j++) {
          const before = grid.values[c.top + i - grid.top]?.[c.left + j - grid.left] ?? null;
          const beforeF = grid.formulas?.[c.top + i - grid.top]?.[c.left + j - grid.left] ?? null;
          const f = formulas[i][j];
          const nowF = typeof f === "string" && f.startsWith("=") ? f : null;
          if (!sameValue(before, values[i][j]) || beforeF !== nowF) {
            throw new WorkbookError(
              this.msg.changedSinceRead(c.sheet),
              "ChangedSinceRead",
              c.sheet,
            );
          }
        }
    }
    return { ...state, snapshot };
  }

  /** Checks the whole plan against the workbook as read; compiles it only when every step can succeed. */
  private preflight(plan: WritePlan, state: ReadState): WriteOp[] {
    const T = terms(this.lang).messages;
    const sheets = new Map(state.sheets.map((s) => [s.name.toLowerCase(), { ...s }]));
    const names = new Set(state.names);
    const ours = (sheet: string): boolean =>
      state.markers.some(
        (m) => m.name === markerKeys.analysisSheet && m.sheet.toLowerCase() === sheet.toLowerCase(),
      );
    const created = new Set<string>();
    const existing = (name: string): SheetState => {
      const s = sheets.get(name.toLowerCase());
      if (!s) throw new WorkbookError(this.msg.sheetMissing(name), "ItemNotFound", name);
      return s;
    };
    const writable = (name: string): void => {
      const s = existing(name);
      if (s.protected)
        throw new WorkbookError(T.sheetProtected({ sheet: s.name }), "SheetProtected", s.name);
    };
    const inSheet = (r: CellRange, what: string): void => {
      if (
        r.top < 0 ||
        r.left < 0 ||
        r.bottom >= MAX_ROWS ||
        r.right >= MAX_COLS ||
        r.bottom < r.top ||
        r.right < r.left
      )
        throw new WorkbookError(this.msg.invalidPlan(what), "InvalidPlan");
    };
    const checkBlocks = (step: Extract<PlanStep, { blocks: unknown }>): void => {
      for (const b of step.blocks) {
        const width = b.values[0]?.length ?? 0;
        if (
          b.values.some((row) => row.length !== width) ||
          (b.formats &&
            (b.formats.length !== b.values.length || b.formats.some((row) => row.length !== width)))
        )
          throw new WorkbookError(this.msg.invalidPlan("block shape"), "InvalidPlan", step.sheet);
        if (b.values.length > 0 && width > 0)
          inSheet(
            {
              top: b.top,
              left: b.left,
              bottom: b.top + b.values.length - 1,
              right: b.left + width - 1,
            },
            "block",
          );
      }
    };
    const visibleCount = (): number => [...sheets.values()].filter((s) => s.visible).length;

    for (const step of plan.steps) {
      switch (step.kind) {
        case "clearRange":
          writable(step.sheet);
          inSheet(step.range, "clearRange");
          break;
        case "writeBlocks":
          writable(step.sheet);
          checkBlocks(step);
          break;
        case "replaceSheet": {
          const s = sheets.get(step.sheet.toLowerCase());
          if (s) {
            if (!ours(s.name) && !created.has(s.name.toLowerCase()))
              throw new WorkbookError(
                T.foreignAnalysisSheet({ sheet: s.name }),
                "ForeignSheet",
                s.name,
              );
            writable(s.name);
          } else {
            if (
              step.sheet.length === 0 ||
              step.sheet.length > 31 ||
              INVALID_SHEET_NAME.test(step.sheet) ||
              /^'|'$/.test(step.sheet)
            )
              throw new WorkbookError(
                this.msg.invalidSheetName(step.sheet),
                "InvalidSheetName",
                step.sheet,
              );
            sheets.set(step.sheet.toLowerCase(), {
              name: step.sheet,
              protected: false,
              visible: true,
            });
            created.add(step.sheet.toLowerCase());
          }
          checkBlocks(step);
          break;
        }
        case "deleteSheet": {
          const s = sheets.get(step.sheet.toLowerCase());
          if (!s) break; // already gone: nothing to delete
          if (!ours(s.name) && !created.has(s.name.toLowerCase()))
            throw new WorkbookError(this.msg.notOurSheet(s.name), "ForeignSheet", s.name);
          if (s.visible && visibleCount() <= 1)
            throw new WorkbookError(this.msg.lastSheet(s.name), "LastSheet", s.name);
          sheets.delete(step.sheet.toLowerCase());
          break;
        }
        case "setMarker":
          if (!step.name.startsWith(MARKER_PREFIX) || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(step.name))
            throw new WorkbookError(this.msg.invalidPlan(`name ${step.name}`), "InvalidPlan");
          existing(step.sheet);
          inSheet(step.range, "setMarker");
          names.add(step.name.toUpperCase());
          break;
        case "deleteMarker":
          // Only our own names are ever deleted.
          if (!step.name.startsWith(MARKER_PREFIX))
            throw new WorkbookError(this.msg.invalidPlan(`name ${step.name}`), "InvalidPlan");
          names.delete(step.name.toUpperCase());
          break;
      }
    }
    const initialSheets = new Set(state.sheets.map((s) => s.name.toLowerCase()));
    return compilePlan(plan, {
      sheetExists: (n) => initialSheets.has(n.toLowerCase()),
      nameExists: (n) => state.names.has(n.toUpperCase()),
    });
  }

  /** Queues one operation; sheet proxies are reused within the batch. */
  private queue(
    ctx: Excel.RequestContext,
    op: WriteOp,
    proxies: Map<string, Excel.Worksheet>,
  ): void {
    const sheet = (name: string): Excel.Worksheet => {
      const k = name.toLowerCase();
      let ws = proxies.get(k);
      if (!ws) {
        ws = ctx.workbook.worksheets.getItem(name);
        proxies.set(k, ws);
      }
      return ws;
    };
    switch (op.kind) {
      case "addSheet":
        proxies.set(op.sheet.toLowerCase(), ctx.workbook.worksheets.add(op.sheet));
        return;
      case "clearSheet":
        sheet(op.sheet).getRange().clear("All");
        return;
      case "deleteSheet":
        sheet(op.sheet).delete();
        proxies.delete(op.sheet.toLowerCase());
        return;
      case "clearRange":
        sheet(op.sheet)
          .getRangeByIndexes(
            op.range.top,
            op.range.left,
            op.range.bottom - op.range.top + 1,
            op.range.right - op.range.left + 1,
          )
          .clear("All");
        return;
      case "numberFormat":
        sheet(op.sheet).getRangeByIndexes(
          op.top,
          op.left,
          op.data.length,
          op.data[0].length,
        ).numberFormat = op.data;
        return;
      case "values":
        sheet(op.sheet).getRangeByIndexes(
          op.top,
          op.left,
          op.data.length,
          op.data[0].length,
        ).values = op.data;
        return;
      case "areas": {
        const format = sheet(op.sheet).getRanges(op.address).format;
        const f = op.format;
        if (f.kind === "fill") {
          if (f.color === null) format.fill.clear();
          else format.fill.color = f.color;
        } else if (f.kind === "bold") format.font.bold = f.value;
        else if (f.kind === "wrap") {
          format.wrapText = f.value;
          // As the ExcelJS adapter does: wrapped paragraphs read from the top.
          if (f.value) format.verticalAlignment = "Top";
        } else format.horizontalAlignment = f.value as Excel.HorizontalAlignment;
        return;
      }
      case "columnWidth":
        sheet(op.sheet).getRange(op.address).format.columnWidth = op.points;
        return;
      case "deleteName":
        ctx.workbook.names.getItem(op.name).delete();
        return;
      case "addName": {
        const r = op.range;
        const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
        const ref =
          r.top === r.bottom && r.left === r.right
            ? abs(r.top, r.left)
            : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
        ctx.workbook.names.add(op.name, `=${quoteSheetName(op.sheet)}!${ref}`);
        return;
      }
    }
  }
}

function sameValue(before: CellValue, now: unknown): boolean {
  if (before === null) return now === "" || now === null;
  if (typeof before === "object") return typeof now === "string" && now === before.error;
  return before === now;
}
