/**
 * A recording fake of the Excel JavaScript API: the subset the add-in uses, with Office.js's
 * batching semantics. Calls queue operations; `context.sync()` executes them in order against an
 * in-memory workbook; reading a property that was not loaded and synced throws PropertyNotLoaded.
 * It counts syncs, proxy calls, formatting calls and the bytes of each request and response, and
 * enforces the limits that bite in Excel on the web (5 MB payloads, 8,192-character addresses).
 * Browser-safe: the task-pane browser test bundles it.
 */
import type { CellRange } from "../../../src/core/grid";
import {
  cellAddress,
  columnLetters,
  parseRangeAddress,
  quoteSheetName,
  rangeAddress,
} from "../../../src/core/address";
import {
  type CellModel,
  type FakeSeed,
  type SheetModel,
  type WorkbookModel,
  MAX_COLS,
  MAX_ROWS,
  emptyCell,
  enterValue,
  hasContent,
  isDefault,
  key,
  normaliseColor,
  layoutOf,
  ERROR_LITERALS,
} from "./model";

export type { FakeSeed } from "./model";

/** Excel on the web rejects requests and responses above 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Longer address strings are silently truncated by Excel; the fake refuses them so tests notice. */
export const ADDRESS_LIMIT_CHARS = 8192;
/** Per-operation overhead in a request (object path, method id) — an estimate. */
const OP_OVERHEAD_BYTES = 40;

export interface FakeStats {
  syncs: number;
  proxyCalls: number;
  /** Formatting operations: number format, fill, font, wrap, alignment, column width, clear. */
  formatCalls: number;
  /** The subset of formatCalls that set or clear a fill. */
  fillCalls: number;
  /** Request bytes of each sync, in order. */
  batchBytes: number[];
  /** Response bytes of each sync, in order. */
  responseBytes: number[];
}

/**
 * How the fake behaves where Excels differ.
 * - locale: the list separator `getRanges` accepts between areas. Windows desktop Excel takes the
 *   locale's separator — ";" in Swedish (as in German or Czech) — and throws InvalidArgument on ",";
 *   en-US Excel (and Excel on the web) takes "," and rejects ";" (office-js #1167, #1985).
 * - oversizeAnswer: how a response over the limit is answered. Desktop says
 *   ResponsePayloadSizeLimitExceeded; Excel on the web often answers GeneralException (office-js #1314).
 */
export interface FakeOptions {
  locale?: "sv-SE" | "en-US";
  oversizeAnswer?: "ResponsePayloadSizeLimitExceeded" | "GeneralException";
  /** Response limit in bytes (default 5 MB), lowered in tests to reach it with small sheets. */
  responseLimitBytes?: number;
}

/** An error shaped like OfficeExtension.Error: code, message, debugInfo. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

const notLoaded = (prop: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const byteLength = (s: string): number => {
  // UTF-8 length without TextEncoder allocations for the common ASCII case.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
};
const jsonBytes = (v: unknown): number => byteLength(JSON.stringify(v) ?? "null");

interface Op {
  bytes: number;
  /** Executes against the model; returns the response bytes it produced. */
  exec: () => number;
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function parseLoadSpec(spec: LoadSpec, defaults: string[]): string[][] {
  let list: string[];
  if (spec === undefined) list = defaults;
  else if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec;
  else if (spec.select === undefined) list = defaults;
  else list = typeof spec.select === "string" ? spec.select.split(",") : spec.select;
  return list
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => s.split("/"));
}

class FakeContext {
  pending: Op[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly stats: FakeStats,
    readonly options: Required<FakeOptions>,
  ) {}

