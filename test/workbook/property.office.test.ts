/**
 * No data loss and idempotence through the Office.js adapter on the recording fake of Excel, on the
 * same random workbooks as the ExcelJS property (the fake models neither merges nor hidden rows).
 * Each workbook is analysed twice in place, as a controller pressing "Analysera" twice would.
 */
import fc from "fast-check";
import { createFakeExcel } from "../fakes/excel";
import { analyzeFake, lostFakeCells, outputsOf, propertyParams } from "../helpers/run";
import { toFakeSeed } from "../helpers/spec";
import { arbRandomWorkbook } from "../helpers/statement";
import { OfficeWorkbook } from "../../src/workbook/office";

jest.setTimeout(120_000);

describe("Office adapter on the fake, random workbooks", () => {
  it("no data loss (cells outside our outputs keep value, error, formula, number format, fill) and idempotence (a second run changes nothing)", async () => {
    let withStatus = 0;
    await fc.assert(
      fc.asyncProperty(arbRandomWorkbook, async (w) => {
        const fake = createFakeExcel(toFakeSeed(w.spec));
        const before = fake.snapshotCells();
        const first = await analyzeFake(fake);
        const afterFirst = fake.snapshotCells();
        // The markers as the adapter reads them back.
        const markers = (await new OfficeWorkbook(fake.Excel.run).read()).markers;
        const outputs = outputsOf(markers);
        if (first.analysis.statement?.rows.some((r) => r.status !== "none")) {
          withStatus++;
          expect(outputs.columns.map((m) => m.sheet)).toContain(w.statementSheet);
        }
        expect(lostFakeCells(before, afterFirst, outputs)).toEqual([]);

        const second = await analyzeFake(fake);
        expect(fake.snapshotCells()).toEqual(afterFirst);
        expect(second.report.statement).toEqual(first.report.statement);
        expect(second.report.indicators).toEqual(first.report.indicators);
        expect(second.report.commentary).toEqual(first.report.commentary);
      }),
      propertyParams(200),
    );
    expect(withStatus).toBeGreaterThan(120);
  });
});
