/**
 * What kind of file we were given, before ExcelJS sees it: an .xlsx is a zip; an encrypted workbook or an
 * old .xls is an OLE compound file; anything else is not a workbook. Also lists the parts ExcelJS drops.
 */
import JSZip from "jszip";

export type FileKind = "zip" | "ole" | "other";

export function fileKind(buf: Uint8Array): FileKind {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05))
    return "zip";
  if (buf.length >= 8 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0)
    return "ole";
  return "other";
}

export interface DroppedParts {
  charts: number;
  pivotTables: number;
  images: number;
  vba: boolean;
}

/** Counts the parts of the package that the xlsx library cannot carry over to a new file. */
export async function droppedParts(buf: Uint8Array): Promise<DroppedParts> {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files);
  const count = (re: RegExp): number => names.filter((n) => re.test(n)).length;
  return {
    charts: count(/^xl\/charts\/chart\d+\.xml$/),
    pivotTables: count(/^xl\/pivotTables\/pivotTable\d+\.xml$/),
    images: count(/^xl\/media\//),
    vba: names.includes("xl/vbaProject.bin"),
  };
}