  record(bytes: number, exec: () => number, kind: "call" | "format" | "fill" = "call"): void {
    this.stats.proxyCalls++;
    if (kind !== "call") this.stats.formatCalls++;
    if (kind === "fill") this.stats.fillCalls++;
    this.pending.push({ bytes: bytes + OP_OVERHEAD_BYTES, exec });
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.stats.syncs++;
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    this.stats.batchBytes.push(request);
    if (this.model.hang) {
      this.stats.responseBytes.push(0);
      return new Promise<void>(() => undefined);
    }
    if (this.model.cellEditMode) {
      // Excel runs nothing of the batch while a cell is being edited.
      this.stats.responseBytes.push(0);
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    if (request > PAYLOAD_LIMIT_BYTES) {
      this.stats.responseBytes.push(0);
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    for (const sh of this.model.sheets)
      if (this.model.readOnly) readOnlyModels.add(sh);
      else readOnlyModels.delete(sh);
    let response = 0;
    try {
      // Like Excel: operations run in order and an error stops the batch; earlier ones stay applied.
      for (const op of ops) response += op.exec();
    } finally {
      this.stats.responseBytes.push(response);
    }
    if (response > this.options.responseLimitBytes) {
      if (this.options.oversizeAnswer === "GeneralException")
        throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }
}

/** Base of every proxy: lazy resolution in queue order, load/sync bookkeeping. */
abstract class FakeObject<T> {
  protected loaded = new Map<string, unknown>();
  private state: { resolved: boolean; value: T | null } = { resolved: false, value: null };
  protected children = new Map<string, FakeObject<unknown>>();

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
    /** Created by an *OrNullObject method: a missing target is a null object, not an error. */
    private readonly nullable: boolean,
    /** When set, creating the proxy queues its resolution (a method call that returns an object). */
    queueResolution: boolean,
  ) {
    if (queueResolution) {
      ctx.record(0, () => {
        this.resolveNow();
        return 0;
      });
    }
  }

  /** Resolves the target at execution time, memoised as Office.js binds a proxy once. */
  resolveNow(): T | null {
    if (!this.state.resolved) {
      const v = this.resolver();
      this.state = { resolved: true, value: v };
    }
    return this.state.value;
  }

  /** The target for an operation; a null object cannot be written. */
  target(): T {
    const v = this.resolveNow();
    if (v === null) {
      if (this.nullable)
        throw new FakeOfficeError(
          "InvalidOperation",
          "The operation is not allowed on a null object.",
        );
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return v;
  }

  get isNullObject(): boolean {
    if (!this.state.resolved) throw notLoaded("isNullObject");
    return this.state.value === null;
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** Names loaded when load() is called without arguments. */
  protected abstract scalarProps(): string[];
  /** The value of a scalar property right now (execution time). */
  protected abstract readProp(target: T, prop: string): unknown;
  /** A navigation property's proxy, for nested load paths such as "format/fill/color". */
  protected child(_name: string): FakeObject<unknown> | null {
    return null;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec, this.scalarProps());
    this.ctx.record(jsonBytes(spec ?? ""), () => this.loadNow(paths));
    return this;
  }

  /** Executes a load; returns response bytes. */
  loadNow(paths: string[][]): number {
    const t = this.resolveNow();
    if (t === null) return 4; // a null object loads nothing
    let bytes = 0;
    for (const path of paths) {
      if (path.length === 1) {
        const v = this.readProp(t, path[0]);
        this.loaded.set(path[0], v);
        bytes += jsonBytes(v) + path[0].length + 4;
      } else {
        const c = this.child(path[0]);
        if (!c) throw new FakeOfficeError("InvalidArgument", `Cannot load '${path.join("/")}'.`);
        bytes += c.loadNow([path.slice(1)]);
      }
    }
    return bytes;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// ---------------------------------------------------------------- model helpers

function findSheet(model: WorkbookModel, name: string): SheetModel | null {
  const lower = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
}

/** Every change goes through here or assertCanChange: a read-only workbook takes none. */
function assertCanChange(model: WorkbookModel): void {
  if (model.readOnly)
    throw new FakeOfficeError("AccessDenied", "The workbook is read-only.", "Workbook");
}

/** Adding, deleting or renaming a sheet: refused under workbook structure protection. */
function assertStructureChangeable(model: WorkbookModel): void {
  assertCanChange(model);
  if (model.structureProtected)
    throw new FakeOfficeError(
      "AccessDenied",
      "The workbook structure is protected: sheets cannot be added, deleted or renamed.",
      "Workbook",
    );
}

function assertWritable(sheet: SheetModel): void {
  if (readOnlyModels.has(sheet))
    throw new FakeOfficeError("AccessDenied", "The workbook is read-only.", sheet.name);
  if (sheet.protected) {
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
      `${sheet.name}`,
    );
  }
  if (!sheetAlive(sheet)) throw new FakeOfficeError("ItemNotFound", "The worksheet was deleted.");
}

const deletedSheets = new WeakSet<SheetModel>();
/** Sheets of a read-only workbook (kept in step with model.readOnly at each sync). */
const readOnlyModels = new WeakSet<SheetModel>();
const sheetAlive = (s: SheetModel): boolean => !deletedSheets.has(s);

function cellOf(sheet: SheetModel, row: number, col: number, create: true): CellModel;
function cellOf(sheet: SheetModel, row: number, col: number, create: false): CellModel | null;
function cellOf(sheet: SheetModel, row: number, col: number, create: boolean): CellModel | null {
  const k = key(row, col);
  let c = sheet.cells.get(k) ?? null;
  if (!c && create) {
    c = emptyCell();
    sheet.cells.set(k, c);
  }
  return c;
}

function cellsIn(sheet: SheetModel, r: CellRange): Iterable<[number, number, CellModel]> {
  const area = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  const out: [number, number, CellModel][] = [];
  if (area > sheet.cells.size) {
    for (const [k, c] of sheet.cells) {
      const [row, col] = k.split(":").map(Number);
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)
        out.push([row, col, c]);
    }
  } else {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const c = sheet.cells.get(key(row, col));
        if (c) out.push([row, col, c]);
      }
  }
  return out;
}

/** Applies fn to every cell of the rectangles, creating cells (formatting an empty cell makes it exist). */
function forEachCell(sheet: SheetModel, rects: CellRange[], fn: (c: CellModel) => void): void {
  for (const r of rects) {
    const area = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    if (area > 2_000_000)
      throw new FakeOfficeError("OperationCellsExceedLimit", "Too many cells for the fake.");
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) fn(cellOf(sheet, row, col, true));
  }
}

function prune(sheet: SheetModel): void {
  for (const [k, c] of sheet.cells) if (isDefault(c)) sheet.cells.delete(k);
}

function usedRect(sheet: SheetModel, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, c] of sheet.cells) {
    if (valuesOnly ? !hasContent(c) : isDefault(c)) continue;
    const [row, col] = k.split(":").map(Number);
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

function qualified(sheet: SheetModel, r: CellRange): string {
  const whole =
    r.top === 0 && r.left === 0 && r.bottom === MAX_ROWS - 1 && r.right === MAX_COLS - 1;
  return `${quoteSheetName(sheet.name)}!${whole ? `1:${MAX_ROWS}` : rangeAddress(r)}`;
}

/** Parses "A1", "A1:B2", "A:A", "3:5" (with optional $) within one sheet. */
function parseAddress(text: string): CellRange {
  const t = text.trim().replace(/\$/g, "");
  const r = parseRangeAddress(t);
  if (r) return r;
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(t);
  if (cols) {
    const a = parseRangeAddress(`${cols[1]}1`);
    const b = parseRangeAddress(`${cols[2]}1`);
    if (a && b)
      return {
        top: 0,
        bottom: MAX_ROWS - 1,
        left: Math.min(a.left, b.left),
        right: Math.max(a.left, b.left),
      };
  }
  const rows = /^(\d+):(\d+)$/.exec(t);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 };
  }
  throw new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: '${text}'.`,
  );
}

function to2D<T>(r: CellRange, fn: (row: number, col: number) => T): T[][] {
  const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (cells > 5_000_000)
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "Too many cells requested.");
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(fn(row, col));
    out.push(line);
  }
  return out;
}

function check2D(r: CellRange, v: unknown, prop: string): unknown[][] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (
    !Array.isArray(v) ||
    v.length !== rows ||
    v.some((line) => !Array.isArray(line) || line.length !== cols)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
    );
  }
  return v as unknown[][];
}

// ---------------------------------------------------------------- ranges and formats

interface Area {
  sheet: SheetModel;
  rects: CellRange[];
}

class FakeRangeFill extends FakeObject<Area> {
  constructor(
    ctx: FakeContext,
    private readonly area: () => Area | null,
  ) {
    super(ctx, area, false, false);
  }
  protected scalarProps(): string[] {
    return ["color"];
  }
  protected readProp(a: Area, prop: string): unknown {
    if (prop !== "color")
      throw new FakeOfficeError("InvalidArgument", `Unknown property fill/${prop}`);
    const colors = new Set<string | null>();
    for (const r of a.rects)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          colors.add(cellOf(a.sheet, row, col, false)?.fill ?? null);
    if (colors.size !== 1) return null;
    return [...colors][0] ?? "#FFFFFF";
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.ctx.record(
      jsonBytes(v),
      () => {
        const a = this.target();
        assertWritable(a.sheet);
        const c = normaliseColor(v);
        forEachCell(a.sheet, a.rects, (cell) => (cell.fill = c));
        return 0;
      },
      "fill",
    );
  }
  clear(): void {
    this.ctx.record(
      0,
      () => {
        const a = this.target();
        assertWritable(a.sheet);
        for (const r of a.rects) for (const [, , c] of cellsIn(a.sheet, r)) c.fill = null;
        prune(a.sheet);
        return 0;
      },
      "fill",
    );
  }
}

class FakeRangeFont extends FakeObject<Area> {
  constructor(ctx: FakeContext, area: () => Area | null) {
    super(ctx, area, false, false);
  }
  protected scalarProps(): string[] {
    return ["bold"];
  }
  protected readProp(a: Area, prop: string): unknown {
    if (prop !== "bold")
      throw new FakeOfficeError("InvalidArgument", `Unknown property font/${prop}`);
    const r = a.rects[0];
    return cellOf(a.sheet, r.top, r.left, false)?.bold ?? false;
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.ctx.record(
      jsonBytes(v),
      () => {
        const a = this.target();
        assertWritable(a.sheet);
        forEachCell(a.sheet, a.rects, (c) => (c.bold = v));
        prune(a.sheet);
        return 0;
      },
      "format",
    );
  }
}

class FakeRangeFormat extends FakeObject<Area> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(ctx: FakeContext, area: () => Area | null) {
    super(ctx, area, false, false);
    this.fill = new FakeRangeFill(ctx, () => this.resolveNow());
    this.font = new FakeRangeFont(ctx, () => this.resolveNow());
  }
  protected override child(name: string): FakeObject<unknown> | null {
    return name === "fill" ? this.fill : name === "font" ? this.font : null;
  }
  protected scalarProps(): string[] {
    return ["wrapText", "horizontalAlignment", "columnWidth"];
  }
  protected readProp(a: Area, prop: string): unknown {
    const r = a.rects[0];
    const c = cellOf(a.sheet, r.top, r.left, false);
    if (prop === "wrapText") return c?.wrap ?? false;
    if (prop === "horizontalAlignment") return c?.align ?? "General";
    if (prop === "verticalAlignment") return c?.valign ?? "Bottom";
    if (prop === "columnWidth") return a.sheet.colWidths.get(r.left) ?? 48;
    throw new FakeOfficeError("InvalidArgument", `Unknown property format/${prop}`);
  }
  private setter(prop: string, v: unknown, apply: (a: Area) => void): void {
    this.ctx.record(
      jsonBytes(v) + prop.length,
      () => {
        const a = this.target();
        assertWritable(a.sheet);
        apply(a);
        prune(a.sheet);
        return 0;
      },
      "format",
    );
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.setter("wrapText", v, (a) => forEachCell(a.sheet, a.rects, (c) => (c.wrap = v)));
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setter("horizontalAlignment", v, (a) =>
      forEachCell(a.sheet, a.rects, (c) => (c.align = v)),
    );
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setter("verticalAlignment", v, (a) =>
      forEachCell(a.sheet, a.rects, (c) => (c.valign = v)),
    );
  }
  set rowHeight(v: number) {
    this.setter("rowHeight", v, (a) => {
      if (!(v > 0 && v <= 409)) throw new FakeOfficeError("InvalidArgument", "rowHeight 0–409");
      for (const r of a.rects)
        for (let row = r.top; row <= r.bottom; row++) layoutOf(a.sheet).rowHeights.set(row, v);
    });
  }
  /** useStandardWidth = true: the column goes back to the sheet's standard width. */
  set useStandardWidth(v: boolean) {
    this.setter("useStandardWidth", v, (a) => {
      if (!v) return;
      for (const r of a.rects)
        for (let col = r.left; col <= r.right; col++) a.sheet.colWidths.delete(col);
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.setter("columnWidth", v, (a) => {
      for (const r of a.rects)
        for (let col = r.left; col <= r.right; col++) a.sheet.colWidths.set(col, v);
    });
  }
}

function clearArea(a: Area, applyTo: string): void {
  assertWritable(a.sheet);
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (!contents && !formats)
    throw new FakeOfficeError("InvalidArgument", `Unsupported applyTo ${applyTo}`);
  for (const r of a.rects)
    for (const [, , c] of cellsIn(a.sheet, r)) {
      if (contents) {
        c.value = null;
        c.formula = null;
        c.error = false;
        c.quotePrefix = false;
      }
      if (formats) {
        c.numberFormat = "General";
        c.fill = null;
        c.bold = false;
        c.wrap = false;
        c.align = "General";
        c.valign = "Bottom";
        delete c.fontSize;
      }
    }
  // Clearing formats unmerges, as in Excel; conditional formats stay (they are cleared on their own).
  if (formats && a.sheet.layout)
    a.sheet.layout.merges = a.sheet.layout.merges.filter((m) => {
      const r = parseRangeAddress(m);
      return (
        !r ||
        a.rects.every(
          (x) => r.bottom < x.top || r.top > x.bottom || r.right < x.left || r.left > x.right,
        )
      );
    });
  prune(a.sheet);
}

interface RangeTarget {
  sheet: SheetModel;
  rect: CellRange;
}

export class FakeRange extends FakeObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, resolver, nullable, true);
    this.format = new FakeRangeFormat(ctx, () => {
      const t = this.resolveNow();
      return t ? { sheet: t.sheet, rects: [t.rect] } : null;
    });
  }
  protected override child(name: string): FakeObject<unknown> | null {
    return name === "format" ? this.format : null;
  }
  protected scalarProps(): string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
    ];
  }
  protected readProp(t: RangeTarget, prop: string): unknown {
    const { sheet, rect } = t;
    switch (prop) {
      case "address":
        return qualified(sheet, rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      case "values":
        return to2D(rect, (r, c) => cellOf(sheet, r, c, false)?.value ?? "");
      case "formulas":
        return to2D(rect, (r, c) => {
          const cell = cellOf(sheet, r, c, false);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        return to2D(rect, (r, c) => cellOf(sheet, r, c, false)?.numberFormat ?? "General");
      case "valueTypes":
        return to2D(rect, (r, c) => {
          const cell = cellOf(sheet, r, c, false);
          const v = cell?.value ?? null;
          if (cell?.error) return "Error";
          if (v === null) return "Empty";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake does not model Range.${prop}.`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.ctx.record(jsonBytes(v), () => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      const rows = check2D(rect, v, "values");
      rows.forEach((line, i) =>
        line.forEach((x, j) => {
          if (x === null || x === undefined) return;
          enterValue(cellOf(sheet, rect.top + i, rect.left + j, true), x);
        }),
      );
      prune(sheet);
      return 0;
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.record(
      jsonBytes(v),
      () => {
        const { sheet, rect } = this.target();
        assertWritable(sheet);
        check2D(rect, v, "numberFormat").forEach((line, i) =>
          line.forEach((x, j) => {
            if (x === null || x === undefined) return;
            if (typeof x !== "string")
              throw new FakeOfficeError("InvalidArgument", "numberFormat must be text");
            cellOf(sheet, rect.top + i, rect.left + j, true).numberFormat =
              x === "" ? "General" : x;
          }),
        );
        prune(sheet);
        return 0;
      },
      "format",
    );
  }
  /**
   * Range.setCellProperties (ExcelApi 1.9): per-cell formats; what a cell's entry leaves out stays.
   * Like Excel on the web it fails with an internal error above 80,000 cells (office-js #2564).
   */
  setCellProperties(data: unknown[][]): void {
    const hasFill = JSON.stringify(data).includes('"fill"');
    this.ctx.record(
      jsonBytes(data),
      () => {
        const { sheet, rect } = this.target();
        assertWritable(sheet);
        const rows = check2D(rect, data, "cellProperties");
        if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 80_000)
          throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
        rows.forEach((line, i) =>
          line.forEach((p, j) => {
            const f = (p as { format?: Record<string, unknown> } | null)?.format;
            if (!f) return;
            const cell = cellOf(sheet, rect.top + i, rect.left + j, true);
            for (const [k, v] of Object.entries(f)) {
              if (k === "fill") {
                const color = (v as { color?: string }).color;
                if (typeof color !== "string")
                  throw new FakeOfficeError("InvalidArgument", "fill needs a color");
                cell.fill = normaliseColor(color);
              } else if (k === "font") {
                const { bold, size } = v as { bold?: unknown; size?: unknown };
                if (bold === undefined && size === undefined)
                  throw new FakeOfficeError("InvalidArgument", "font needs bold or size");
                if (bold !== undefined && typeof bold !== "boolean")
                  throw new FakeOfficeError("InvalidArgument", "font.bold must be boolean");
                if (size !== undefined && (typeof size !== "number" || size <= 0))
                  throw new FakeOfficeError("InvalidArgument", "font.size must be positive");
                if (typeof bold === "boolean") cell.bold = bold;
                if (typeof size === "number") cell.fontSize = size;
              } else if (k === "wrapText" && typeof v === "boolean") cell.wrap = v;
              else if (k === "horizontalAlignment" && typeof v === "string") cell.align = v;
              else if (k === "verticalAlignment" && typeof v === "string") cell.valign = v;
              else
                throw new FakeOfficeError(
                  "InvalidArgument",
                  `The fake does not model format.${k}.`,
                );
            }
          }),
        );
        prune(sheet);
        return 0;
      },
      hasFill ? "fill" : "format",
    );
  }
  clear(applyTo: string = "All"): void {
    this.ctx.record(
      jsonBytes(applyTo),
      () => {
        const t = this.target();
        clearArea({ sheet: t.sheet, rects: [t.rect] }, applyTo);
        return 0;
      },
      "format",
    );
  }
  /** Range.merge(across): across = each row of the range merged on its own. */
  merge(across = false): void {
    this.ctx.record(
      8,
      () => {
        const { sheet, rect } = this.target();
        assertWritable(sheet);
        const rows = across ? rect.bottom - rect.top + 1 : 1;
        for (let i = 0; i < rows; i++) {
          const r = across ? { ...rect, top: rect.top + i, bottom: rect.top + i } : rect;
          layoutOf(sheet).merges.push(rangeAddress(r));
        }
        return 0;
      },
      "format",
    );
  }
  /** Range.conditionalFormats (ExcelApi 1.6), modelled for data bars only. */
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, () => this.target());
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, bottom: r, left: c, right: c } };
    });
  }
  select(): void {
    this.ctx.record(0, () => {
      const t = this.target();
      this.ctx.model.activeSheetId = t.sheet.id;
      this.ctx.model.selection = { sheetId: t.sheet.id, range: { ...t.rect } };
      return 0;
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet, false);
  }
}

