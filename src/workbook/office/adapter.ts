/**
 * The Office.js adapter: the same port as the ExcelJS adapter, executed through Excel.run.
 * Every context.sync() is a network round trip in Excel on the web, so the number of syncs is fixed:
 * read = 3 (structure; used-range sizes and table ranges; cell data), write = 1 — at most 4 for a whole
 * analysis. Only payload chunking (5 MB per request or response) adds syncs, never a loop over rows.
 * Everything that could make a write fail is checked before the first write is queued, by the
 * pre-flight rules in src/core/plan/preflight.ts (the same ones the plan builder applies).
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
import { diag, type Diagnostic } from "../../core/diagnostics";
import { renderDiagnostic, texts } from "../../core/locale";
import { markerKeys } from "../../core/plan/markers";
import { preflightRefusals, type SheetState, type WorkbookState } from "../../core/plan/preflight";
import { MARKER_PREFIX, type DataBar, type PageSetup, type WritePlan } from "../../core/plan/types";
import type { Lang } from "../../core/settings";
import { WorkbookError, type ApplyOptions, type ApplyProgress, type WorkbookPort } from "../port";
import type { OfficeMessages } from "../../core/locale";
import { isExcelTimeout } from "./watchdog";
import { argbToHex, compilePlan, packBatches, type WriteOp } from "./writeOps";

/** Excel.run, or a fake with the same shape in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Language of the adapter's messages. Default "sv". */
  lang?: Lang;
  /**
   * Estimated response bytes per read sync. Excel on the web refuses responses over 5 MB; a
   * statement cell costs ~45 bytes over the four properties read, a text cell many more, so reads
   * are sized by measured bytes per cell, not by a cell count. Default 3 MB.
   */
  maxResponseBytes?: number;
  /** Used ranges with more cells in total are refused (Office.js may return nulls above this). */
  maxCells?: number;
  /**
   * How long a read stays good enough to write on without a fresh pre-flight sync. The ribbon command
   * reads and writes at once; in the pane the user may edit between "Analysera" and "Skriv". Default 5 s.
   */
  freshForMs?: number;
  now?: () => number;
}

const DATA_PROPS = "values,formulas,numberFormat,valueTypes";
const READ_TARGET_BYTES = 3 * 1024 * 1024;
/** Bytes per cell assumed before any of the sheet was measured: above a typical statement's ~45. */
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Measured bytes per cell are scaled by this for the next block: rows further down may hold more text. */
const SAFETY = 1.15;

interface ReadState extends WorkbookState {
  at: number;
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

/**
 * An oversized response: desktop says ResponsePayloadSizeLimitExceeded, Excel on the web often just
 * GeneralException ("internal error", office-js #1314). Either way a read may split and retry.
 */
const OVERSIZE = new Set(["ResponsePayloadSizeLimitExceeded", "GeneralException"]);
/** Excel refuses every request while a cell is being edited (office-js #625, #3388). */
const CELL_EDIT = "InvalidOperationInCellEditMode";

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

/** UTF-8 length, counted (TextEncoder is missing in some test environments, and no copy is needed). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The bytes a loaded range cost in the response, as JSON. */
function responseBytes(r: Excel.Range): number {
  return utf8Length(JSON.stringify([r.values, r.formulas, r.numberFormat, r.valueTypes]));
}

/** A block of whole rows of one sheet's used range, read in one load. */
interface Block {
  sheet: number;
  row: number;
  rows: number;
  /** A half of a block that was too large once: a second failure is final. */
  retried: boolean;
}

/** "ResponsePayloadSizeLimitExceeded" → "ResponsePayloadSizeLimitExceeded"; "sheetProtected" → "SheetProtected". */
const errorCodeOf = (code: string): string => code[0].toUpperCase() + code.slice(1);

export class OfficeWorkbook implements WorkbookPort {
  private last: ReadState | null = null;
  private readonly msg: OfficeMessages;
  private readonly lang: Lang;
  private readonly maxResponseBytes: number;
  private readonly maxCells: number;
  private readonly freshForMs: number;
  private readonly now: () => number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.lang = options.lang ?? "sv";
    this.msg = texts(this.lang).office;
    this.maxResponseBytes = options.maxResponseBytes ?? READ_TARGET_BYTES;
    this.maxCells = options.maxCells ?? MAX_CELLS;
    this.freshForMs = options.freshForMs ?? 5000;
    this.now = options.now ?? (() => Date.now());
  }

