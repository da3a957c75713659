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
  /** Vertical alignment; Excel's default is the bottom of the cell. */
  vertical?: "top" | "center" | "bottom";
  /** Font size in points (default 11). */
  fontSize?: number;
}

/** Text of a header or footer part, in Excel's codes: &P page, &N pages, && a literal ampersand. */
export interface HeaderFooterParts {
  left?: string;
  center?: string;
  right?: string;
}

/** How a sheet prints. Margins in inches, as both Excel APIs take them. */
export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Pages wide; the height runs as long as it needs. */
  fitToWidth: number;
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  header: HeaderFooterParts;
  footer: HeaderFooterParts;
  /** Rows repeated at the top of every printed page after their first (0-based, inclusive). */
  printTitleRows: { top: number; bottom: number } | null;
}

/**
 * A conditional format. dataBar: bars from an axis in the middle of the cell, the positive (favourable)
 * colour to the right, the negative to the left, scaled to the range's lowest and highest value.
 */
export interface DataBar {
  kind: "dataBar";
  range: CellRange;
  positive: Argb;
  negative: Argb;
}
export type ConditionalFormat = DataBar;

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
      /**
       * Each row of each range merged across (as Office.js's merge(true)): paragraphs across the
       * table width. Rows with the same columns merged come as one range, so one call serves many.
       */
      mergeAcross?: CellRange[];
      pageSetup?: PageSetup;
      /** On our own sheet only: a re-run replaces the sheet with them, removal deletes it. */
      conditionalFormats?: ConditionalFormat[];
    }
  /**
   * Column widths (Excel character units) of output columns beside the user's tables; null = the
   * sheet's standard width again (removal: our columns were free, so standard is what they had).
   */
  | { kind: "setColumnWidths"; sheet: string; widths: { column: number; width: number | null }[] }
  | { kind: "deleteSheet"; sheet: string }
  /** Create or move a workbook defined name that marks an output range as ours. */
  | { kind: "setMarker"; name: string; sheet: string; range: CellRange }
  | { kind: "deleteMarker"; name: string };

export interface WritePlan {
  steps: PlanStep[];
}

/** Prefix of every defined name the product owns. */
export const MARKER_PREFIX = "Uppfoljning_";
