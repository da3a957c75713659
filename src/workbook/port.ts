/**
 * The seam between the pure engine and a workbook. An adapter reads a snapshot and executes a plan;
 * it decides nothing about content. Implementations: xlsx (ExcelJS, for the command) and office (Excel.run).
 */
import type { WorkbookSnapshot } from "../core/grid";
import type { WritePlan } from "../core/plan/types";

export interface ApplyProgress {
  done: number;
  total: number;
}

export interface ApplyOptions {
  /** A sheet to show once the plan is applied (Excel only; a file has no active sheet to speak of). */
  activate?: string;
}

export interface WorkbookPort {
  /** Reads every sheet's used range (values, formulas, number formats), tables, protection and our markers. */
  read(): Promise<WorkbookSnapshot>;
  /** Executes a plan. Either the whole plan is applied or an error is thrown before anything is written. */
  apply(
    plan: WritePlan,
    onProgress?: (p: ApplyProgress) => void,
    options?: ApplyOptions,
  ): Promise<void>;
}

/** A failure the user must act on; message is already in the user's language. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly sheet: string | null = null,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
