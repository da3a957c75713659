/**
 * Issue 11 classes 1–5 on the corpus: each published statement or driftredovisning read as a controller
 * reads it – table and range, the column of each role, totals found by their arithmetic, varav lines,
 * the blocks printed under a statement, deviations and statuses by the stated rule, no reconciliation
 * warning on a table that adds up, and a headline that is the bottom line.
 */
import { columnIndex, rangeAddress } from "../../../src/core/address";
import type { StatementField } from "../../../src/core/analysis";
import { formatNumber } from "../../../src/core/format";
import { CORPUS } from "../../fixtures/corpus/specs";
import type {
  NotAnalysedExpectation,
  StatementExpectation,
} from "../../fixtures/corpus/specs/types";
import { runFixture } from "./load";

const statements = CORPUS.filter((f) => f.expect.kind === "statement");
const notAnalysed = CORPUS.filter((f) => f.expect.kind === "notAnalysed");

describe.each(statements.map((f) => [f.layout.file, f] as const))("%s", (_file, f) => {
  const e = f.expect as StatementExpectation;
  // Amounts in the text in the table's own unit, so the headline can be checked digit for digit.
  const run = runFixture(f, { amountStyle: e.unit === "mnkr" ? "mnkr" : "tkr" });
  const rowsOf = async () => (await run).analysis.statement?.rows ?? [];

  it("finds the table and its range", async () => {
    const st = (await run).analysis.statement;
    expect(st?.sheet).toBe(f.layout.sheet);
    expect(st && rangeAddress(st.range)).toBe(e.range);
    expect(st?.unit).toBe(e.unit);
  });

  it("maps each column to its role, and reads no other column as an amount", async () => {
    const st = (await run).analysis.statement;
    expect(st?.columns.label).toBe(columnIndex(e.columns.label ?? "A"));
    const roles = ["actual", "budget", "fullYearBudget", "forecast", "priorYear"] as const;
    const got: Partial<Record<StatementField, number>> = {};
    for (const r of roles) if (st?.columns.fields[r] !== undefined) got[r] = st.columns.fields[r];
    const want: Partial<Record<StatementField, number>> = {};
    for (const r of roles) {
      const letter = e.columns[r];
      if (letter) want[r] = columnIndex(letter);
    }
    expect(got).toEqual(want);
    const used = Object.values(st?.columns.fields ?? {});
    for (const letter of e.notAmounts ?? []) expect(used).not.toContain(columnIndex(letter));
  });

  it("reads the statement's rows and nothing printed under it", async () => {
    const labels = (await rowsOf()).map((r) => r.label);
    expect(labels).toEqual(e.rows.map((r) => r.label));
    for (const block of e.separateBlocks ?? []) expect(labels).not.toContain(block);
  });

  it("recognises each total by its arithmetic, and no other row as a total", async () => {
    const rows = await rowsOf();
    // A label printed twice (Jämförelsestörande poster, operating and financial) is the one nearest the total.
    const byLabel = (label: string, near: number) =>
      rows
        .map((r, i) => ({ r, d: Math.abs(i - near) }))
        .filter(({ r }) => r.label === label)
        .sort((a, b) => a.d - b.d)[0]?.r;
    e.rows.forEach((x, i) => {
      const row = rows[i];
      expect({ label: row?.label, total: row?.subtotal }).toEqual({
        label: x.label,
        total: x.total !== undefined,
      });
      if (!x.total || !row) return;
      // The parts the engine read add up to the total within the rounding of the summed lines.
      for (const field of ["actual", "budget"] as const) {
        const total = row[field];
        if (total === null) continue;
        // An empty cell among the parts is nothing (a line without a budget); a missing part is an error.
        const parts = x.total.map((label) => {
          const part = byLabel(label, i);
          return part ? (part[field] ?? 0) : NaN;
        });
        const sum = parts.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - total)).toBeLessThanOrEqual(e.step * x.total.length + 1e-9);
      }
    });
  });

  it("computes each deviation and status as a controller does", async () => {
    const rows = await rowsOf();
    e.rows.forEach((x, i) => {
      const row = rows[i];
      if (x.budgetDeviation !== undefined) {
        const tol = e.step * Math.max(1, x.total?.length ?? 1) + 1e-9;
        expect({
          label: x.label,
          off: Math.abs((row?.budgetDeviation ?? NaN) - x.budgetDeviation) <= tol,
        }).toEqual({
          label: x.label,
          off: true,
        });
      }
      if (x.status)
        expect({ label: x.label, status: row?.status }).toEqual({
          label: x.label,
          status: x.status,
        });
    });
  });

  it(
    e.reconciles
      ? "gives no reconciliation warning: the table adds up"
      : "flags what does not add up",
    async () => {
      const { result, text } = await run;
      const checks = result.analysis.statement?.checks ?? [];
      if (e.reconciles) {
        expect(checks.map((c) => c.message)).toEqual([]);
        expect(text).not.toContain("Rätta dem innan rapporten publiceras");
        expect(text).not.toContain("Rätta det innan rapporten publiceras");
      } else expect(checks.length).toBeGreaterThan(0);
    },
  );

  it("headlines the bottom line, with an organisation or a neutral subject", async () => {
    const { paragraphs } = await run;
    const summary = paragraphs.filter((p) => p.section === "summary").map((p) => p.text);
    if (!e.headline) return; // outcome against prior year only: no budget result to headline
    expect(summary.length).toBeGreaterThan(0);
    expect(summary[0]).not.toMatch(
      /^\(?(tkr|mnkr|belopp|driftsredovisning|driftredovisning|resultaträkning)/i,
    );
    {
      const d = e.headline.budgetDeviation;
      // The text writes mnkr with one decimal, tkr whole; no-break spaces read as spaces.
      const amount = `${formatNumber(Math.abs(d), e.unit === "mnkr" ? 1 : 0)} ${e.unit}`.replace(
        /\u00a0/g,
        " ",
      );
      expect(summary[0]).toContain(
        `${d > 0 ? "överskott" : "underskott"} mot budget med ${amount}`,
      );
    }
  });

  it("words the lines as a controller reads them", async () => {
    const { paragraphs } = await run;
    const spaced = (t: string): string => t.replace(/\u00a0/g, " ");
    const text = spaced(paragraphs.map((p) => p.text).join("\n"));
    for (const words of e.says ?? []) expect(text).toContain(spaced(words));
  });

  it("never names a varav line or a balance-requirement line as a deviation of its own", async () => {
    const { paragraphs } = await run;
    const text = paragraphs
      .filter((p) => p.section !== "summary")
      .map((p) => p.text.toLowerCase())
      .join("\n");
    for (const words of e.neverSays ?? []) expect(text).not.toContain(words.toLowerCase());
  });
});

describe.each(notAnalysed.map((f) => [f.layout.file, f] as const))("%s", (_file, f) => {
  const e = f.expect as NotAnalysedExpectation;
  it(`is not analysed as budget follow-up: ${e.reason}`, async () => {
    const { analysis, messages } = await runFixture(f);
    expect(analysis.statement).toBeNull();
    // A note of its own saying why (not the generic "no statement found").
    expect(
      messages
        .filter((m) => m.code !== "noStatement")
        .map((m) => m.text)
        .join("\n"),
    ).toMatch(/avvikelse/i);
  });
});
