/** The recording fake itself behaves like Office.js where the adapter depends on it. */
import { createFakeExcel, FakeOfficeError } from "../fakes/excel";

const seed = () =>
  createFakeExcel({
    sheets: [
      {
        name: "Blad 1",
        cells: [
          { address: "A1", value: "Rubrik" },
          { address: "B2", value: 5, numberFormat: "0.0" },
          { address: "C2", value: 10, formula: "=B2*2" },
          { address: "D2", value: "#REF!", formula: "=#REF!" },
        ],
      },
      { name: "Skyddat", protected: true, cells: [{ address: "A1", value: 1 }] },
    ],
    names: [{ name: "Budget", reference: "='Blad 1'!$B$2" }],
  });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("fake Excel", () => {
  it("throws PropertyNotLoaded before load + sync, and counts syncs and calls", async () => {
    const fake = seed();
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad 1").getRange("A1:D2");
      expect(() => r.values).toThrow(/not available/);
      r.load("values,formulas,numberFormat,valueTypes,address");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.address).toBe("'Blad 1'!A1:D2");
      expect(r.values).toEqual([
        ["Rubrik", "", "", ""],
        ["", 5, 10, "#REF!"],
      ]);
      expect(r.formulas).toEqual([
        ["Rubrik", "", "", ""],
        ["", 5, "=B2*2", "=#REF!"],
      ]);
      expect(r.numberFormat[1][1]).toBe("0.0");
      expect(r.valueTypes[1]).toEqual(["Empty", "Double", "Double", "Error"]);
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.proxyCalls).toBeGreaterThanOrEqual(3);
    expect(fake.stats.batchBytes).toHaveLength(1);
  });

  it("turns '=…' written to values into a formula unless the format is '@'; null leaves a cell, '' clears it", async () => {
    const fake = seed();
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Blad 1");
      ws.getRange("E1").values = [["=SUM(1,2)"]];
      const r = ws.getRange("F1");
      r.numberFormat = [["@"]];
      r.values = [["=SUM(1,2)"]];
      ws.getRange("A1:B2").values = [
        [null, null],
        [null, ""],
      ];
      await ctx.sync();
    });
    const cells = fake.snapshotCells().sheets[0].cells;
    expect(cells.E1.formula).toBe("=SUM(1,2)");
    expect(cells.F1).toEqual({ value: "=SUM(1,2)", numberFormat: "@" });
    expect(cells.A1.value).toBe("Rubrik");
    expect(cells.B2).toEqual({ value: null, numberFormat: "0.0" });
  });

  it("refuses writes to a protected sheet with AccessDenied, leaving earlier operations of the batch applied", async () => {
    const fake = seed();
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad 1").getRange("A3").values = [["före"]];
        ctx.workbook.worksheets.getItem("Skyddat").getRange("A1").values = [[2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    // As in Excel: no rollback. This is why the adapter checks before it writes.
    expect(fake.snapshotCells().sheets[0].cells.A3.value).toBe("före");
  });

  it("models null objects, sheet add/delete, names and used ranges", async () => {
    const fake = seed();
    await fake.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Analys");
      const used = ctx.workbook.worksheets
        .getItem("Blad 1")
        .getUsedRangeOrNullObject(true)
        .load("address");
      const names = ctx.workbook.names.load("items/name,items/formula");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.address).toBe("'Blad 1'!A1:D2");
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([["Budget", "='Blad 1'!$B$2"]]);
      const ws = ctx.workbook.worksheets.add("Analys");
      ws.getRange("A1").values = [["Analys"]];
      ctx.workbook.names.add("Uppfoljning_Analys", ws.getRange("A1:B3"));
      ctx.workbook.names.getItem("Budget").delete();
      const empty = ws.getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(empty.isNullObject).toBe(false);
    });
    const snap = fake.snapshotCells();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Blad 1", "Skyddat", "Analys"]);
    expect(snap.names).toEqual([{ name: "Uppfoljning_Analys", reference: "=Analys!$A$1:$B$3" }]);
    expect(
      await codeOf(
        fake.Excel.run(async (ctx) => ctx.workbook.worksheets.add("analys") && ctx.sync()),
      ),
    ).toBe("ItemAlreadyExists");
  });

  it.each([
    ["sv-SE", ";", ","],
    ["en-US", ",", ";"],
  ] as const)(
    "%s: getRanges takes the locale's list separator %j and throws InvalidArgument on %j (office-js #1167, #1985)",
    async (locale, own, foreign) => {
      const fake = createFakeExcel(
        { sheets: [{ name: "Blad 1", cells: [{ address: "A1", value: 1 }] }] },
        { locale },
      );
      await fake.Excel.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem("Blad 1").getRanges(`A5:A6${own}C5`);
        areas.format.fill.color = "#C6EFCE";
        areas.format.font.bold = true;
        await ctx.sync();
      });
      const cells = fake.snapshotCells().sheets[0].cells;
      expect(cells.A6).toEqual({ value: null, fill: "#C6EFCE", bold: true });
      expect(cells.C5.fill).toBe("#C6EFCE");
      expect(fake.stats.fillCalls).toBe(1);
      expect(fake.stats.formatCalls).toBe(2);
      // The foreign separator fails the batch — after what came before it in the batch was applied.
      const code = await codeOf(
        fake.Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("Blad 1");
          ws.getRange("B1").values = [["skrivet"]];
          ws.getRanges(`B5${foreign}B7`).format.fill.color = "#FFC7CE";
          await ctx.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
      expect(fake.snapshotCells().sheets[0].cells.B1.value).toBe("skrivet");
      const long = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`).join(own);
      expect(long.length).toBeGreaterThan(8192);
      expect(
        await codeOf(
          fake.Excel.run(async (ctx) => {
            ctx.workbook.worksheets.getItem("Blad 1").getRanges(long).format.fill.clear();
            await ctx.sync();
          }),
        ),
      ).toBe("InvalidArgument");
    },
  );

  it("sets per-cell formats with setCellProperties, leaving cells given {} alone, and fails above 80,000 cells like the web", async () => {
    const fake = seed();
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad 1").getRange("F1:G2");
      r.setCellProperties([
        [{ format: { fill: { color: "#FFC7CE" }, font: { bold: true } } }, {}],
        [
          {},
          { format: { wrapText: true, verticalAlignment: "Top", horizontalAlignment: "Right" } },
        ],
      ]);
      await ctx.sync();
    });
    const cells = fake.snapshotCells().sheets[0].cells;
    expect(cells.F1).toEqual({ value: null, fill: "#FFC7CE", bold: true });
    expect(cells.G1).toBeUndefined();
    expect(cells.G2).toEqual({ value: null, wrap: true, valign: "Top", align: "Right" });
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Blad 1").getRangeByIndexes(0, 0, 90_000, 1);
        r.setCellProperties(Array.from({ length: 90_000 }, () => [{}]));
        await ctx.sync();
      }),
    );
    expect(code).toBe("GeneralException");
  });

  it("models the host states the pre-flight guards against", async () => {
    const fake = seed();
    // Cell edit mode: Excel runs nothing of the batch.
    fake.model.cellEditMode = true;
    expect(
      await codeOf(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Blad 1").getRange("A1").values = [["x"]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidOperationInCellEditMode");
    fake.model.cellEditMode = false;
    expect(fake.snapshotCells().sheets[0].cells.A1.value).toBe("Rubrik");
    // Structure protection: cells may change, sheets may not come or go.
    fake.model.structureProtected = true;
    await fake.Excel.run(async (ctx) => {
      const p = ctx.workbook.protection.load("protected");
      await ctx.sync();
      expect(p.protected).toBe(true);
    });
    expect(
      await codeOf(fake.Excel.run(async (ctx) => ctx.workbook.worksheets.add("Ny") && ctx.sync())),
    ).toBe("AccessDenied");
    fake.model.structureProtected = false;
    // Read-only: nothing changes.
    fake.model.readOnly = true;
    await fake.Excel.run(async (ctx) => {
      const wb = ctx.workbook.load("readOnly");
      await ctx.sync();
      expect(wb.readOnly).toBe(true);
    });
    expect(
      await codeOf(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Blad 1").getRange("A1").values = [["x"]];
          await ctx.sync();
        }),
      ),
    ).toBe("AccessDenied");
    expect(fake.snapshotCells().sheets[0].cells.A1.value).toBe("Rubrik");
  });

  it.each(["ResponsePayloadSizeLimitExceeded", "GeneralException"] as const)(
    "answers an oversized response with %s when told to (desktop / the web, office-js #1314)",
    async (answer) => {
      const fake = createFakeExcel(
        { sheets: [{ name: "Blad 1", cells: [{ address: "A1", value: "x".repeat(2000) }] }] },
        { oversizeAnswer: answer, responseLimitBytes: 1000 },
      );
      expect(
        await codeOf(
          fake.Excel.run(async (ctx) => {
            ctx.workbook.worksheets.getItem("Blad 1").getRange("A1").load("values");
            await ctx.sync();
          }),
        ),
      ).toBe(answer);
    },
  );

  it("rejects a request over 5 MB without executing any of it", async () => {
    const fake = seed();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad 1").getRange("A1").values = [["ändrad"]];
        ctx.workbook.worksheets.getItem("Blad 1").getRangeByIndexes(10, 0, big.length, 1).values =
          big;
        await ctx.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.snapshotCells().sheets[0].cells.A1.value).toBe("Rubrik");
  });

  it("selects and reads the selection", async () => {
    const fake = seed();
    fake.setSelection("Blad 1", "B2:C2");
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      expect(r.address).toBe("'Blad 1'!B2:C2");
      ctx.workbook.worksheets.getItem("Skyddat").getRange("A1").select();
      await ctx.sync();
    });
    expect(fake.model.selection?.range).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });
});
