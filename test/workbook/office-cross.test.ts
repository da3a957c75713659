/**
 * One engine, two adapters: for every fixture, the Office adapter on the fake and the ExcelJS adapter on
 * the file must leave the same cells (values, formulas, fills, number formats) and the same Analys sheet,
 * after a first run and after a re-run on the output.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { analyzeAndWrite, type WriteOutcome } from "../../src/app/workflow";
import { runEngine } from "../../src/core/engine";
import { withDefaults, type Settings } from "../../src/core/settings";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { createFakeExcel, type FakeWorkbookSnapshot } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

interface Comparable {
  sheets: {
    name: string;
    cells: Record<
      string,
      { value: unknown; formula?: string; numberFormat?: string; fill?: string }
    >;
  }[];
  names: { name: string; reference: string }[];
}

/** Keeps what both adapters must agree on; the rest (bold, widths, alignment) is presentation. */
function comparable(s: FakeWorkbookSnapshot): Comparable {
  return {
    sheets: s.sheets.map((sh) => ({
      name: sh.name,
      cells: Object.fromEntries(
        Object.entries(sh.cells)
          .map(
            ([a, c]) =>
              [
                a,
                { value: c.value, formula: c.formula, numberFormat: c.numberFormat, fill: c.fill },
              ] as const,
          )
          .filter(
            ([, c]) =>
              c.value !== null ||
              c.formula !== undefined ||
              c.numberFormat !== undefined ||
              c.fill !== undefined,
          ),
      ),
    })),
    names: s.names,
  };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-cross-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function viaExcelJS(
  file: string,
  settings: Settings,
  out: string,
  expected: WriteOutcome["kind"] = "written",
): Promise<Comparable> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(file));
  const outcome = await analyzeAndWrite(wb, { settings, onEdited: "stop" });
  expect(outcome.kind).toBe(expected);
  fs.writeFileSync(out, await wb.toBuffer());
  // The written file, seen through the same lens as the fake.
  return comparable(createFakeExcel(await seedFromXlsx(out)).snapshotCells());
}

describe.each(fixtures)("%s", (name) => {
  it.each(["sv", "en"] as const)(
    "gives the same cells through Office.js and ExcelJS (%s)",
    async (lang) => {
      const input = path.join(tmp, `${lang}-${name}`);
      fs.copyFileSync(path.join(FIXTURES, name), input); // never write the fixture itself
      const settings = withDefaults({ lang });

      const fake = createFakeExcel(await seedFromXlsx(input));
      const before = comparable(fake.snapshotCells());
      const office = new OfficeWorkbook(fake.Excel.run);
      const first = await analyzeAndWrite(office, { settings, onEdited: "stop" });
      const officeOnce = comparable(fake.snapshotCells());
      const once = path.join(tmp, `${lang}-once-${name}`);
      if (first.kind === "nothingFound") {
        // One policy on every surface: a workbook with nothing we read gets nothing written.
        expect(officeOnce).toEqual(before);
        expect(await viaExcelJS(input, settings, once, "nothingFound")).toEqual(before);
        return;
      }
      expect(first.kind).toBe("written");
      expect(officeOnce).toEqual(await viaExcelJS(input, settings, once));
      const analysisSheet = lang === "sv" ? "Analys" : "Analysis";
      const analysis = officeOnce.sheets.find((s) => s.name === analysisSheet);
      expect(Object.keys(analysis?.cells ?? {}).length).toBeGreaterThan(20);
      // Status words with Excel's Good/Neutral/Bad fills made it into the comparison.
      const filled = officeOnce.sheets
        .flatMap((s) => Object.values(s.cells))
        .filter((c) => c.fill !== undefined);
      expect(filled.length).toBeGreaterThan(3);
      expect(officeOnce.names.map((n) => n.name)).toContain("Uppfoljning_Analys");

      // A re-run on the output: nothing counts as edited, both unchanged, both still equal.
      expect(runEngine(await office.read(), settings).edited).toEqual([]);
      const again = await XlsxWorkbook.fromBuffer(fs.readFileSync(once));
      expect(runEngine(await again.read(), settings).edited).toEqual([]);
      await office.apply(runEngine(await office.read(), settings).plan);
      const officeTwice = comparable(fake.snapshotCells());
      expect(officeTwice).toEqual(officeOnce);
      expect(await viaExcelJS(once, settings, path.join(tmp, `${lang}-twice-${name}`))).toEqual(
        officeTwice,
      );
    },
  );
});

it("found the fixtures", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(2);
});
