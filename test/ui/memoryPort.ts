/**
 * An in-memory WorkbookPort over a WorkbookSnapshot, for component tests: read returns a copy,
 * apply records the plan and executes it on the snapshot (values only, which is what the pane's
 * flows observe), or throws a queued error before touching anything.
 */
import type { CellRange, CellValue, SheetGrid, WorkbookSnapshot } from "../../src/core/grid";
import type { CellBlock, WritePlan } from "../../src/core/plan/types";
import type { ApplyProgress, WorkbookPort } from "../../src/workbook/port";

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function put(sheet: SheetGrid, row: number, col: number, v: CellValue): void {
  // Grow the dense grid from its origin so absolute positions stay valid.
  while (sheet.values.length <= row - sheet.top) sheet.values.push([]);
  const r = sheet.values[row - sheet.top];
  while (r.length <= col - sheet.left) r.push(null);
  r[col - sheet.left] = v;
}

function writeBlocks(sheet: SheetGrid, blocks: CellBlock[]): void {
  for (const b of blocks) {
    b.values.forEach((line, i) => line.forEach((v, j) => put(sheet, b.top + i, b.left + j, v)));
  }
}

function clearRange(sheet: SheetGrid, r: CellRange): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      if (sheet.values[row - sheet.top]?.[col - sheet.left] !== undefined)
        put(sheet, row, col, null);
    }
  }
}

export class MemoryPort implements WorkbookPort {
  readonly applied: WritePlan[] = [];
  reads = 0;
  /** Thrown by the next apply (before anything is written), then cleared. */
  failNextApply: unknown = null;
  /** Resolves apply only when released, to observe the progress indicator. */
  hold: Promise<void> | null = null;

  constructor(public snapshot: WorkbookSnapshot) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    return clone(this.snapshot);
  }

  async apply(plan: WritePlan, onProgress?: (p: ApplyProgress) => void): Promise<void> {
    if (this.failNextApply) {
      const e = this.failNextApply;
      this.failNextApply = null;
      throw e;
    }
    this.applied.push(clone(plan));
    const total = plan.steps.length;
    onProgress?.({ done: 0, total });
    if (this.hold) await this.hold;
    plan.steps.forEach((step, i) => {
      const sheet =
        "sheet" in step ? this.snapshot.sheets.find((s) => s.name === step.sheet) : undefined;
      switch (step.kind) {
        case "writeBlocks":
          if (sheet) writeBlocks(sheet, step.blocks);
          break;
        case "replaceSheet": {
          const fresh: SheetGrid = { name: step.sheet, top: 0, left: 0, values: [] };
          this.snapshot.sheets = this.snapshot.sheets
            .filter((s) => s.name !== step.sheet)
            .concat(fresh);
          writeBlocks(fresh, step.blocks);
          break;
        }
        case "clearRange":
          if (sheet) clearRange(sheet, step.range);
          break;
        case "deleteSheet":
          this.snapshot.sheets = this.snapshot.sheets.filter((s) => s.name !== step.sheet);
          break;
        case "setMarker":
          this.snapshot.markers = this.snapshot.markers
            .filter((m) => m.name !== step.name)
            .concat({ name: step.name, sheet: step.sheet, range: step.range });
          break;
        case "deleteMarker":
          this.snapshot.markers = this.snapshot.markers.filter((m) => m.name !== step.name);
          break;
      }
      onProgress?.({ done: i + 1, total });
    });
  }
}