export class FakeRangeAreas extends FakeObject<Area> {
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeContext, resolver: () => Area | null) {
    super(ctx, resolver, false, true);
    this.format = new FakeRangeFormat(ctx, () => this.resolveNow());
  }
  protected override child(name: string): FakeObject<unknown> | null {
    return name === "format" ? this.format : null;
  }
  protected scalarProps(): string[] {
    return ["address", "areaCount", "cellCount"];
  }
  protected readProp(a: Area, prop: string): unknown {
    if (prop === "address") return a.rects.map((r) => qualified(a.sheet, r)).join(",");
    if (prop === "areaCount") return a.rects.length;
    if (prop === "cellCount")
      return a.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    throw new FakeOfficeError("InvalidArgument", `The fake does not model RangeAreas.${prop}.`);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  clear(applyTo: string = "All"): void {
    this.ctx.record(
      jsonBytes(applyTo),
      () => {
        clearArea(this.target(), applyTo);
        return 0;
      },
      "format",
    );
  }
}

// ---------------------------------------------------------------- sheets, tables, names

class FakeWorksheetProtection extends FakeObject<SheetModel> {
  constructor(ctx: FakeContext, sheet: () => SheetModel | null) {
    super(ctx, sheet, false, false);
  }
  protected scalarProps(): string[] {
    return ["protected"];
  }
  protected readProp(s: SheetModel, prop: string): unknown {
    if (prop !== "protected")
      throw new FakeOfficeError("InvalidArgument", `Unknown property protection/${prop}`);
    return s.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeTable extends FakeObject<{ sheet: SheetModel; name: string }> {
  constructor(
    ctx: FakeContext,
    resolver: () => { sheet: SheetModel; name: string } | null,
    queue: boolean,
  ) {
    super(ctx, resolver, false, queue);
  }
  protected scalarProps(): string[] {
    return ["name"];
  }
  protected override child(name: string): FakeObject<unknown> | null {
    return name === "worksheet" ? this.worksheet : null;
  }
  protected readProp(t: { sheet: SheetModel; name: string }, prop: string): unknown {
    if (prop === "name") return t.name;
    throw new FakeOfficeError("InvalidArgument", `The fake does not model Table.${prop}.`);
  }
  get name(): string {
    return this.get("name");
  }
  private ws: FakeWorksheet | null = null;
  get worksheet(): FakeWorksheet {
    this.ws ??= new FakeWorksheet(this.ctx, () => this.target().sheet, false, false);
    return this.ws;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const tb = t.sheet.tables.find((x) => x.name === t.name);
      if (!tb) throw new FakeOfficeError("ItemNotFound", "The table was deleted.");
      return { sheet: t.sheet, rect: tb.range };
    });
  }
}

