/**
 * What kind of file we were given, before ExcelJS sees it: an .xlsx is a zip; an encrypted workbook or an
 * old .xls is an OLE compound file; anything else is not a workbook. Also lists the parts ExcelJS drops.
 */
import JSZip from "jszip";
import { parseRangeAddress } from "../../core/address";
import type { Readable } from "stream";

export type FileKind = "zip" | "ole" | "other";

export function fileKind(buf: Uint8Array): FileKind {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05))
    return "zip";
  if (buf.length >= 8 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0)
    return "ole";
  return "other";
}

export interface PackageInfo {
  /** Parts the xlsx library cannot carry over to a new file. */
  charts: number;
  pivotTables: number;
  images: number;
  vba: boolean;
  /** Cells the sheets declare (their <dimension> ranges), summed: what loading would cost. */
  declaredCells: number;
}

function cellsOf(ref: string): number {
  const r = parseRangeAddress(ref);
  return r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
}

/** Reads just the start of a sheet part, where <dimension> stands, without inflating the whole sheet. */
async function dimensionOf(zip: JSZip, name: string): Promise<number> {
  const file = zip.file(name);
  if (!file) return 0;
  const head = await new Promise<string>((resolve) => {
    let text = "";
    const stream = file.nodeStream("nodebuffer") as Readable;
    const done = (): void => {
      stream.removeAllListeners("data");
      stream.destroy();
      resolve(text);
    };
    stream.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.length > 4096 || text.includes("<sheetData")) done();
    });
    stream.on("error", done);
    stream.on("end", done);
  });
  const m = /<dimension\s+ref="([A-Z0-9:]+)"/.exec(head);
  return m ? cellsOf(m[1]) : 0;
}

/** What the package holds, read from the zip directory and the sheets' declared sizes. */
export async function inspectPackage(buf: Uint8Array): Promise<PackageInfo> {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files);
  const count = (re: RegExp): number => names.filter((n) => re.test(n)).length;
  let declaredCells = 0;
  for (const n of names.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x))) {
    declaredCells += await dimensionOf(zip, n);
  }
  return {
    charts: count(/^xl\/charts\/chart\d+\.xml$/),
    pivotTables: count(/^xl\/pivotTables\/pivotTable\d+\.xml$/),
    images: count(/^xl\/media\//),
    vba: names.includes("xl/vbaProject.bin"),
    declaredCells,
  };
}
