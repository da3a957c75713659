/** Small selection helpers the pane needs (one sync each; user-triggered, not part of an analysis). */
import type { ExcelRun } from "./adapter";

export async function selectRange(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}

export async function activateSheet(run: ExcelRun, sheet: string): Promise<void> {
  await run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).activate();
    await ctx.sync();
  });
}

/** The selected range as sheet name and unqualified address ("A4:I13"). */
export async function selectedRange(run: ExcelRun): Promise<{ sheet: string; address: string }> {
  return run(async (ctx) => {
    const r = ctx.workbook.getSelectedRange().load("address");
    await ctx.sync();
    const bang = r.address.lastIndexOf("!");
    let sheet = r.address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    return { sheet, address: r.address.slice(bang + 1) };
  });
}