abstract class FakeCollection<T, P> extends FakeObject<T[]> {
  protected abstract wrap(item: T): P;
  protected itemProxies: P[] | null = null;
  protected scalarProps(): string[] {
    return ["items"];
  }
  protected readProp(): unknown {
    return null;
  }
  override loadNow(paths: string[][]): number {
    const list = this.resolveNow() ?? [];
    this.itemProxies = list.map((x) => this.wrap(x));
    let bytes = 2;
    for (const p of this.itemProxies) {
      const sub = paths.filter((x) => x[0] === "items" && x.length > 1).map((x) => x.slice(1));
      const fo = p as unknown as FakeObject<T>;
      bytes += fo.loadNow(sub.length > 0 ? sub : [["name"]]);
    }
    this.loaded.set("items", true);
    return bytes;
  }
  get items(): P[] {
    if (!this.loaded.has("items") || !this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }
}

class FakeTableCollection extends FakeCollection<{ sheet: SheetModel; name: string }, FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly sheets: () => SheetModel[],
  ) {
    super(
      ctx,
      () => sheets().flatMap((s) => s.tables.map((t) => ({ sheet: s, name: t.name }))),
      false,
      false,
    );
  }
  protected wrap(item: { sheet: SheetModel; name: string }): FakeTable {
    return new FakeTable(this.ctx, () => item, false);
  }
  getItem(name: string): FakeTable {
    return new FakeTable(
      this.ctx,
      () => {
        for (const s of this.sheets())
          for (const t of s.tables)
            if (t.name.toLowerCase() === name.toLowerCase()) return { sheet: s, name: t.name };
        throw new FakeOfficeError("ItemNotFound", `Table '${name}' not found.`);
      },
      true,
    );
  }
}

