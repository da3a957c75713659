/**
 * No data loss and idempotence through the ExcelJS adapter, on random workbooks written to real
 * .xlsx bytes: a statement on a hostile-named sheet among formulas, formats, errors, hostile text,
 * hidden rows/columns and a merged title; sometimes user data right beside the table.
 * Both properties are checked on each generated workbook (input → first output → second output),
 * which halves the ExcelJS work; each still runs on 200 workbooks.
 */
import fc from "fast-check";
import { analyzeXlsx, dumpXlsx, lostCells, outputsOf, propertyParams } from "../helpers/run";
import { toXlsx } from "../helpers/spec";
import { arbRandomWorkbook } from "../helpers/statement";

jest.setTimeout(120_000);

describe("ExcelJS adapter on random workbooks", () => {
  it("no data loss (cells outside our outputs keep value, formula, number format, fill; hidden rows/columns, merges and names stay) and idempotence (a second run yields the same workbook)", async () => {
    let withStatus = 0;
    await fc.assert(
      fc.asyncProperty(arbRandomWorkbook, async (w) => {
        const input = await toXlsx(w.spec);
        const first = await analyzeXlsx(input);
        const second = await analyzeXlsx(first.output);
        const [before, out1, out2] = await Promise.all([
          dumpXlsx(input),
          dumpXlsx(first.output),
          dumpXlsx(second.output),
        ]);

        // No data loss. The outputs are where the markers written by the first run say (read back by the second).
        const outputs = outputsOf(second.markers);
        if (first.result.analysis.statement?.rows.some((r) => r.status !== "none")) {
          withStatus++;
          expect(outputs.columns.map((m) => m.sheet)).toContain(w.statementSheet);
        }
        expect(lostCells(before, out1, outputs)).toEqual([]);

        // Idempotence: the same workbook, the same findings (only the "column moved" note is not repeated).
        expect(out2).toEqual(out1);
        const { diagnostics: d2, ...rest2 } = second.result.report;
        const { diagnostics: d1, ...rest1 } = first.result.report;
        expect(rest2).toEqual(rest1);
        expect(d1).toEqual(expect.arrayContaining(d2));
      }),
      propertyParams(200),
    );
    expect(withStatus).toBeGreaterThan(120);
  });
});
