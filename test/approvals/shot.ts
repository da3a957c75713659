/**
 * One lens on a workbook for the approval files: every cell's value and look (number format, fill,
 * font, wrap, alignment), the sheet's layout (widths, heights, merges, data bars, page setup) and the
 * defined names, read from an .xlsx through ExcelJS or from the recording Office fake, normalised so
 * both adapters can be compared line for line. `diffShots` turns before/after into the readable list
 * the approval file stores: only what the write changed or added.
 */
import ExcelJS from "exceljs";
import { cellAddress, columnLetters } from "../../src/core/address";
import type { FakeExcel } from "../fakes/excel";

export interface CellShot {
  value: string | number | boolean | null;
  error?: true;
  formula?: string;
  numFmt?: string;
  /** "#RRGGBB". */
  fill?: string;
  bold?: true;
  /** Points, when not the default 11. */
  size?: number;
  wrap?: true;
  /** Lower case: left, center, right. */
  align?: string;
  /** Lower case: top, middle (bottom is the default). */
  valign?: string;
}

export interface SheetShot {
  name: string;
  cells: Map<string, CellShot>;
  /** Data bars as "A1:B9 positive=#63BE7B negative=#F8696B axis=middle". */
  dataBars: string[];
  merges: string[];
  /** Layout that only one adapter reports in a comparable unit (widths, heights, page): xlsx only. */
  layout: string[];
}

export interface WorkbookShot {
  sheets: SheetShot[];
  /** Defined name → reference ("'Resultaträkning'!$J$4:$J$13"). */
  names: Map<string, string>;
}

const hex = (argb: string): string => `#${argb.slice(-6).toUpperCase()}`;

function xlsxValue(cell: ExcelJS.Cell): Pick<CellShot, "value" | "error" | "formula"> {
  const v = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const f = cell.formula ?? (v as { sharedFormula?: string }).sharedFormula ?? "";
    const r = (v as { result?: unknown }).result;
    const res =
      r && typeof r === "object" && "error" in r
        ? { value: String((r as { error: string }).error), error: true as const }
        : { value: (r ?? null) as CellShot["value"] };
    return { ...res, formula: `=${f}` };
  }
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) return { value: v.toISOString() };
  if (typeof v === "object") {
    if ("richText" in v) return { value: v.richText.map((r) => r.text).join("") };
    if ("error" in v) return { value: String(v.error), error: true };
    if ("text" in v) return { value: String((v as { text: unknown }).text) };
    return { value: JSON.stringify(v) };
  }
  return { value: v as CellShot["value"] };
}

function compact(c: CellShot): CellShot {
  const out: CellShot = { value: c.value };
  for (const k of Object.keys(c) as (keyof CellShot)[])
    if (c[k] !== undefined && k !== "value") (out as unknown as Record<string, unknown>)[k] = c[k];
  return out;
}

function isEmpty(c: CellShot): boolean {
  return Object.keys(compact(c)).length === 1 && c.value === null;
}