  /**
   * The user's message for an Excel failure the adapter did not turn into one itself. `maybeWritten`
   * says whether a write request may have run: only then does the message mention a partial write.
   */
  private failure(e: unknown, during: "read" | "write", maybeWritten: boolean): WorkbookError {
    if (e instanceof WorkbookError) return e;
    if (isExcelTimeout(e))
      return new WorkbookError(
        maybeWritten ? this.msg.timeoutWrite(e.seconds) : this.msg.timeout(e.seconds),
        "Timeout",
      );
    const code = errorCode(e);
    if (maybeWritten) return new WorkbookError(this.msg.writeFailed(code), code);
    if (code === CELL_EDIT) return new WorkbookError(this.msg.cellEditMode, code);
    return new WorkbookError(
      during === "read" ? this.msg.readFailed(code) : this.msg.notWritten(code),
      code,
    );
  }

  // ------------------------------------------------------------------ read

  async read(): Promise<WorkbookSnapshot> {
    try {
      return await this.run(async (ctx) => {
        // Sync 1: structure — sheets with protection, names (our markers), tables, workbook state.
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
            texts(this.lang).terms.messages.tooLarge({
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
          if (!state.sheets[i].visible) g.visible = false;
          g.tables = tableRanges
            .filter((t) => t.sheet === g.name)
            .map((t) => ({ name: t.name, range: rectOf(t.range) }));
        });
        const snapshot: WorkbookSnapshot = {
          sheets: grids,
          markers: state.markers,
          ...(state.structureProtected ? { structureProtected: true } : {}),
          ...(state.readOnly ? { readOnly: true } : {}),
        };
        this.last = { ...state, snapshot };
        return snapshot;
      });
    } catch (e) {
      throw this.failure(e, "read", false);
    }
  }

  private queueStructure(ctx: Excel.RequestContext): {
    sheets: Excel.WorksheetCollection;
    names: Excel.NamedItemCollection;
    workbook: Excel.Workbook;
    protection: Excel.WorkbookProtection;
  } {
    const sheets = ctx.workbook.worksheets.load(
      "items/name,items/visibility,items/protection/protected",
    );
    const names = ctx.workbook.names.load("items/name,items/formula");
    // readOnly is ExcelApi 1.8 and workbook protection 1.7: both inside the 1.9 the add-in requires.
    const workbook = ctx.workbook.load("readOnly");
    const protection = ctx.workbook.protection.load("protected");
    return { sheets, names, workbook, protection };
  }

  private structureState(s: ReturnType<OfficeWorkbook["queueStructure"]>): ReadState {
    const markers: Marker[] = [];
    const names = new Set<string>();
    for (const n of s.names.items) {
      names.add(n.name.toUpperCase());
      if (!n.name.startsWith(MARKER_PREFIX)) continue;
      const loc = typeof n.formula === "string" ? parseQualifiedAddress(n.formula) : null;
      if (loc) markers.push({ name: n.name, sheet: loc.sheet, range: loc.range });
    }
    const sheets: SheetState[] = s.sheets.items.map((ws) => ({
      name: ws.name,
      protected: ws.protection.protected,
      visible: ws.visibility === "Visible",
    }));
    return {
      at: this.now(),
      sheets,
      analysisSheet: markers.find((m) => m.name === markerKeys.analysisSheet)?.sheet ?? null,
      structureProtected: s.protection.protected === true,
      readOnly: s.workbook.readOnly === true,
      names,
      markers,
      snapshot: null,
    };
  }

  /**
   * Loads values, formulas, number formats and value types in row blocks sized by estimated bytes,
   * as few syncs as the payload allows. A response that is too large anyway (long texts further down)
   * is split in two and each half retried once; a second failure ends the read with a clear message.
   */
  private async readCells(
    ctx: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    rects: (CellRange | null)[],
  ): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = sheets.map((ws, i) => emptyGrid(ws.name, rects[i]));
    const width = (sheet: number): number => {
      const r = rects[sheet] as CellRange;
      return r.right - r.left + 1;
    };
    const cursor = rects.map((r) => (r ? r.top : 0));
    const perCell = rects.map(() => FIRST_GUESS_BYTES_PER_CELL);
    const retry: Block[] = [];