/**
 * ConditionalFormatCollection, data bars only: add() returns a format whose dataBar properties are
 * recorded as assigned (dataBar.axisFormat, dataBar.positiveFormat.fillColor …) when the batch runs.
 */
export class FakeConditionalFormats {
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => RangeTarget,
  ) {}
  add(type: string): { dataBar: Record<string, unknown> } {
    if (type !== "DataBar")
      throw new FakeOfficeError("InvalidArgument", `The fake models data bars only, not ${type}.`);
    const dataBar: Record<string, unknown> = {
      positiveFormat: {} as Record<string, unknown>,
      negativeFormat: {} as Record<string, unknown>,
    };
    this.ctx.record(
      16,
      () => {
        const { sheet, rect } = this.target();
        assertWritable(sheet);
        layoutOf(sheet).conditionalFormats.push({ type, address: rangeAddress(rect), dataBar });
        return 0;
      },
      "format",
    );
    return { dataBar };
  }
  clearAll(): void {
    this.ctx.record(
      8,
      () => {
        const { sheet, rect } = this.target();
        assertWritable(sheet);
        const layout = layoutOf(sheet);
        layout.conditionalFormats = layout.conditionalFormats.filter((cf) => {
          const r = parseRangeAddress(cf.address);
          return (
            !r ||
            r.bottom < rect.top ||
            r.top > rect.bottom ||
            r.right < rect.left ||
            r.left > rect.right
          );
        });
        return 0;
      },
      "format",
    );
  }
}