/** The workbook as a user opening the file sees it. */
export async function shotOfXlsx(buf: Uint8Array): Promise<WorkbookShot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const sheets: SheetShot[] = [];
  wb.eachSheet((ws) => {
    const cells = new Map<string, CellShot>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const fill = cell.fill;
        const font = cell.font;
        const al = cell.alignment;
        const shot = compact({
          ...xlsxValue(cell),
          numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
          fill:
            fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb
              ? hex(fill.fgColor.argb)
              : undefined,
          bold: font?.bold ? true : undefined,
          size: font?.size !== undefined && font.size !== 11 ? font.size : undefined,
          wrap: al?.wrapText ? true : undefined,
          align: al?.horizontal && String(al.horizontal) !== "general" ? al.horizontal : undefined,
          valign: al?.vertical && al.vertical !== "bottom" ? al.vertical : undefined,
        });
        if (!isEmpty(shot)) cells.set(cellAddress(r - 1, c - 1), shot);
      });
    });
    const layout: string[] = [];
    // One entry per column and row, so a diff names only the widths and heights that changed.
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined)
        layout.push(`column ${columnLetters(i)} width ${col.width} characters`);
    });
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined) layout.push(`row ${r} height ${row.height} points`);
    });
    const p = ws.pageSetup;
    if (p.fitToPage)
      layout.push(
        `page: paper=${p.paperSize} ${p.orientation} fitToWidth=${p.fitToWidth} fitToHeight=${p.fitToHeight}` +
          (p.printTitlesRow ? ` printTitlesRow=${p.printTitlesRow}` : "") +
          (p.margins ? ` margins=${JSON.stringify(p.margins)}` : ""),
      );
    const hf = ws.headerFooter;
    if (hf?.oddHeader) layout.push(`header: ${hf.oddHeader}`);
    if (hf?.oddFooter) layout.push(`footer: ${hf.oddFooter}`);
    const dataBars: string[] = [];
    const cfs = (
      ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    for (const cf of cfs ?? [])
      for (const rule of cf.rules as unknown as Record<string, unknown>[]) {
        const color = (k: string): string => {
          const c = rule[k] as { argb?: string } | undefined;
          return c?.argb ? hex(c.argb) : "-";
        };
        const bounds = (rule.cfvo as { type: string }[] | undefined)?.map((v) => v.type).join("..");
        dataBars.push(
          dataBarLine(rule.type === "dataBar" ? "dataBar" : String(rule.type), String(cf.ref), {
            positive: color("color"),
            negative: color("negativeFillColor"),
            axis: String(rule.axisPosition ?? "-"),
            bounds: bounds ?? "-",
            gradient: String(rule.gradient ?? "-"),
          }),
        );
      }
    const merges = byPosition((ws.model as { merges?: string[] }).merges ?? []);
    sheets.push({ name: ws.name, cells, dataBars, merges, layout });
  });
  const names = new Map<string, string>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[])
    names.set(n.name, n.ranges.join(","));
  return { sheets, names };
}

