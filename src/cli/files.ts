/** Reading the input safely and writing outputs atomically: a temp file beside the target, then a rename. */
import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../core/settings";
import { renderDiagnostic } from "../core/locale";
import { diag, type Diagnostic } from "../core/diagnostics";
import { XlsxWorkbook } from "../workbook/xlsx/adapter";
import { MAX_CELLS } from "../core/grid";
import { fileKind, inspectPackage } from "../workbook/xlsx/fileCheck";
import { cliTexts } from "../core/locale/cli";

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export interface OpenedInput {
  workbook: XlsxWorkbook;
  warnings: Diagnostic[];
}

export async function openInput(file: string, lang: Lang): Promise<OpenedInput> {
  const T = cliTexts(lang);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    throw new CliError(T.notFound(file));
  }
  const kind = fileKind(buf);
  if (kind === "ole") throw new CliError(T.encrypted(file));
  if (kind !== "zip") throw new CliError(T.notXlsx(file));
  const warnings: Diagnostic[] = [];
  let workbook: XlsxWorkbook;
  try {
    const parts = await inspectPackage(buf);
    const lost: string[] = [];
    if (parts.charts) lost.push(T.lostParts.charts(parts.charts));
    if (parts.pivotTables) lost.push(T.lostParts.pivotTables(parts.pivotTables));
    if (parts.images) lost.push(T.lostParts.images(parts.images));
    if (lost.length > 0)
      warnings.push(diag("warning", "unsupportedContent", null, { parts: lost.join(", ") }));
    if (parts.vba) warnings.push(diag("warning", "macrosDropped"));
    if (parts.declaredCells > MAX_CELLS) {
      const d = diag("error", "tooLarge", null, { cells: parts.declaredCells, limit: MAX_CELLS });
      throw new CliError(renderDiagnostic(d, lang));
    }
    workbook = await XlsxWorkbook.fromBuffer(buf);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(T.corrupt(file, e instanceof Error ? e.message : String(e)));
  }
  return { workbook, warnings };
}

/** <dir>/<name>-analys.xlsx beside the input (an .xlsm input gets an .xlsx output: macros do not survive). */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-analys.xlsx`);
}

export interface OutputFile {
  target: string;
  data: Buffer | string;
}

/**
 * Writes every output via a temp file beside its target, and renames only when all were written:
 * a failure (a folder that cannot be written, a full disk) leaves no output and no temp file behind.
 */
export async function writeAllAtomically(files: OutputFile[], lang: Lang): Promise<void> {
  const T = cliTexts(lang);
  const staged: { tmp: string; target: string }[] = [];
  let current = "";
  try {
    for (const f of files) {
      current = f.target;
      const dir = path.dirname(path.resolve(f.target));
      const tmp = path.join(dir, `.${path.basename(f.target)}.${process.pid}.${Date.now()}.tmp`);
      await fs.mkdir(dir, { recursive: true });
      staged.push({ tmp, target: f.target });
      await fs.writeFile(tmp, f.data);
    }
    for (const s of staged) {
      current = s.target;
      await fs.rename(s.tmp, s.target);
    }
  } catch (e) {
    await Promise.all(staged.map((s) => fs.rm(s.tmp, { force: true }).catch(() => undefined)));
    const why =
      e instanceof Error && "code" in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new CliError(T.cannotWrite(current, why));
  }
}

/** A file named the way the command names its outputs: "<name>-analys.xlsx". */
export function isOwnOutput(file: string): boolean {
  return /-analys\.xlsx$/i.test(path.basename(file));
}

export function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export function describe(d: Diagnostic, lang: Lang): string {
  const T = cliTexts(lang);
  const tag = d.severity === "info" ? T.note : T.warning;
  return `${tag}: ${d.cell ? `${d.cell}: ` : ""}${renderDiagnostic(d, lang)}`;
}
