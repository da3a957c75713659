/**
 * Never lose the user's words: a cell of ours (the Analys sheet, a status column) that the user
 * changed since it was written is overwritten only when they choose to, in both adapters; the
 * command exits 1 naming the cells unless --replace-edited; the ribbon command stops with the cells.
 */
import fs from "fs";
import path from "path";
import { analyzeAndWrite, editedCells, type EditedChoice } from "../../src/app/workflow";
import { analyzeNow } from "../../src/commands/analyzeNow";
import { main } from "../../src/cli/main";
import { cellAt, type WorkbookSnapshot } from "../../src/core/grid";
import { withDefaults } from "../../src/core/settings";
import { parseRangeAddress } from "../../src/core/address";
import type { WorkbookPort } from "../../src/workbook/port";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { createFakeExcel } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import { captureIo, FIXTURES, tempCopy } from "../support/files";

jest.setTimeout(30_000);

const FIXTURE = path.join(FIXTURES, "inkop-q1-2025.xlsx");
const settings = withDefaults();
const EDIT = "Orsaken är ny upphandling av städtjänster.";

interface Subject {
  port: WorkbookPort;
  /** Types into a cell as the user would (outside the adapter's write path). */
  type(sheet: string, address: string, value: string): Promise<void>;
}

async function xlsxSubject(): Promise<Subject> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(FIXTURE));
  return {
    port: wb,
    async type(sheet, address, value) {
      const ws = wb.workbook.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      ws.getCell(address).value = value;
    },
  };
}

async function officeSubject(): Promise<Subject> {
  const fake = createFakeExcel(await seedFromXlsx(FIXTURE));
  return {
    port: new OfficeWorkbook(fake.Excel.run),
    async type(sheet, address, value) {
      await fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await ctx.sync();
      });
    },
  };
}

function valueAt(s: WorkbookSnapshot, sheet: string, address: string): unknown {
  const grid = s.sheets.find((g) => g.name === sheet);
  const r = parseRangeAddress(address);
  if (!grid || !r) throw new Error(`no ${sheet}!${address}`);
  return cellAt(grid, r.top, r.left);
}

/** The Analys row that holds the first "[Orsak: …]" placeholder, as an address in column A. */
function placeholderCell(s: WorkbookSnapshot): string {
  const grid = s.sheets.find((g) => g.name === "Analys");
  const i = grid?.values.findIndex((row) => String(row[0] ?? "").includes("[Orsak: …]")) ?? -1;
  if (!grid || i < 0) throw new Error("no placeholder on the Analys sheet");
  return `A${grid.top + i + 1}`;
}

const write = (port: WorkbookPort, onEdited: EditedChoice) =>
  analyzeAndWrite(port, { settings, onEdited });