    /** The next sync's blocks: a retried half alone, else fresh rows up to the byte budget. */
    const nextBatch = (): Block[] => {
      const again = retry.shift();
      if (again) return [again];
      const batch: Block[] = [];
      let budget = this.maxResponseBytes;
      for (let s = 0; s < rects.length; s++) {
        const r = rects[s];
        if (!r) continue;
        while (cursor[s] <= r.bottom) {
          const rowBytes = width(s) * perCell[s];
          let rows = Math.min(Math.floor(budget / rowBytes), r.bottom - cursor[s] + 1);
          if (rows < 1) {
            if (batch.length > 0) return batch;
            rows = 1; // one row more than the budget: it may still fit the real limit
          }
          batch.push({ sheet: s, row: cursor[s], rows, retried: false });
          cursor[s] += rows;
          budget -= rows * rowBytes;
        }
      }
      return batch;
    };

    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      const loads = batch.map((b) => {
        const r = rects[b.sheet] as CellRange;
        return sheets[b.sheet]
          .getRangeByIndexes(b.row, r.left, b.rows, width(b.sheet))
          .load(DATA_PROPS);
      });
      try {
        await ctx.sync();
      } catch (e) {
        // Reads have no side effects: split and retry once.
        if (!OVERSIZE.has(errorCode(e))) throw e;
        const failed = batch.find((b) => b.retried);
        if (failed) throw this.tooLargeToRead(grids[failed.sheet].name, failed, errorCode(e));
        for (const b of batch) perCell[b.sheet] *= 2;
        retry.unshift(...batch.flatMap(halves));
        continue;
      }
      batch.forEach((b, k) => {
        copyInto(grids[b.sheet], b, loads[k]);
        perCell[b.sheet] = Math.max(
          8,
          (responseBytes(loads[k]) / (b.rows * width(b.sheet))) * SAFETY,
        );
      });
    }
    return grids;
  }

  private tooLargeToRead(sheet: string, b: Block, code: string): WorkbookError {
    const message =
      b.rows === 1
        ? this.msg.cellTooLarge(sheet, b.row + 1)
        : this.msg.readTooLarge(sheet, b.row + 1, b.row + b.rows);
    return new WorkbookError(message, code, sheet);
  }

  // ------------------------------------------------------------------ write

  /**
   * Executes the plan. `options.activate` names a sheet to show when done (the ribbon command shows
   * the Analys sheet); it rides in the last batch so it costs no extra round trip.
   */
  async apply(
    plan: WritePlan,
    onProgress?: (p: ApplyProgress) => void,
    options: ApplyOptions = {},
  ): Promise<void> {
    /** Write batches sent, and of them completed: what a failure may have left behind. */
    let sent = 0;
    let completed = 0;
    let probed: string[] = [];
    try {
      await this.run(async (ctx) => {
        let state = this.last;
        if (!state || this.now() - state.at > this.freshForMs) {
          // Pre-flight syncs: the workbook may have changed since it was read.
          state = await this.refresh(ctx, plan, state);
        } else {
          // Read moments ago: no extra round trip, but the first batch opens by resolving every
          // sheet it will touch, so a sheet deleted or renamed meanwhile fails it before any write.
          probed = this.sheetsTouched(plan, state);
        }
        const batches = packBatches(this.checked(plan, state));
        for (let i = 0; i < batches.length; i++) {
          // Once per batch: no repaint or recalculation between the operations of one request.
          ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
          ctx.workbook.application.suspendApiCalculationUntilNextSync();
          const proxies = new Map<string, Excel.Worksheet>();
          if (i === 0)
            for (const name of probed)
              proxies.set(name.toLowerCase(), ctx.workbook.worksheets.getItem(name).load("name"));
          for (const op of batches[i]) this.queue(ctx, op, proxies);
          if (options.activate && i === batches.length - 1) {
            const ws =
              proxies.get(options.activate.toLowerCase()) ??
              ctx.workbook.worksheets.getItem(options.activate);
            ws.activate();
            ws.getRange("A1").select();
          }
          sent++;
          await ctx.sync();
          completed++;
          onProgress?.({ done: i + 1, total: batches.length });
        }
      });
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      // A probe that failed stopped the first batch before its first write: say so, not "half written".
      if (completed === 0 && probed.length > 0 && !isExcelTimeout(e)) {
        const gone = await this.missingSheet(probed).catch(() => null);
        if (gone) throw this.refusal(diag("error", "sheetMissing", null, { sheet: gone }));
      }
      // In cell-edit mode Excel runs nothing of the batch; a timeout leaves it unknown.
      const maybeWritten =
        errorCode(e) === CELL_EDIT && !isExcelTimeout(e) ? completed > 0 : sent > 0;
      throw this.failure(e, "write", maybeWritten);
    } finally {
      // What was read no longer describes the workbook.
      this.last = null;
    }
  }

  /** Sheets the plan writes on, clears, empties or deletes that exist now (not those it adds). */
  private sheetsTouched(plan: WritePlan, state: ReadState): string[] {
    const exists = new Map(state.sheets.map((s) => [s.name.toLowerCase(), s.name]));
    const out = new Map<string, string>();
    for (const step of plan.steps) {
      if (!("sheet" in step) || step.kind === "setMarker") continue;
      const name = exists.get(step.sheet.toLowerCase());
      if (name) out.set(name.toLowerCase(), name);
    }
    return [...out.values()];
  }

  /** The first of the listed sheets that no longer exists (one sync, on the failure path only). */
  private async missingSheet(names: string[]): Promise<string | null> {
    return this.run(async (ctx) => {
      const sheets = names.map((n) => ({
        name: n,
        ws: ctx.workbook.worksheets.getItemOrNullObject(n).load("name"),
      }));
      await ctx.sync();
      return sheets.find((s) => s.ws.isNullObject)?.name ?? null;
    });
  }

  private refusal(d: Diagnostic): WorkbookError {
    const sheet = typeof d.params.sheet === "string" ? d.params.sheet : null;
    return new WorkbookError(renderDiagnostic(d, this.lang), errorCodeOf(d.code), sheet);
  }

  /** The pre-flight rules on the workbook as it is now; the operations only when none refuses. */
  private checked(plan: WritePlan, state: ReadState): WriteOp[] {
    const refusals = preflightRefusals(plan, state);
    if (refusals.length > 0) throw this.refusal(refusals[0]);
    const initialSheets = new Set(state.sheets.map((s) => s.name.toLowerCase()));
    return compilePlan(plan, {
      sheetExists: (n) => initialSheets.has(n.toLowerCase()),
      nameExists: (n) => state.names.has(n.toUpperCase()),
    });
  }

  /**
   * Re-reads the structure and the cells the plan would overwrite, and refuses when they changed.
   * Each target sheet is looked up with getItemOrNullObject and its own isNullObject tested (a range
   * taken from a null worksheet is no test); only sheets that exist get their cells compared, in a
   * second sync.
   */
  private async refresh(
    ctx: Excel.RequestContext,
    plan: WritePlan,
    previous: ReadState | null,
  ): Promise<ReadState> {
    const structure = this.queueStructure(ctx);
    const snapshot = previous?.snapshot ?? null;
    const written = [
      ...new Set(plan.steps.flatMap((s) => (s.kind === "writeBlocks" ? [s.sheet] : []))),
    ];
    const lookups = written.map((name) => ({
      name,
      ws: ctx.workbook.worksheets.getItemOrNullObject(name).load("name"),
    }));
    await ctx.sync();
    const state = this.structureState(structure);
    const missing = lookups.find((l) => l.ws.isNullObject);
    if (missing) throw this.refusal(diag("error", "sheetMissing", null, { sheet: missing.name }));
    if (!snapshot) return state;

    const checks: { sheet: string; top: number; left: number; range: Excel.Range }[] = [];
    for (const step of plan.steps) {
      if (step.kind !== "writeBlocks") continue;
      const ws = lookups.find((l) => l.name === step.sheet)?.ws as Excel.Worksheet;
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
    if (checks.length > 0) await ctx.sync();
    for (const c of checks) {
      const grid = snapshot.sheets.find((s) => s.name === c.sheet);
      if (grid && changedSince(grid, c))
        throw new WorkbookError(this.msg.changedSinceRead(c.sheet), "ChangedSinceRead", c.sheet);
    }
    return { ...state, snapshot };
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
      case "format": {
        const r = op.rect;
        const format = sheet(op.sheet).getRangeByIndexes(
          r.top,
          r.left,
          r.bottom - r.top + 1,
          r.right - r.left + 1,
        ).format;
        for (const f of op.formats) {
          if (f.kind === "fill") {
            if (f.color === null) format.fill.clear();
            else format.fill.color = f.color;
          } else if (f.kind === "bold") format.font.bold = f.value;
          else if (f.kind === "wrap") format.wrapText = f.value;
          else if (f.kind === "vertical")
            format.verticalAlignment = f.value as Excel.VerticalAlignment;
          else format.horizontalAlignment = f.value as Excel.HorizontalAlignment;
        }
        return;
      }
      case "cellProperties":
        sheet(op.sheet)
          .getRangeByIndexes(op.top, op.left, op.data.length, op.data[0].length)
          .setCellProperties(op.data as Excel.SettableCellProperties[][]);
        return;
      case "columnWidth":
        if (op.points === null) sheet(op.sheet).getRange(op.address).format.useStandardWidth = true;
        else sheet(op.sheet).getRange(op.address).format.columnWidth = op.points;
        return;
      case "deleteName":
        ctx.workbook.names.getItem(op.name).delete();
        return;
      case "rowHeight":
        sheet(op.sheet).getRangeByIndexes(op.top, 0, op.bottom - op.top + 1, 1).format.rowHeight =
          op.points;
        return;
      case "mergeAcross": {
        const r = op.rect;
        sheet(op.sheet)
          .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
          .merge(true);
        return;
      }
      case "pageLayout":
        queuePageLayout(sheet(op.sheet), op.setup);
        return;
      case "dataBar":
        queueDataBar(sheet(op.sheet), op.bar);
        return;
      case "clearConditionalFormats":
        sheet(op.sheet).getRange().conditionalFormats.clearAll();
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

/** Page layout (ExcelApi 1.9): margins in points, where the plan has inches. */
function queuePageLayout(ws: Excel.Worksheet, p: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "portrait" ? "Portrait" : "Landscape";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  layout.leftMargin = p.margins.left * 72;
  layout.rightMargin = p.margins.right * 72;
  layout.topMargin = p.margins.top * 72;
  layout.bottomMargin = p.margins.bottom * 72;
  layout.headerMargin = p.margins.header * 72;
  layout.footerMargin = p.margins.footer * 72;
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = p.header.left ?? "";
  hf.centerHeader = p.header.center ?? "";
  hf.rightHeader = p.header.right ?? "";
  hf.leftFooter = p.footer.left ?? "";
  hf.centerFooter = p.footer.center ?? "";
  hf.rightFooter = p.footer.right ?? "";
  const t = p.printTitleRows;
  if (t) layout.setPrintTitleRows(`$${t.top + 1}:$${t.bottom + 1}`);
}

/** A data bar (ExcelApi 1.6) from an axis at the cell's middle, as the ExcelJS adapter writes it. */
function queueDataBar(ws: Excel.Worksheet, bar: DataBar): void {
  const r = bar.range;
  const range = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  const cf = range.conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
  const d = cf.dataBar;
  d.axisFormat = "CellMidPoint";
  d.barDirection = "LeftToRight";
  d.lowerBoundRule = { type: "LowestValue" };
  d.upperBoundRule = { type: "HighestValue" };
  d.positiveFormat.fillColor = argbToHex(bar.positive);
  d.positiveFormat.gradientFill = false;
  d.negativeFormat.fillColor = argbToHex(bar.negative);
  d.negativeFormat.matchPositiveFillColor = false;
}

function emptyGrid(name: string, r: CellRange | null): SheetGrid {
  const rows = r ? r.bottom - r.top + 1 : 0;
  const cols = r ? r.right - r.left + 1 : 0;
  return {
    name,
    top: r?.top ?? 0,
    left: r?.left ?? 0,
    values: Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null)),
    formulas: Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null)),
    numberFormats: Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null)),
  };
}

