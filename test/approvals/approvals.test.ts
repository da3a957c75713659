/**
 * Approval tests: for every fixture workbook (test/fixtures, the corpus, examples/) the whole job runs
 * as the command runs it — the analyse-and-write use case through the ExcelJS adapter, default settings —
 * and the whole commentary text plus every cell the write changed or added are compared with the file
 * approved in `test/approvals/approved/`. A behaviour change shows as a diff to read; when it is
 * intended, `UPDATE_APPROVALS=1 npx jest test/approvals` rewrites the files (commit them with the change).
 * The Office adapter on the recording fake executes the same plan and must produce the same cells.
 */
import fs from "fs";
import { analyzeAndWrite, type WriteOutcome } from "../../src/app/workflow";
import { commentaryToText } from "../../src/core/commentary";
import { renderDiagnostic } from "../../src/core/locale";
import { withDefaults, type Lang } from "../../src/core/settings";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { createFakeExcel } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import { approve } from "./approve";
import { diffShots, shotOfFake, shotOfXlsx, type ShotDiff } from "./shot";
import { approvalFixtures, type ApprovalFixture } from "./fixtures";

// Three runs of the whole job per fixture (xlsx sv, office sv, xlsx en) on a shared 2-core machine.
jest.setTimeout(60_000);

/** The fixtures whose English text is approved too (the product's two reference workbooks). */
const ENGLISH = new Set(["inkop-q1-2025.xlsx", "handlingsplaner-mal-2022.xlsx"]);

interface Run {
  outcome: WriteOutcome;
  diff: ShotDiff;
}

async function viaXlsx(file: string, lang: Lang): Promise<Run> {
  const input = fs.readFileSync(file);
  const wb = await XlsxWorkbook.fromBuffer(input);
  const outcome = await analyzeAndWrite(wb, { settings: withDefaults({ lang }), onEdited: "stop" });
  const after = outcome.kind === "written" ? await wb.toBuffer() : input;
  return { outcome, diff: diffShots(await shotOfXlsx(input), await shotOfXlsx(after)) };
}

async function viaOffice(file: string, lang: Lang): Promise<Run> {
  const fake = createFakeExcel(await seedFromXlsx(file));
  const before = shotOfFake(fake);
  const outcome = await analyzeAndWrite(new OfficeWorkbook(fake.Excel.run), {
    settings: withDefaults({ lang }),
    onEdited: "stop",
  });
  return { outcome, diff: diffShots(before, shotOfFake(fake)) };
}

/** Cell lines only: layout in points/characters is the one part the two adapters report differently. */
const cellLines = (d: ShotDiff): string[] => d.lines.filter((l) => !l.startsWith("  layout"));

function textOf(outcome: WriteOutcome, lang: Lang): string {
  if (outcome.kind === "written") return commentaryToText(outcome.result.commentary);
  const why =
    outcome.kind === "nothingFound"
      ? outcome.reasons
      : outcome.kind === "refused"
        ? outcome.refusals
        : [];
  return [`(${outcome.kind}: nothing written)`, ...why.map((d) => renderDiagnostic(d, lang))].join(
    "\n",
  );
}

async function approvalText(f: ApprovalFixture): Promise<{ text: string; office: Run; xlsx: Run }> {
  const xlsx = await viaXlsx(f.file, "sv");
  const office = await viaOffice(f.file, "sv");
  const out: string[] = [
    `# ${f.label} — approved output of the analyse-and-write use case (default settings)`,
    "# Regenerate: UPDATE_APPROVALS=1 npx jest test/approvals   (read the diff before committing)",
    "# Cells: the ExcelJS adapter's file read back; the Office adapter on the recording fake writes the",
    "# same cells, data bars, merges and names (asserted). Layout lines (widths, heights, page) are the",
    "# file's: the fake records widths and heights in points, so those are not compared.",
    "",
    `## Outcome: ${xlsx.outcome.kind}`,
    "",
    "## Commentary (sv)",
    "",
    textOf(xlsx.outcome, "sv").trimEnd(),
    "",
  ];
  if (ENGLISH.has(f.name)) {
    const en = await viaXlsx(f.file, "en");
    out.push("## Commentary (en)", "", textOf(en.outcome, "en").trimEnd(), "");
  }
  out.push("## Cells the write changed or added (sv)", "");
  out.push(...(xlsx.diff.lines.length > 0 ? xlsx.diff.lines : ["(none)"]), "");
  return { text: out.join("\n"), office, xlsx };
}

const fixtures = approvalFixtures();

it("has fixtures to approve", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(13);
});

describe.each(fixtures.map((f) => [f.label, f] as const))("%s", (_label, f) => {
  it("writes what was approved, through both adapters, changing no user cell", async () => {
    const { text, office, xlsx } = await approvalText(f);
    // Never change a cell the user wrote: every listed cell was empty before the write.
    expect(xlsx.diff.userCellsChanged).toEqual([]);
    expect(office.diff.userCellsChanged).toEqual([]);
    expect(office.outcome.kind).toBe(xlsx.outcome.kind);
    expect(cellLines(office.diff).join("\n")).toBe(cellLines(xlsx.diff).join("\n"));
    approve(f.approved, text);
  });
});