const PAGE_PROPS = [
  "orientation",
  "paperSize",
  "zoom",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;
const HEADER_FOOTER_PROPS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** Worksheet.pageLayout (ExcelApi 1.9): assignments recorded into the sheet's layout when the batch runs. */
function fakePageLayout(ctx: FakeContext, sheet: () => SheetModel): Record<string, unknown> {
  const recorder = (props: readonly string[]): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    for (const prop of props)
      Object.defineProperty(o, prop, {
        set(v: unknown) {
          ctx.record(
            jsonBytes(v) + prop.length,
            () => {
              const s = sheet();
              assertWritable(s);
              layoutOf(s).page[prop] = v;
              return 0;
            },
            "format",
          );
        },
        get() {
          throw notLoaded(`pageLayout/${prop}`);
        },
      });
    return o;
  };
  const layout = recorder(PAGE_PROPS);
  layout.headersFooters = { defaultForAllPages: recorder(HEADER_FOOTER_PROPS) };
  layout.setPrintTitleRows = (address: string): void => {
    ctx.record(address.length, () => {
      if (!/^\$\d+:\$\d+$/.test(address))
        throw new FakeOfficeError("InvalidArgument", `Print title rows ${address}`);
      layoutOf(sheet()).page.printTitleRows = address;
      return 0;
    });
  };
  return layout;
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  readonly protection: FakeWorksheetProtection;
  readonly tables: FakeTableCollection;
  constructor(
    ctx: FakeContext,
    resolver: () => SheetModel | null,
    nullable: boolean,
    queue = true,
  ) {
    super(ctx, resolver, nullable, queue);
    this.protection = new FakeWorksheetProtection(ctx, () => this.resolveNow());
    this.tables = new FakeTableCollection(ctx, () => {
      const s = this.resolveNow();
      return s ? [s] : [];
    });
  }
  protected override child(name: string): FakeObject<unknown> | null {
    return name === "protection" ? this.protection : null;
  }
  protected scalarProps(): string[] {
    return ["name", "visibility", "position"];
  }
  protected readProp(s: SheetModel, prop: string): unknown {
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    if (prop === "position") return this.ctx.model.sheets.indexOf(s);
    if (prop === "id") return `{fake-${s.id}}`;
    throw new FakeOfficeError("InvalidArgument", `The fake does not model Worksheet.${prop}.`);
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get position(): number {
    return this.get("position");
  }
  get pageLayout(): Record<string, unknown> {
    return fakePageLayout(this.ctx, () => this.target());
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      const rect =
        address === undefined || address === ""
          ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }
          : parseAddress(address);
      return { sheet, rect };
    });
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      if (
        rowCount < 1 ||
        columnCount < 1 ||
        startRow < 0 ||
        startColumn < 0 ||
        startRow + rowCount > MAX_ROWS ||
        startColumn + columnCount > MAX_COLS
      )
        throw new FakeOfficeError("InvalidArgument", "The range is outside the sheet.");
      return {
        sheet,
        rect: {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        },
      };
    });
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const sheet = this.target();
      if (address.length > ADDRESS_LIMIT_CHARS)
        throw new FakeOfficeError(
          "InvalidArgument",
          `Address longer than ${ADDRESS_LIMIT_CHARS} characters (${address.length}).`,
        );
      const separator = this.ctx.options.locale === "sv-SE" ? ";" : ",";
      const foreign = separator === ";" ? "," : ";";
      if (address.includes(foreign))
        throw new FakeOfficeError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (list separator here is "${separator}").`,
        );
      return { sheet, rects: address.split(separator).map(parseAddress) };
    });
  }
  private used(valuesOnly: boolean, nullable: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.target();
        const rect = usedRect(sheet, valuesOnly);
        if (rect) return { sheet, rect };
        return nullable ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      nullable,
    );
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, true);
  }
  activate(): void {
    this.ctx.record(0, () => {
      this.ctx.model.activeSheetId = this.target().id;
      return 0;
    });
  }
  delete(): void {
    this.ctx.record(0, () => {
      const s = this.target();
      const m = this.ctx.model;
      assertStructureChangeable(m);
      if (m.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      m.sheets.splice(m.sheets.indexOf(s), 1);
      deletedSheets.add(s);
      // Names that pointed at the sheet now say #REF!, as in Excel.
      const prefix = `=${quoteSheetName(s.name)}!`;
      for (const n of m.names.values())
        if (n.reference.startsWith(prefix))
          n.reference = `=#REF!${n.reference.slice(prefix.length)}`;
      if (m.activeSheetId === s.id)
        m.activeSheetId = m.sheets.find((x) => x.visibility === "Visible")?.id ?? -1;
      if (m.selection?.sheetId === s.id) m.selection = null;
      return 0;
    });
  }
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.sheets.slice(), false, false);
  }
  protected wrap(s: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => s, false, false);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = findSheet(this.ctx.model, name);
        if (!s) throw new FakeOfficeError("ItemNotFound", `Worksheet '${name}' not found.`);
        return s;
      },
      false,
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, name), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => this.ctx.model.sheets.find((s) => s.id === this.ctx.model.activeSheetId) ?? null,
      false,
    );
  }
  add(name?: string): FakeWorksheet {
    this.ctx.stats.proxyCalls++;
    let created: SheetModel | null = null;
    const ws = new FakeWorksheet(this.ctx, () => created, false, false);
    this.ctx.pending.push({
      bytes: jsonBytes(name ?? "") + 40,
      exec: () => {
        const m = this.ctx.model;
        assertStructureChangeable(m);
        const n = name ?? `Sheet${m.nextSheetId}`;
        if (n.length > 31 || INVALID_SHEET_CHARS.test(n) || n.trim() === "")
          throw new FakeOfficeError("InvalidArgument", `Invalid sheet name '${n}'.`);
        if (findSheet(m, n))
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${n}' already exists.`);
        created = {
          id: m.nextSheetId++,
          name: n,
          protected: false,
          visibility: "Visible",
          cells: new Map(),
          colWidths: new Map(),
          tables: [],
        };
        m.sheets.push(created);
        ws.resolveNow();
        return 0;
      },
    });
    return ws;
  }
}

