/**
 * The ExcelJS adapter: reads an .xlsx into a snapshot and executes a write plan on it. It decides
 * nothing about content; it only translates plan steps into ExcelJS calls.
 */
import ExcelJS from "exceljs";
import {
  parseQualifiedAddress,
  parseRangeAddress,
  quoteSheetName,
  rangeAddress,
} from "../../core/address";
import type { CellRange, CellValue, Marker, SheetGrid, WorkbookSnapshot } from "../../core/grid";
import { renderDiagnostic } from "../../core/locale";
import { formatKey } from "../../core/plan/cells";
import { markerKeys } from "../../core/plan/markers";
import { preflightRefusals, type WorkbookState } from "../../core/plan/preflight";
import type {
  CellBlock,
  CellFormat,
  ConditionalFormat,
  HeaderFooterParts,
  PageSetup,
  PlanStep,
  WritePlan,
} from "../../core/plan/types";
import { WorkbookError, type ApplyProgress, type WorkbookPort } from "../port";
import { readCell } from "./cellValue";
import { installRangeNames, type RangeNames } from "./names";
import { deflatedCopy } from "./zip";

/** The ExcelJS style of a plan format. */
function styleFor(format: CellFormat | null | undefined): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (!format) return style;
  if (format.fill)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: format.fill } };
  if (format.numberFormat) style.numFmt = format.numberFormat;
  if (format.bold || format.fontSize)
    // The whole font, named: ExcelJS writes no name otherwise, and LibreOffice then picks a serif.
    style.font = {
      name: "Calibri",
      family: 2,
      size: format.fontSize ?? 11,
      ...(format.bold ? { bold: true } : {}),
    };
  if (format.wrap || format.vertical || format.align) {
    style.alignment = {
      ...(format.wrap ? { wrapText: true } : {}),
      ...(format.vertical
        ? { vertical: format.vertical === "center" ? "middle" : format.vertical }
        : {}),
      ...(format.align ? { horizontal: format.align } : {}),
    };
  }
  return style;
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly names: RangeNames,
  ) {}

  static async fromBuffer(buf: Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    const names = installRangeNames(wb);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    return new XlsxWorkbook(wb, names);
  }

  static empty(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    return new XlsxWorkbook(wb, installRangeNames(wb));
  }

  async read(): Promise<WorkbookSnapshot> {
    const sheets: SheetGrid[] = [];
    this.workbook.eachSheet((ws) => sheets.push(readSheet(ws)));
    return { sheets, markers: this.markers() };
  }

  private markers(): Marker[] {
    const out: Marker[] = [];
    for (const dn of this.names.model) {
      const loc = dn.ranges[0] ? parseQualifiedAddress(dn.ranges[0]) : null;
      if (loc) out.push({ name: dn.name, sheet: loc.sheet, range: loc.range });
    }
    return out;
  }

  async apply(plan: WritePlan, onProgress?: (p: ApplyProgress) => void): Promise<void> {
    // Everything that could fail is checked before the first change, by the one set of pre-flight rules.
    const refusal = preflightRefusals(plan, this.state())[0];
    if (refusal) {
      const sheet = typeof refusal.params.sheet === "string" ? refusal.params.sheet : null;
      const code = refusal.code[0].toUpperCase() + refusal.code.slice(1);
      throw new WorkbookError(renderDiagnostic(refusal, "sv"), code, sheet);
    }
    const styles = new StyleCache();
    plan.steps.forEach((step, i) => {
      this.applyStep(step, styles);
      onProgress?.({ done: i + 1, total: plan.steps.length });
    });
  }

  /** What the pre-flight rules need, without reading any cell. */
  private state(): WorkbookState {
    const sheets: WorkbookState["sheets"] = [];
    this.workbook.eachSheet((ws) => {
      const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null })
        .sheetProtection;
      sheets.push({
        name: ws.name,
        protected: protection?.sheet === true,
        visible: ws.state === undefined || ws.state === "visible",
      });
    });
    const analysis = this.markers().find((m) => m.name === markerKeys.analysisSheet);
    return {
      sheets,
      analysisSheet: analysis?.sheet ?? null,
      structureProtected: false,
      readOnly: false,
    };
  }

  private applyStep(step: PlanStep, styles: StyleCache): void {
    const wb = this.workbook;
    switch (step.kind) {
      case "clearRange": {
        const ws = wb.getWorksheet(step.sheet) as ExcelJS.Worksheet;
        for (let r = step.range.top; r <= step.range.bottom; r++) {
          const row = ws.getRow(r + 1);
          for (let c = step.range.left; c <= step.range.right; c++) {
            const cell = row.getCell(c + 1);
            cell.value = null;
            cell.style = styles.of(null, null);
          }
        }
        return;
      }
      case "writeBlocks": {
        const ws = wb.getWorksheet(step.sheet) as ExcelJS.Worksheet;
        for (const b of step.blocks) writeBlock(ws, b, styles);
        return;
      }
      case "replaceSheet": {
        const old = wb.getWorksheet(step.sheet);
        if (old) wb.removeWorksheet(old.id);
        const ws = wb.addWorksheet(step.sheet);
        step.columnWidths.forEach((w, i) => {
          ws.getColumn(i + 1).width = w;
        });
        for (const b of step.blocks) writeBlock(ws, b, styles);
        step.rowHeights?.forEach((h, i) => {
          if (h !== null) ws.getRow(i + 1).height = h;
        });
        for (const m of step.mergeAcross ?? [])
          for (let r = m.top; r <= m.bottom; r++)
            ws.mergeCellsWithoutStyle(r + 1, m.left + 1, r + 1, m.right + 1);
        if (step.pageSetup) applyPageSetup(ws, step.pageSetup);
        for (const cf of step.conditionalFormats ?? []) addDataBar(ws, cf);
        return;
      }
      case "setColumnWidths": {
        const ws = wb.getWorksheet(step.sheet) as ExcelJS.Worksheet;
        for (const w of step.widths)
          ws.getColumn(w.column + 1).width = w.width ?? (undefined as unknown as number);
        return;
      }
      case "deleteSheet": {
        const ws = wb.getWorksheet(step.sheet);
        if (ws) wb.removeWorksheet(ws.id);
        return;
      }
      case "setMarker": {
        this.names.delete(step.name);
        // Only the cell references become absolute: the sheet name stays as written ("Q1 2025", "R1C1").
        const cells = rangeAddress(step.range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        this.names.add(`${quoteSheetName(step.sheet)}!${cells}`, step.name);
        return;
      }
      case "deleteMarker":
        this.names.delete(step.name);
        return;
    }
  }

  async toBuffer(): Promise<Buffer> {
    // ExcelJS packs the parts stored; zip.ts deflates them natively at the level ExcelJS would use.
    const stored = await this.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
    return (
      (await deflatedCopy(Buffer.from(stored))) ??
      Buffer.from(await this.workbook.xlsx.writeBuffer())
    );
  }
}

