/**
 * The pre-flight rules, in one place: can this write plan run on the workbook as it is? The plan
 * builder asks them of the snapshot it planned on; each adapter asks them again of the workbook just
 * before its first write (the user may have changed it meanwhile) and writes nothing when one fails.
 * Pure: the adapters supply the state (Office.js: worksheet protection, workbook.protection, ExcelApi
 * 1.7; workbook.readOnly, ExcelApi 1.8 — both inside the 1.9 the add-in requires).
 */
import { diag, type Diagnostic } from "../diagnostics";
import type { CellRange, WorkbookSnapshot } from "../grid";
import { markerKeys } from "./markers";
import { MARKER_PREFIX, type CellBlock, type PlanStep, type WritePlan } from "./types";

export interface SheetState {
  name: string;
  protected: boolean;
  visible: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  /** Sheet the analysis-sheet marker points at, if any: the only sheet we may replace or delete. */
  analysisSheet: string | null;
  /** Workbook structure protection: no sheet may be added, deleted or renamed. */
  structureProtected: boolean;
  /** Opened read-only, or view-only on the web. */
  readOnly: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const INVALID_SHEET_NAME = /[[\]:*?/\\]/;
const MARKER_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

export function workbookState(snapshot: WorkbookSnapshot): WorkbookState {
  return {
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      protected: s.protected === true,
      visible: s.visible !== false,
    })),
    analysisSheet: snapshot.markers.find((m) => m.name === markerKeys.analysisSheet)?.sheet ?? null,
    structureProtected: snapshot.structureProtected === true,
    readOnly: snapshot.readOnly === true,
  };
}

export function validSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= 31 &&
    !INVALID_SHEET_NAME.test(name) &&
    !/^'|'$/.test(name)
  );
}

function inSheet(r: CellRange): boolean {
  return (
    r.top >= 0 &&
    r.left >= 0 &&
    r.bottom < MAX_ROWS &&
    r.right < MAX_COLS &&
    r.bottom >= r.top &&
    r.right >= r.left
  );
}

function blocksValid(blocks: CellBlock[]): boolean {
  return blocks.every((b) => {
    const width = b.values[0]?.length ?? 0;
    if (b.values.some((row) => row.length !== width)) return false;
    if (
      b.formats &&
      (b.formats.length !== b.values.length || b.formats.some((row) => row.length !== width))
    )
      return false;
    return (
      b.values.length === 0 ||
      width === 0 ||
      inSheet({
        top: b.top,
        left: b.left,
        bottom: b.top + b.values.length - 1,
        right: b.left + width - 1,
      })
    );
  });
}

/** The workbook as the plan's steps change it, one step at a time. */
class Simulation {
  private readonly sheets: Map<string, SheetState>;
  private readonly created = new Set<string>();
  readonly refusals: Diagnostic[] = [];

  constructor(private readonly state: WorkbookState) {
    this.sheets = new Map(state.sheets.map((s) => [s.name.toLowerCase(), { ...s }]));
  }

  refuse(code: Diagnostic["code"], params: Record<string, string> = {}): void {
    const key = JSON.stringify([code, params]);
    if (!this.refusals.some((r) => JSON.stringify([r.code, r.params]) === key))
      this.refusals.push(diag("error", code, null, params));
  }

  private ours(name: string): boolean {
    const k = name.toLowerCase();
    return this.state.analysisSheet?.toLowerCase() === k || this.created.has(k);
  }

  /** An existing sheet whose cells are written or cleared. */
  private writable(name: string): SheetState | null {
    const s = this.sheets.get(name.toLowerCase());
    if (!s) {
      this.refuse("sheetMissing", { sheet: name });
      return null;
    }
    if (s.protected) this.refuse("sheetProtected", { sheet: s.name });
    return s;
  }

  private structureChange(sheet: string): void {
    if (this.state.structureProtected) this.refuse("structureProtected", { sheet });
  }

  step(step: PlanStep): void {
    switch (step.kind) {
      case "clearRange":
        this.writable(step.sheet);
        if (!inSheet(step.range)) this.refuse("invalidPlan", { detail: "clearRange" });
        return;
      case "writeBlocks":
        this.writable(step.sheet);
        if (!blocksValid(step.blocks)) this.refuse("invalidPlan", { detail: "block" });
        return;
      case "setColumnWidths":
        this.writable(step.sheet);
        if (
          step.widths.some(
            (w) => w.column < 0 || w.column >= MAX_COLS || (w.width !== null && !(w.width > 0)),
          )
        )
          this.refuse("invalidPlan", { detail: "setColumnWidths" });
        return;
      case "replaceSheet":
        return this.replaceSheet(step);
      case "deleteSheet":
        return this.deleteSheet(step.sheet);
      case "setMarker":
        if (!step.name.startsWith(MARKER_PREFIX) || !MARKER_NAME.test(step.name))
          this.refuse("invalidPlan", { detail: `name ${step.name}` });
        if (!this.sheets.has(step.sheet.toLowerCase()))
          this.refuse("sheetMissing", { sheet: step.sheet });
        if (!inSheet(step.range)) this.refuse("invalidPlan", { detail: "setMarker" });
        return;
      case "deleteMarker":
        // Only our own names are ever deleted.
        if (!step.name.startsWith(MARKER_PREFIX))
          this.refuse("invalidPlan", { detail: `name ${step.name}` });
        return;
    }
  }

  private replaceSheet(step: Extract<PlanStep, { kind: "replaceSheet" }>): void {
    const s = this.sheets.get(step.sheet.toLowerCase());
    if (s) {
      // Emptied in place: no structure change, but it must be ours and not protected.
      if (!this.ours(s.name)) this.refuse("foreignAnalysisSheet", { sheet: s.name });
      else if (s.protected) this.refuse("sheetProtected", { sheet: s.name });
    } else if (!validSheetName(step.sheet)) {
      this.refuse("invalidSheetName", { sheet: step.sheet });
    } else {
      this.structureChange(step.sheet);
      const k = step.sheet.toLowerCase();
      this.sheets.set(k, { name: step.sheet, protected: false, visible: true });
      this.created.add(k);
    }
    if (!blocksValid(step.blocks)) this.refuse("invalidPlan", { detail: "block" });
    const areas = [
      ...(step.mergeAcross ?? []),
      ...(step.conditionalFormats ?? []).map((c) => c.range),
    ];
    if (!areas.every(inSheet)) this.refuse("invalidPlan", { detail: "replaceSheet" });
  }

  private deleteSheet(name: string): void {
    const s = this.sheets.get(name.toLowerCase());
    if (!s) return; // already gone: nothing to delete
    if (!this.ours(s.name)) return this.refuse("notOurSheet", { sheet: s.name });
    const visible = [...this.sheets.values()].filter((x) => x.visible).length;
    if (s.visible && visible <= 1) return this.refuse("lastSheet", { sheet: s.name });
    this.structureChange(s.name);
    this.sheets.delete(name.toLowerCase());
  }
}

/**
 * Every reason the plan cannot run on this workbook, most general first (read-only before a
 * protected sheet); empty when it can. Nothing is written when the list is not empty.
 */
export function preflightRefusals(plan: WritePlan, state: WorkbookState): Diagnostic[] {
  if (plan.steps.length === 0) return [];
  const sim = new Simulation(state);
  if (state.readOnly) sim.refuse("workbookReadOnly");
  for (const step of plan.steps) sim.step(step);
  return sim.refusals;
}