function copyInto(g: SheetGrid, b: Block, range: Excel.Range): void {
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
}

/** A block in two, for a retry; a single row stays whole (it may fit alone). */
function halves(b: Block): Block[] {
  if (b.rows === 1) return [{ ...b, retried: true }];
  const first = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: first, retried: true },
    { sheet: b.sheet, row: b.row + first, rows: b.rows - first, retried: true },
  ];
}

/** Whether the cells of the check differ from the snapshot the plan was made on. */
function changedSince(
  grid: SheetGrid,
  c: { top: number; left: number; range: Excel.Range },
): boolean {
  const values = c.range.values;
  const formulas = c.range.formulas;
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < values[i].length; j++) {
      const before = grid.values[c.top + i - grid.top]?.[c.left + j - grid.left] ?? null;
      const beforeF = grid.formulas?.[c.top + i - grid.top]?.[c.left + j - grid.left] ?? null;
      const f = formulas[i][j];
      const nowF = typeof f === "string" && f.startsWith("=") ? f : null;
      if (!sameValue(before, values[i][j]) || beforeF !== nowF) return true;
    }
  return false;
}

function sameValue(before: CellValue, now: unknown): boolean {
  if (before === null) return now === "" || now === null;
  if (typeof before === "object") return typeof now === "string" && now === before.error;
  return before === now;
}
