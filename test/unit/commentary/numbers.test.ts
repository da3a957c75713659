/**
 * Every number in the generated text must come from the analysis (after rounding and unit
 * conversion) or from what the settings and the analysis state: no invented figures.
 */
import type { Analysis } from "../../../src/core/analysis";
import {
  analysis,
  indicators,
  inkop2019Indicators,
  inkopQ1,
  period,
  row,
  settings,
  statement,
} from "./builder";
import { allowedNumbers, numbersIn, offenders } from "./provenance";

function overspent(): Analysis {
  return analysis({
    statement: statement([
      row("Försäljningsintäkter", "revenue", {
        actual: 9120,
        budget: 10000,
        fullYearBudget: 40000,
        forecast: 38600,
        priorYear: 9800,
      }),
      row("Personalkostnader", "cost", {
        actual: -30000,
        budget: -28000,
        fullYearBudget: -112000,
        forecast: -113500,
        priorYear: -29000,
      }),
      row("Lokalkostnader", "cost", {
        actual: -4520,
        budget: -4400,
        fullYearBudget: -17600,
        forecast: -17600,
        priorYear: -4400,
      }),
      row("Konsultkostnader", "cost", {
        actual: -380,
        budget: 0,
        fullYearBudget: 0,
        forecast: -900,
        priorYear: 0,
      }),
      row("Övriga kostnader", "cost", {
        actual: -11880,
        budget: -8300,
        fullYearBudget: -33200,
        forecast: -36000,
        priorYear: -11300,
      }),
      row("Årets resultat", "result", { actual: -37660, budget: -30700 }),
    ]),
    indicators: indicators(inkop2019Indicators()),
    period: period(2025, 5),
  });
}

describe("every number in the text is in the analysis", () => {
  const cases: [string, () => Analysis][] = [
    ["inkop-q1-2025", inkopQ1],
    ["costs over budget, no subtotals", overspent],
    ["indicators 2019", () => analysis({ indicators: indicators(inkop2019Indicators()) })],
  ];
  for (const [name, build] of cases) {
    for (const s of [
      settings(),
      settings({ amountStyle: "tkr" }),
      settings({ amountStyle: "mnkr" }),
      settings({ lang: "en" }),
      settings({ placeholders: false, materialityAmountTkr: 50 }),
    ]) {
      it(`${name}, ${s.lang}, ${s.amountStyle}`, () => {
        expect(offenders(build(), s)).toEqual([]);
      });
    }
  }

  it("finds numbers that are not in the analysis", () => {
    const a = inkopQ1();
    const allowed = allowedNumbers(a, settings());
    expect(allowed.has("488")).toBe(true);
    expect(allowed.has("489")).toBe(false);
    expect(numbersIn("plus 1\u00a0738\u00a0tkr, 5,9\u00a0%", "sv")).toEqual(["1\u00a0738", "5,9"]);
  });
});