interface NameTarget {
  name: string;
  reference: string;
}

export class FakeNamedItem extends FakeObject<NameTarget> {
  constructor(
    ctx: FakeContext,
    resolver: () => NameTarget | null,
    nullable: boolean,
    queue = true,
  ) {
    super(ctx, resolver, nullable, queue);
  }
  protected scalarProps(): string[] {
    return ["name", "formula", "type", "value", "visible"];
  }
  protected readProp(n: NameTarget, prop: string): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return n.reference;
      case "value":
        return n.reference.replace(/^=/, "");
      case "type":
        return n.reference.includes("#REF!") ? "Error" : "Range";
      case "visible":
        return true;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake does not model NamedItem.${prop}.`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  delete(): void {
    this.ctx.record(0, () => {
      const n = this.target();
      assertCanChange(this.ctx.model);
      this.ctx.model.names.delete(n.name.toUpperCase());
      return 0;
    });
  }
}

const NAME_RE = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

class FakeNamedItemCollection extends FakeCollection<NameTarget, FakeNamedItem> {
  constructor(ctx: FakeContext) {
    super(ctx, () => [...ctx.model.names.values()], false, false);
  }
  protected wrap(n: NameTarget): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => n, false, false);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      () => {
        const n = this.ctx.model.names.get(name.toUpperCase());
        if (!n) throw new FakeOfficeError("ItemNotFound", `Name '${name}' not found.`);
        return n;
      },
      false,
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      () => this.ctx.model.names.get(name.toUpperCase()) ?? null,
      true,
    );
  }
  add(name: string, reference: FakeRange | string, _comment?: string): FakeNamedItem {
    this.ctx.stats.proxyCalls++;
    let created: NameTarget | null = null;
    const item = new FakeNamedItem(this.ctx, () => created, false, false);
    this.ctx.pending.push({
      bytes: jsonBytes(name) + (typeof reference === "string" ? jsonBytes(reference) : 8) + 40,
      exec: () => {
        const m = this.ctx.model;
        assertCanChange(m);
        if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255)
          throw new FakeOfficeError("InvalidArgument", `Invalid name '${name}'.`);
        if (m.names.has(name.toUpperCase()))
          throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
        let ref: string;
        if (typeof reference === "string") {
          ref = reference.startsWith("=") ? reference : `=${reference}`;
        } else {
          const t = reference.target();
          ref = `=${quoteSheetName(t.sheet.name)}!${absolute(t.rect)}`;
        }
        created = { name, reference: ref };
        m.names.set(name.toUpperCase(), created);
        item.resolveNow();
        return 0;
      },
    });
    return item;
  }
}

function absolute(r: CellRange): string {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  const b = `$${columnLetters(r.right)}$${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.record(0, () => 0);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.record(0, () => 0);
  }
}

/** Workbook.protection (ExcelApi 1.7): structure protection. */
class FakeWorkbookProtection extends FakeObject<WorkbookModel> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model, false, false);
  }
  protected scalarProps(): string[] {
    return ["protected"];
  }
  protected readProp(m: WorkbookModel, prop: string): unknown {
    if (prop !== "protected")
      throw new FakeOfficeError("InvalidArgument", `Unknown property protection/${prop}`);
    return m.structureProtected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorkbook extends FakeObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model, false, false);
    this.protection = new FakeWorkbookProtection(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.tables = new FakeTableCollection(ctx, () => ctx.model.sheets);
    this.application = new FakeApplication(ctx);
  }
  protected override child(name: string): FakeObject<unknown> | null {
    return name === "protection" ? this.protection : null;
  }
  protected scalarProps(): string[] {
    return ["name", "readOnly"];
  }
  protected readProp(m: WorkbookModel, prop: string): unknown {
    if (prop === "readOnly") return m.readOnly;
    if (prop === "name") return "Arbetsbok.xlsx";
    throw new FakeOfficeError("InvalidArgument", `The fake does not model Workbook.${prop}.`);
  }
  /** ExcelApi 1.8. */
  get readOnly(): boolean {
    return this.get("readOnly");
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const m = this.ctx.model;
      const sel = m.selection ?? {
        sheetId: m.activeSheetId,
        range: { top: 0, left: 0, bottom: 0, right: 0 },
      };
      const sheet = m.sheets.find((s) => s.id === sel.sheetId);
      if (!sheet) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      return { sheet, rect: sel.range };
    });
  }
}

// ---------------------------------------------------------------- the namespace

/** The request context the fake hands to `run`, typed as Office.js's so adapter code type-checks. */
export type FakeRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcelNamespace {
  run: FakeRun;
  ClearApplyTo: { all: "All"; formats: "Formats"; contents: "Contents" };
  RangeValueType: {
    empty: "Empty";
    string: "String";
    double: "Double";
    boolean: "Boolean";
    error: "Error";
  };
  SheetVisibility: { visible: "Visible"; hidden: "Hidden"; veryHidden: "VeryHidden" };
  HorizontalAlignment: { general: "General"; left: "Left"; center: "Center"; right: "Right" };
  ErrorCodes: Record<string, string>;
}

export interface SnapshotCell {
  value: string | number | boolean | null;
  error?: true;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: true;
  wrap?: true;
  align?: string;
  valign?: string;
}

export interface FakeWorkbookSnapshot {
  sheets: {
    name: string;
    protected: boolean;
    visibility: string;
    cells: Record<string, SnapshotCell>;
    columnWidths: Record<string, number>;
    tables: { name: string; address: string }[];
    /** Present when the add-in set any: merges, row heights (by 1-based row), page layout, data bars. */
    layout?: {
      merges: string[];
      rowHeights: Record<number, number>;
      page: Record<string, unknown>;
      conditionalFormats: { type: string; address: string; dataBar: Record<string, unknown> }[];
    };
  }[];
  names: { name: string; reference: string }[];
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  stats: FakeStats;
  /** Deterministic dump of the whole workbook for equality assertions. */
  snapshotCells(): FakeWorkbookSnapshot;
  setSelection(sheet: string, address: string): void;
  /** Resets the counters (e.g. between read and write phases of a test). */
  resetStats(): void;
  /** Direct access for tests that need to change the workbook behind the adapter's back. */
  model: WorkbookModel;
}

