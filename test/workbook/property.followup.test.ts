/**
 * No data loss and idempotence for random follow-up tables, through ExcelJS (real .xlsx bytes) and the
 * Office adapter on the fake: status columns beside each table, the user's cells (including their own
 * fills and a note right of the table) untouched, a second run identical, removal back to the input.
 */
import fc from "fast-check";
import { planRemoval } from "../../src/core/engine";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { createFakeExcel } from "../fakes/excel";
import { arbFollowupWorkbook } from "../helpers/followup";
import {
  analyzeFake,
  analyzeXlsx,
  dumpXlsx,
  lostCells,
  lostFakeCells,
  outputsOf,
  propertyParams,
} from "../helpers/run";
import { toFakeSeed, toXlsx } from "../helpers/spec";

jest.setTimeout(180_000);

describe("follow-up tables on random workbooks", () => {
  it("ExcelJS: no data loss, a second run identical, removal exact", async () => {
    await fc.assert(
      fc.asyncProperty(arbFollowupWorkbook, async (w) => {
        const input = await toXlsx(w.spec);
        const first = await analyzeXlsx(input);
        const second = await analyzeXlsx(first.output);
        const removedWb = await XlsxWorkbook.fromBuffer(first.output);
        await removedWb.apply(planRemoval(await removedWb.read()));
        const [before, out1, out2, removed] = await Promise.all([
          dumpXlsx(input),
          dumpXlsx(first.output),
          dumpXlsx(second.output),
          dumpXlsx(await removedWb.toBuffer()),
        ]);
        expect(lostCells(before, out1, outputsOf(second.markers))).toEqual([]);
        expect(out2).toEqual(out1);
        expect(second.result.report.actions).toEqual(first.result.report.actions);
        expect(removed.sheets).toEqual(before.sheets);
      }),
      propertyParams(200),
    );
  });

  it("Office.js on the fake: no data loss, a second run changes nothing, removal exact", async () => {
    await fc.assert(
      fc.asyncProperty(arbFollowupWorkbook, async (w) => {
        const fake = createFakeExcel(toFakeSeed(w.spec));
        const before = fake.snapshotCells();
        const first = await analyzeFake(fake);
        const after = fake.snapshotCells();
        const markers = (await new OfficeWorkbook(fake.Excel.run).read()).markers;
        expect(lostFakeCells(before, after, outputsOf(markers))).toEqual([]);
        const second = await analyzeFake(fake);
        expect(fake.snapshotCells()).toEqual(after);
        expect(second.report.goals).toEqual(first.report.goals);
        const wb = new OfficeWorkbook(fake.Excel.run);
        await wb.apply(planRemoval(await wb.read()));
        expect(fake.snapshotCells().sheets).toEqual(before.sheets);
      }),
      propertyParams(200),
    );
  });
});
