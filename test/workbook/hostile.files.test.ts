/**
 * Named hostile cases on files, through the command: not an xlsx, a truncated zip, a password-protected
 * workbook, an .xlsm, an output path that cannot be written; and the size limit of the Office adapter.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { OfficeWorkbook } from "../../src/workbook/office";
import { WorkbookError } from "../../src/workbook/port";
import { createFakeExcel } from "../fakes/excel";
import { captureIo, copyFixture, tempDir } from "../helpers/run";

jest.setTimeout(30_000);

const sha = async (f: string): Promise<string> =>
  createHash("sha256")
    .update(await fs.readFile(f))
    .digest("hex");

async function run(args: string[]) {
  const c = captureIo();
  const code = await main(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** Nothing but the given files in the folder: no output, no temp file left behind. */
async function expectOnly(dir: string, files: string[]): Promise<void> {
  expect((await fs.readdir(dir)).sort()).toEqual([...files].sort());
}

describe("files the command cannot read: exit 1, a clear message, no stack trace, nothing written", () => {
  it("a text file named .xlsx", async () => {
    const dir = await tempDir();
    const f = path.join(dir, "inte-excel.xlsx");
    await fs.writeFile(f, "Konto;Utfall\n4010;123\n");
    const r = await run(["analyze", f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("inte-excel.xlsx");
    expect(r.err).not.toMatch(/\n\s+at /);
    await expectOnly(dir, ["inte-excel.xlsx"]);
  });

  it("a truncated zip", async () => {
    const dir = await tempDir();
    const full = await fs.readFile(await copyFixture("inkop-q1-2025.xlsx", dir, "full.xlsx"));
    const f = path.join(dir, "trasig.xlsx");
    await fs.writeFile(f, full.subarray(0, Math.floor(full.length / 2)));
    await fs.rm(path.join(dir, "full.xlsx"));
    const r = await run(["analyze", f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("trasig.xlsx");
    expect(r.err).not.toMatch(/\n\s+at /);
    await expectOnly(dir, ["trasig.xlsx"]);
  });

  it("a password-protected workbook (an OLE compound file, as Excel saves encrypted .xlsx)", async () => {
    const dir = await tempDir();
    const f = path.join(dir, "losen.xlsx");
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await fs.writeFile(f, ole);
    const r = await run(["analyze", f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/lösenord|krypter/i);
    expect(r.err).not.toMatch(/\n\s+at /);
    await expectOnly(dir, ["losen.xlsx"]);
  });
});

describe("an .xlsm", () => {
  it("is analysed with a warning that macros are not carried over; the input is untouched; the output is .xlsx", async () => {
    const dir = await tempDir();
    const src = await fs.readFile(await copyFixture("inkop-q1-2025.xlsx", dir, "tmp.xlsx"));
    await fs.rm(path.join(dir, "tmp.xlsx"));
    const zip = await JSZip.loadAsync(src);
    zip.file("xl/vbaProject.bin", Buffer.from("not really VBA"));
    const f = path.join(dir, "makro.xlsm");
    await fs.writeFile(f, await zip.generateAsync({ type: "nodebuffer" }));
    const before = await sha(f);
    const r = await run(["analyze", f]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/makro/i);
    expect(await sha(f)).toBe(before);
    await expectOnly(dir, ["makro.xlsm", "makro-analys.xlsx"]);
    const out = await JSZip.loadAsync(await fs.readFile(path.join(dir, "makro-analys.xlsx")));
    expect(out.file("xl/vbaProject.bin")).toBeNull();
  });
});

describe("an output path that cannot be written: a clear message, nothing partial left behind", () => {
  it("the output path is a folder", async () => {
    const dir = await tempDir();
    const f = await copyFixture("inkop-q1-2025.xlsx", dir);
    await fs.mkdir(path.join(dir, "ut.xlsx"));
    const r = await run(["analyze", f, "-o", path.join(dir, "ut.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("ut.xlsx");
    expect(r.err).not.toMatch(/\n\s+at /);
    await expectOnly(dir, ["inkop-q1-2025.xlsx", "ut.xlsx"]);
    expect(await fs.readdir(path.join(dir, "ut.xlsx"))).toEqual([]);
  });

  it("the output folder is a file", async () => {
    const dir = await tempDir();
    const f = await copyFixture("inkop-q1-2025.xlsx", dir);
    await fs.writeFile(path.join(dir, "fil"), "x");
    const r = await run(["analyze", f, "-o", path.join(dir, "fil", "ut.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("ut.xlsx");
    await expectOnly(dir, ["inkop-q1-2025.xlsx", "fil"]);
  });

  it("the --json path cannot be written: the workbook output was written whole, no temp file remains", async () => {
    const dir = await tempDir();
    const f = await copyFixture("inkop-q1-2025.xlsx", dir);
    await fs.mkdir(path.join(dir, "rapport.json"));
    const r = await run(["analyze", f, "--json", path.join(dir, "rapport.json")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("rapport.json");
    expect((await fs.readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("size limits", () => {
  it("Office adapter: a used range beyond the limit is refused with a message before any cell is read, and nothing is written", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Stort",
          cells: [
            { address: "A1", value: "Resultatrader" },
            { address: "Z2000", value: 1 },
          ],
        },
      ],
    });
    const before = fake.snapshotCells();
    const wb = new OfficeWorkbook(fake.Excel.run, { maxCells: 50_000 });
    let error: unknown = null;
    try {
      await wb.read();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("TooLarge");
    expect((error as WorkbookError).message).toMatch(/52[\s\u00a0]000/);
    expect(fake.snapshotCells()).toEqual(before);
  });
});