function applyPageSetup(ws: ExcelJS.Worksheet, p: PageSetup): void {
  const titles = p.printTitleRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: 0,
    margins: p.margins,
    ...(titles ? { printTitlesRow: `${titles.top + 1}:${titles.bottom + 1}` } : {}),
  };
  const parts = (h: HeaderFooterParts): string =>
    (h.left ? `&L${h.left}` : "") +
    (h.center ? `&C${h.center}` : "") +
    (h.right ? `&R${h.right}` : "");
  ws.headerFooter = { ...ws.headerFooter, oddHeader: parts(p.header), oddFooter: parts(p.footer) };
}

/** ExcelJS 4.4 writes the x14 extension: a middle axis and its own negative colour. */
function addDataBar(ws: ExcelJS.Worksheet, cf: ConditionalFormat): void {
  ws.addConditionalFormatting({
    ref: rangeAddress(cf.range),
    rules: [
      {
        type: "dataBar",
        priority: 1,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: cf.positive },
        negativeFillColor: { argb: cf.negative },
        axisPosition: "middle",
        // Solid: ExcelJS writes the x14 extension (negative colour, middle axis) only without gradient.
        gradient: false,
        border: false,
        negativeBarColorSameAsPositive: false,
        minLength: 0,
        maxLength: 100,
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

/**
 * One style object per distinct format and kind of value, shared by the cells of one apply: ExcelJS
 * writes a style it has seen by reference without serialising it again (a fresh object per cell cost
 * a second per 40 000 status cells). Safe because nothing here changes a style in place (`cell.fill =`
 * would recolour every cell sharing it — see ENGINEERING.md); a cell gets a new style by assignment.
 */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  /** The same format object (the plan shares one per status) is looked up by identity first. */
  private readonly byObject = new WeakMap<CellFormat, Map<string, Partial<ExcelJS.Style>>>();

  of(format: CellFormat | null | undefined, value: unknown): Partial<ExcelJS.Style> {
    // ExcelJS picks a default number format by the kind of value, and caches that with the object.
    const kind = typeof value;
    const seen = format ? this.byObject.get(format) : undefined;
    const known = seen?.get(kind);
    if (known) return known;
    const key = `${kind}|${format ? formatKey(format) : ""}`;
    let style = this.styles.get(key);
    if (!style) {
      style = styleFor(format);
      this.styles.set(key, style);
    }
    if (format) {
      const forFormat = seen ?? new Map<string, Partial<ExcelJS.Style>>();
      forFormat.set(kind, style);
      if (!seen) this.byObject.set(format, forFormat);
    }
    return style;
  }
}

function writeBlock(ws: ExcelJS.Worksheet, b: CellBlock, styles: StyleCache): void {
  b.values.forEach((row, i) => {
    // By row and column number: ws.getCell(r, c) spells an address and parses it again for every cell.
    const r = b.top + i + 1;
    row.forEach((v, j) => {
      const format = b.formats?.[i]?.[j];
      // "" is an empty cell, as Office.js makes it (writing "" clears): both adapters leave the same cells.
      const value = v === "" ? null : v;
      const c = b.left + j + 1;
      // An empty, unformatted cell that does not exist yet stays absent: creating it costs time and file size.
      if (value === null && !format && !ws.findRow(r)?.findCell(c)) return;
      const cell = ws.getRow(r).getCell(c);
      cell.value = value;
      cell.style = styles.of(format, value);
    });
  });
}

type MergeInternals = { _merges?: Record<string, { range: string }> };

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  // Cells with content, in parallel lists (one object per cell is what a long sheet cannot afford).
  const rs: number[] = [];
  const cs: number[] = [];
  const vs: CellValue[] = [];
  const fs: (string | null)[] = [];
  const nfs: (string | null)[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, formula } = readCell(cell);
      if (value === null && formula === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      rs.push(r);
      cs.push(c);
      vs.push(value);
      fs.push(formula);
      nfs.push(cell.numFmt ?? null);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (rs.length === 0) {
    top = 0;
    left = 0;
  }
  const height = Math.max(0, bottom - top + 1);
  const width = Math.max(0, right - left + 1);
  const values: CellValue[][] = Array.from({ length: height }, () =>
    new Array<CellValue>(width).fill(null),
  );
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] - top;
    const c = cs[i] - left;
    values[r][c] = vs[i];
    formulas[r][c] = fs[i];
    numberFormats[r][c] = nfs[i];
  }
  // The merges as ExcelJS keeps them: `ws.model` would build a model of every row and cell to list them.
  const merges = Object.values((ws as unknown as MergeInternals)._merges ?? {})
    .map((m) => parseRangeAddress(m.range))
    .filter((r): r is CellRange => r !== null);
  const tables = ws
    .getTables()
    .map((t) => {
      const model = (t as unknown as { table?: { tableRef?: string; ref?: string; name?: string } })
        .table;
      const range = model ? parseRangeAddress(model.tableRef ?? model.ref ?? "") : null;
      return range ? { name: model?.name ?? "", range } : null;
    })
    .filter((t): t is { name: string; range: CellRange } => t !== null);
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null })
    .sheetProtection;
  return {
    name: ws.name,
    top,
    left,
    values,
    formulas,
    numberFormats,
    merges,
    tables,
    protected: protection?.sheet === true,
  };
}
