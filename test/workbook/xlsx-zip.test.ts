/**
 * The written .xlsx is deflated through Node's zlib (src/workbook/xlsx/zip.ts) instead of JSZip's
 * pako. An independent reader (JSZip, checking every CRC) must find the same parts with the same
 * bytes as ExcelJS's own writer gives, and Excel's reader (ExcelJS here) the same workbook.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { randomBytes } from "crypto";
import { deflateRawSync } from "zlib";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { deflatedCopy } from "../../src/workbook/xlsx/zip";

async function partsOf(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf, { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name];
    if (!f.dir) out.set(name, await f.async("nodebuffer"));
  }
  return out;
}

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2025, 3, 30));
  wb.modified = new Date(Date.UTC(2025, 3, 30));
  const ws = wb.addWorksheet("Resultaträkning");
  ws.addRow(["Belopp i tkr", "Utfall", "Budget"]);
  for (let i = 0; i < 2000; i++)
    ws.addRow([`Konto ${3000 + i} – Vårdcentral Söder`, i * 7, i * 7 + 3]);
  ws.getCell("E2").value = { formula: "B2-C2", result: -3 };
  wb.addWorksheet("Blad 2 (åäö)").getCell("A1").value = "Analys";
  return wb;
}

describe("xlsx adapter: the package is deflated natively", () => {
  it("holds exactly the parts ExcelJS writes, each passing its CRC, and far smaller than stored", async () => {
    const wb = await sampleWorkbook();
    const own = Buffer.from(await wb.xlsx.writeBuffer());
    const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
    const adapter = await XlsxWorkbook.fromBuffer(own);
    const ours = await adapter.toBuffer();

    const expected = await partsOf(own);
    const got = await partsOf(ours);
    expect([...got.keys()]).toEqual([...expected.keys()]);
    expect([...got.keys()]).toContain("xl/worksheets/sheet1.xml");
    // The adapter loaded and wrote the workbook again: the parts must read back the same.
    const reread = await partsOf(Buffer.from(await adapter.workbook.xlsx.writeBuffer()));
    for (const [name, data] of got) expect(data.equals(reread.get(name) as Buffer)).toBe(true);
    // Compressed like ExcelJS's own (level 6): well under the stored size, near JSZip's.
    expect(ours.length).toBeLessThan(stored.length / 3);
    expect(ours.length).toBeLessThan(own.length * 1.1);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(ours as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Resultaträkning", "Blad 2 (åäö)"]);
    const sheet = back.getWorksheet("Resultaträkning") as ExcelJS.Worksheet;
    expect(sheet.getCell("A2001").value).toBe("Konto 4999 – Vårdcentral Söder");
    expect(sheet.getCell("C2001").value).toBe(1999 * 7 + 3);
    expect(sheet.getCell("E2").formula).toBe("B2-C2");
  });

  it("keeps an empty part and an incompressible one stored, and names in UTF-8 as given", async () => {
    const zip = new JSZip();
    const noise = randomBytes(4096);
    zip.file("tom.txt", "");
    zip.file("brus.bin", noise);
    zip.file("mapp/åäö.xml", "<x>" + "Gynnsam ".repeat(500) + "</x>");
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const out = await deflatedCopy(stored);
    if (!out) throw new Error("deflatedCopy gave null on a package JSZip wrote");
    const parts = await partsOf(out);
    expect([...parts.keys()]).toEqual(["brus.bin", "mapp/åäö.xml", "tom.txt"]);
    expect(parts.get("tom.txt")?.length).toBe(0);
    expect(parts.get("brus.bin")?.equals(noise)).toBe(true);
    expect(parts.get("mapp/åäö.xml")?.toString("utf8")).toBe(
      "<x>" + "Gynnsam ".repeat(500) + "</x>",
    );
    // The noise stays stored (not grown by deflate); the repeated text shrinks.
    expect(out.length).toBeLessThan(stored.length - 3000);
    expect(out.length).toBeGreaterThan(noise.length);
  });

  it("deflates a part of several megabytes in slices that join into one stream", async () => {
    const rows: string[] = [];
    for (let i = 0; i < 150_000; i++)
      rows.push(`<c r="B${i + 1}" s="3"><v>${(i * 7919) % 100_003}</v></c>`);
    const xml = `<sheetData>${rows.join("")}</sheetData>`;
    expect(xml.length).toBeGreaterThan(4 << 20);
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", xml);
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const out = await deflatedCopy(stored);
    if (!out) throw new Error("deflatedCopy gave null on a package JSZip wrote");
    expect((await partsOf(out)).get("xl/worksheets/sheet1.xml")?.toString("utf8")).toBe(xml);
    // Within a percent of one single pass at the same level.
    const single = deflateRawSync(Buffer.from(xml), { level: 6 }).length;
    expect(out.length).toBeLessThan(single * 1.01 + 200);
  });

  it("leaves a package it cannot read to ExcelJS (null) instead of writing a damaged file", async () => {
    expect(await deflatedCopy(Buffer.from("not a zip at all"))).toBeNull();
    const zip = new JSZip();
    zip.file("a.txt", "x");
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    // The directory says 0xFFFF entries: a zip64 package, which this reader does not take.
    const zip64 = Buffer.from(stored);
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
    expect(await deflatedCopy(zip64)).toBeNull();
  });
});