describe.each([
  ["ExcelJS", xlsxSubject],
  ["Office.js (fake)", officeSubject],
])("%s", (_name, make) => {
  it("writes again without asking when nothing of ours was changed", async () => {
    const { port } = await make();
    expect((await write(port, "stop")).kind).toBe("written");
    expect((await write(port, "stop")).kind).toBe("written");
  });

  it("stops naming the edited Analys cell, then keeps it and writes Analys 2 when asked", async () => {
    const { port, type } = await make();
    await write(port, "stop");
    const cell = placeholderCell(await port.read());
    await type("Analys", cell, EDIT);

    const stopped = await write(port, "stop");
    expect(stopped.kind).toBe("edited");
    if (stopped.kind !== "edited") return;
    expect(editedCells(stopped.edited)).toEqual([`Analys!${cell}`]);
    expect(valueAt(await port.read(), "Analys", cell)).toBe(EDIT);

    const beside = await write(port, "beside");
    expect(beside.kind).toBe("written");
    if (beside.kind === "written") expect(beside.sheet).toBe("Analys 2");
    const after = await port.read();
    expect(valueAt(after, "Analys", cell)).toBe(EDIT);
    expect(String(valueAt(after, "Analys 2", cell))).toContain("[Orsak: …]");

    // The kept sheet is the user's now: the next run writes to Analys 2 without asking.
    const next = await write(port, "stop");
    expect(next.kind).toBe("written");
    if (next.kind === "written") expect(next.sheet).toBe("Analys 2");
    expect(valueAt(await port.read(), "Analys", cell)).toBe(EDIT);
  });

  it("replaces the edit only when the user chooses to", async () => {
    const { port, type } = await make();
    await write(port, "stop");
    const cell = placeholderCell(await port.read());
    await type("Analys", cell, EDIT);
    expect((await write(port, "replace")).kind).toBe("written");
    expect(String(valueAt(await port.read(), "Analys", cell))).toContain("[Orsak: …]");
  });

  it("notices a note typed beside our cells on the Analys sheet", async () => {
    const { port, type } = await make();
    await write(port, "stop");
    await type("Analys", "Q3", "Min egen anteckning");
    const stopped = await write(port, "stop");
    expect(stopped.kind === "edited" && editedCells(stopped.edited)).toEqual(["Analys!Q3"]);
  });

  it("keeps an edited status cell and writes the status column beside it", async () => {
    const { port, type } = await make();
    await write(port, "stop");
    await type("Resultaträkning", "J8", "Förklarat i nämnden");
    const stopped = await write(port, "stop");
    expect(stopped.kind === "edited" && editedCells(stopped.edited)).toEqual([
      "'Resultaträkning'!J8",
    ]);
    expect((await write(port, "beside")).kind).toBe("written");
    const after = await port.read();
    expect(valueAt(after, "Resultaträkning", "J8")).toBe("Förklarat i nämnden");
    // The fresh status column sits right of the kept one, and the forecast status right of that.
    expect(valueAt(after, "Resultaträkning", "J4")).toBe("Status");
    expect(valueAt(after, "Resultaträkning", "K4")).toBe("Status");
    expect(valueAt(after, "Resultaträkning", "K8")).toBe("Gynnsam");
    expect(valueAt(after, "Resultaträkning", "L4")).toBe("Status prognos");
  });
});

describe("the command", () => {
  it("exits 1 naming the edited cell unless --replace-edited", async () => {
    const { dir, file } = tempCopy("inkop-q1-2025.xlsx");
    const once = path.join(dir, "once.xlsx");
    expect(await main(["analyze", file, "-o", once], captureIo())).toBe(0);
    const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(once));
    const cell = placeholderCell(await wb.read());
    const ws = wb.workbook.getWorksheet("Analys");
    if (!ws) throw new Error("no Analys sheet");
    ws.getCell(cell).value = EDIT;
    fs.writeFileSync(once, await wb.toBuffer());

    const twice = path.join(dir, "twice.xlsx");
    const io = captureIo();
    expect(await main(["analyze", once, "-o", twice], io)).toBe(1);
    expect(io.stderr()).toContain(`Analys!${cell}`);
    expect(io.stderr()).toContain("--replace-edited");
    expect(fs.existsSync(twice)).toBe(false);

    expect(await main(["analyze", once, "-o", twice, "--replace-edited"], captureIo())).toBe(0);
    const replaced = await XlsxWorkbook.fromBuffer(fs.readFileSync(twice));
    expect(String(valueAt(await replaced.read(), "Analys", cell))).toContain("[Orsak: …]");
  });
});

describe("the ribbon command", () => {
  it("stops with a message naming the edited cell and writes nothing", async () => {
    const fake = createFakeExcel(await seedFromXlsx(FIXTURE));
    const deps = {
      run: fake.Excel.run,
      loadSettings: async () => ({}),
      context: { requirements: { isSetSupported: () => true } },
    };
    expect((await analyzeNow(deps)).kind).toBe("written");
    const port = new OfficeWorkbook(fake.Excel.run);
    const cell = placeholderCell(await port.read());
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Analys").getRange(cell).values = [[EDIT]];
      await ctx.sync();
    });
    const outcome = await analyzeNow(deps);
    expect(outcome.kind).toBe("edited");
    if (outcome.kind !== "written") expect(outcome.message).toContain(`Analys!${cell}`);
    expect(valueAt(await port.read(), "Analys", cell)).toBe(EDIT);
  });
});