function seedModel(seed: FakeSeed): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    names: new Map(),
    activeSheetId: 1,
    selection: null,
    nextSheetId: 1,
    structureProtected: seed.structureProtected ?? false,
    readOnly: seed.readOnly ?? false,
    cellEditMode: false,
    hang: false,
  };
  for (const s of seed.sheets) {
    const sheet: SheetModel = {
      id: model.nextSheetId++,
      name: s.name,
      protected: s.protected ?? false,
      visibility: "Visible",
      cells: new Map(),
      colWidths: new Map(),
      tables: (s.tables ?? []).map((t) => ({ name: t.name, range: parseAddress(t.address) })),
    };
    for (const c of s.cells) {
      const r = parseAddress(c.address);
      const cell = emptyCell();
      if (typeof c.value === "string" && ERROR_LITERALS.has(c.value)) {
        cell.value = c.value;
        cell.error = true;
      } else cell.value = c.value;
      cell.formula = c.formula ? (c.formula.startsWith("=") ? c.formula : `=${c.formula}`) : null;
      cell.numberFormat = c.numberFormat ?? "General";
      cell.fill = c.fill ? normaliseColor(c.fill) : null;
      if (!isDefault(cell)) sheet.cells.set(key(r.top, r.left), cell);
    }
    model.sheets.push(sheet);
  }
  for (const n of seed.names ?? [])
    model.names.set(n.name.toUpperCase(), {
      name: n.name,
      reference: n.reference.startsWith("=") ? n.reference : `=${n.reference}`,
    });
  return model;
}

export function createFakeExcel(seed: FakeSeed, options: FakeOptions = {}): FakeExcel {
  const model = seedModel(seed);
  const opts: Required<FakeOptions> = {
    locale: options.locale ?? "sv-SE",
    oversizeAnswer: options.oversizeAnswer ?? "ResponsePayloadSizeLimitExceeded",
    responseLimitBytes: options.responseLimitBytes ?? PAYLOAD_LIMIT_BYTES,
  };
  const stats: FakeStats = {
    syncs: 0,
    proxyCalls: 0,
    formatCalls: 0,
    fillCalls: 0,
    batchBytes: [],
    responseBytes: [],
  };

  const run: FakeRun = async (batch) => {
    const ctx = new FakeContext(model, stats, opts);
    const api = { workbook: new FakeWorkbook(ctx), sync: () => ctx.sync() };
    const result = await batch(api as unknown as Excel.RequestContext);
    // Excel.run flushes commands queued after the last sync.
    if (ctx.pending.length > 0) await ctx.sync();
    return result;
  };

  const snapshotCells = (): FakeWorkbookSnapshot => ({
    sheets: model.sheets.map((s) => {
      const entries = [...s.cells.entries()]
        .map(([k, c]) => {
          const [row, col] = k.split(":").map(Number);
          return { row, col, c };
        })
        .filter((e) => !isDefault(e.c))
        .sort((a, b) => a.row - b.row || a.col - b.col);
      const cells: Record<string, SnapshotCell> = {};
      for (const { row, col, c } of entries) {
        const out: SnapshotCell = { value: c.value };
        if (c.error) out.error = true;
        if (c.formula !== null) out.formula = c.formula;
        if (c.numberFormat !== "General") out.numberFormat = c.numberFormat;
        if (c.fill !== null) out.fill = c.fill;
        if (c.bold) out.bold = true;
        if (c.wrap) out.wrap = true;
        if (c.align !== "General") out.align = c.align;
        if (c.valign !== "Bottom") out.valign = c.valign;
        cells[cellAddress(row, col)] = out;
      }
      const columnWidths: Record<string, number> = {};
      for (const [col, w] of [...s.colWidths.entries()].sort((a, b) => a[0] - b[0]))
        columnWidths[columnLetters(col)] = w;
      return {
        name: s.name,
        protected: s.protected,
        visibility: s.visibility,
        cells,
        columnWidths,
        tables: s.tables.map((t) => ({ name: t.name, address: rangeAddress(t.range) })),
        ...(s.layout
          ? {
              layout: {
                merges: [...s.layout.merges],
                rowHeights: Object.fromEntries(
                  [...s.layout.rowHeights.entries()].map(([r, h]) => [r + 1, h]),
                ),
                page: { ...s.layout.page },
                conditionalFormats: s.layout.conditionalFormats.map((c) => ({ ...c })),
              },
            }
          : {}),
      };
    }),
    names: [...model.names.values()]
      .map((n) => ({ ...n }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  });

  return {
    Excel: {
      run,
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      RangeValueType: {
        empty: "Empty",
        string: "String",
        double: "Double",
        boolean: "Boolean",
        error: "Error",
      },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
      ErrorCodes: {
        accessDenied: "AccessDenied",
        invalidArgument: "InvalidArgument",
        invalidOperation: "InvalidOperation",
        itemAlreadyExists: "ItemAlreadyExists",
        itemNotFound: "ItemNotFound",
        responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
        generalException: "GeneralException",
        invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      },
    },
    stats,
    snapshotCells,
    setSelection(sheet: string, address: string) {
      const s = findSheet(model, sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      model.activeSheetId = s.id;
      model.selection = { sheetId: s.id, range: parseAddress(address) };
    },
    resetStats() {
      stats.syncs = 0;
      stats.proxyCalls = 0;
      stats.formatCalls = 0;
      stats.fillCalls = 0;
      stats.batchBytes = [];
      stats.responseBytes = [];
    },
    model,
  };
}