/** The fake's workbook in the same lens (layout in points is not comparable: left out). */
export function shotOfFake(fake: FakeExcel): WorkbookShot {
  const sheets: SheetShot[] = fake.model.sheets.map((s) => {
    const cells = new Map<string, CellShot>();
    const entries = [...s.cells.entries()]
      .map(([k, c]) => {
        const [row, col] = k.split(":").map(Number);
        return { row, col, c };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { row, col, c } of entries) {
      const shot = compact({
        value: c.value,
        error: c.error ? true : undefined,
        formula: c.formula ?? undefined,
        numFmt: c.numberFormat !== "General" ? c.numberFormat : undefined,
        fill: c.fill ? hex(c.fill) : undefined,
        bold: c.bold ? true : undefined,
        size: c.fontSize !== undefined && c.fontSize !== 11 ? c.fontSize : undefined,
        wrap: c.wrap ? true : undefined,
        align: c.align !== "General" ? c.align.toLowerCase() : undefined,
        valign: c.valign !== "Bottom" ? c.valign.toLowerCase() : undefined,
      });
      if (!isEmpty(shot)) cells.set(cellAddress(row, col), shot);
    }
    const dataBars = (s.layout?.conditionalFormats ?? []).map((cf) => {
      const d = cf.dataBar as {
        positiveFormat?: { fillColor?: string; gradientFill?: boolean };
        negativeFormat?: { fillColor?: string };
        axisFormat?: string;
        lowerBoundRule?: { type?: string };
        upperBoundRule?: { type?: string };
      };
      const color = (c: string | undefined): string => (c ? hex(c) : "-");
      // Office.js names for the same settings ExcelJS writes: CellMidPoint = middle, LowestValue = min.
      const bound = (b: { type?: string } | undefined): string =>
        ({ LowestValue: "min", HighestValue: "max" })[b?.type ?? ""] ?? String(b?.type ?? "-");
      return dataBarLine(cf.type === "DataBar" ? "dataBar" : cf.type, cf.address, {
        positive: color(d.positiveFormat?.fillColor),
        negative: color(d.negativeFormat?.fillColor),
        axis: d.axisFormat === "CellMidPoint" ? "middle" : String(d.axisFormat ?? "-"),
        bounds: `${bound(d.lowerBoundRule)}..${bound(d.upperBoundRule)}`,
        gradient: String(d.positiveFormat?.gradientFill ?? "-"),
      });
    });
    return {
      name: s.name,
      cells,
      dataBars,
      merges: byPosition(s.layout?.merges ?? []),
      layout: [],
    };
  });
  const names = new Map<string, string>();
  for (const n of fake.model.names.values()) names.set(n.name, n.reference.replace(/^=/, ""));
  return { sheets, names };
}

/** "B5" → [5, 2]: row, then column, for reading order. */
function position(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

const byPosition = (addresses: string[]): string[] =>
  [...addresses].sort((x, y) => {
    const [rx, cx] = position(x);
    const [ry, cy] = position(y);
    return rx - ry || cx - cy || x.localeCompare(y);
  });

function dataBarLine(
  type: string,
  ref: string,
  p: { positive: string; negative: string; axis: string; bounds: string; gradient: string },
): string {
  return `${type} ${ref} positive=${p.positive} negative=${p.negative} axis=${p.axis} scale=${p.bounds} gradient=${p.gradient}`;
}

function describeCell(c: CellShot): string {
  const parts = [c.value === null ? "(empty)" : JSON.stringify(c.value)];
  if (c.error) parts.push("error");
  if (c.formula) parts.push(`formula=${c.formula}`);
  if (c.numFmt) parts.push(`numFmt=${JSON.stringify(c.numFmt)}`);
  if (c.fill) parts.push(`fill=${c.fill}`);
  if (c.bold) parts.push("bold");
  if (c.size) parts.push(`size=${c.size}`);
  if (c.wrap) parts.push("wrap");
  if (c.align) parts.push(`align=${c.align}`);
  if (c.valign) parts.push(`valign=${c.valign}`);
  return parts.join("  ");
}

const same = (a: CellShot | undefined, b: CellShot | undefined): boolean =>
  JSON.stringify(a ? compact(a) : null) === JSON.stringify(b ? compact(b) : null);

export interface ShotDiff {
  /** Readable lines: per sheet, each changed/added cell, then the sheet's layout, then names. */
  lines: string[];
  /** Cells that held something before the write and were changed: must never happen on a fixture. */
  userCellsChanged: string[];
}

/**
 * What the write changed: cells of existing sheets that differ, whole new sheets, data bars, merges,
 * layout (new sheets only; existing sheets' layout where it changed), defined names added or moved.
 */
export function diffShots(before: WorkbookShot, after: WorkbookShot): ShotDiff {
  const lines: string[] = [];
  const userCellsChanged: string[] = [];
  for (const b of before.sheets)
    if (!after.sheets.some((a) => a.name === b.name)) lines.push(`sheet removed: ${b.name}`);
  for (const a of after.sheets) {
    const b = before.sheets.find((s) => s.name === a.name);
    const sheetLines: string[] = [];
    const keys = [...new Set([...(b ? [...b.cells.keys()] : []), ...a.cells.keys()])];
    for (const k of byPosition(keys)) {
      const was = b?.cells.get(k);
      const now = a.cells.get(k);
      if (same(was, now)) continue;
      if (was && b) {
        userCellsChanged.push(`${a.name}!${k}`);
        sheetLines.push(
          `  ${k}  CHANGED ${describeCell(was)}  →  ${now ? describeCell(now) : "(gone)"}`,
        );
      } else if (now) sheetLines.push(`  ${k}  ${describeCell(now)}`);
    }
    const listDiff = (label: string, x: string[], y: string[]): void => {
      for (const v of y) if (!x.includes(v)) sheetLines.push(`  ${label}: ${v}`);
      for (const v of x) if (!y.includes(v)) sheetLines.push(`  ${label} removed: ${v}`);
    };
    listDiff("data bar", b?.dataBars ?? [], a.dataBars);
    listDiff("merge", b?.merges ?? [], a.merges);
    listDiff("layout", b?.layout ?? [], a.layout);
    if (sheetLines.length > 0) lines.push(`${b ? "sheet" : "new sheet"} ${a.name}`, ...sheetLines);
  }
  const nameLines: string[] = [];
  for (const [n, ref] of [...after.names.entries()].sort(([x], [y]) => x.localeCompare(y)))
    if (before.names.get(n) !== ref) nameLines.push(`  ${n} = ${ref}`);
  for (const n of before.names.keys()) if (!after.names.has(n)) nameLines.push(`  removed: ${n}`);
  if (nameLines.length > 0) lines.push("defined names", ...nameLines);
  return { lines, userCellsChanged };
}
