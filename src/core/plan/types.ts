/**
 * The write plan: a declarative list of what to put in the workbook. Core decides every cell,
 * value, fill and format; the adapters (ExcelJS for files, Office.js in Excel) only execute it.
 */
import type { CellRange } from "../grid";

/** ARGB hex, e.g. "FFC6EFCE". */
export type Argb = string;

export interface CellFormat {
  fill?: Argb;
  /** Excel number format; "@" keeps text that begins with = + - @ from becoming a formula. */
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: "left" | "right" | "center";
}

export type PlanValue = string | number | null;

/** A rectangle of cells written at once. null values clear the cell. */
export interface CellBlock {
  top: number;
  left: number;
  values: PlanValue[][];
  /** Same shape as values; a null entry = default formatting (no fill, General). */
  formats?: (CellFormat | null)[][];
}

export type PlanStep =
  /** Remove an earlier output of ours: values, fills and number formats go back to empty. */
  | { kind: "clearRange"; sheet: string; range: CellRange }
  /** Write blocks of cells on an existing sheet. */
  | { kind: "writeBlocks"; sheet: string; blocks: CellBlock[] }
  /** Create the sheet, or empty it when it exists (it is ours: checked before planning), then write. */
  | {
      kind: "replaceSheet";
      sheet: string;
      blocks: CellBlock[];
      /** Column widths in Excel character units, from column A. */
      columnWidths: number[];
      /** Row heights in points by row index (null = default); wrapped paragraphs need room. */
      rowHeights?: (number | null)[];
    }
  | { kind: "deleteSheet"; sheet: string }
  /** Create or move a workbook defined name that marks an output range as ours. */
  | { kind: "setMarker"; name: string; sheet: string; range: CellRange }
  | { kind: "deleteMarker"; name: string };

export interface WritePlan {
  steps: PlanStep[];
}

/** Prefix of every defined name the product owns. */
export const MARKER_PREFIX = "Uppfoljning_";
