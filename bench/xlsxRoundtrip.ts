/**
 * The baseline for the command benchmark: what ExcelJS alone costs to read a workbook and write it
 * back unchanged, doing the same file I/O as `uppfoljning analyze` (read the file into a buffer,
 * load, write to a temp file beside the target, rename). Run as its own process, side by side with
 * the command. bench/run.ts compiles this file to out/bench/child/ so it starts as plain Node,
 * exactly as bin/uppfoljning.js does (no ts-node in the measured time).
 *
 *   node out/bench/child/xlsxRoundtrip.js <input.xlsx> <output.xlsx> [<dist>/workbook/xlsx/zip.js]
 *
 * With the third argument the package is deflated the way the command deflates it (Node's zlib, see
 * src/workbook/xlsx/zip.ts): the baseline for what the command's own work adds, apart from the zip.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";

async function main(): Promise<void> {
  const [input, output, zip] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: xlsxRoundtrip <input.xlsx> <output.xlsx>");
  const buf = await fs.readFile(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  let out: Buffer;
  if (zip) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { deflatedCopy } = require(zip) as {
      deflatedCopy: (b: Buffer) => Promise<Buffer | null>;
    };
    const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
    out = (await deflatedCopy(stored)) ?? Buffer.from(await wb.xlsx.writeBuffer());
  } else out = Buffer.from(await wb.xlsx.writeBuffer());
  const tmp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  await fs.writeFile(tmp, out);
  await fs.rename(tmp, output);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
