/**
 * The committed corpus workbooks hold exactly what their specs say (rebuild with npm run fixtures:corpus),
 * and every spec names its source.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { buildWorkbook } from "../../fixtures/corpus/build";
import { CORPUS } from "../../fixtures/corpus/specs";
import { CORPUS_DIR } from "./load";

async function cells(buf: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        out[`${ws.name}!${c.address}`] = {
          value: c.value,
          bold: c.font?.bold === true,
          indent: c.alignment?.indent ?? 0,
        };
      }),
    ),
  );
  return out;
}

describe("corpus workbooks", () => {
  it("covers issue 11's classes with at least eight published tables", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(8);
    const classes = new Set(CORPUS.flatMap((f) => f.classes));
    expect([...classes].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each(CORPUS.map((f) => [f.layout.file, f] as const))(
    "%s matches its spec and names its source",
    async (file, f) => {
      const committed = await fs.readFile(path.join(CORPUS_DIR, file));
      expect(await cells(committed)).toEqual(await cells(await buildWorkbook(f.layout)));
      expect(f.source.url).toMatch(/^https?:\/\//);
      const readme = await fs.readFile(path.join(CORPUS_DIR, "README.md"), "utf8");
      expect(readme).toContain(file);
      expect(readme).toContain(f.source.url);
    },
  );
});
