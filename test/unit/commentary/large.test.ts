import { generateCommentary } from "../../../src/core/commentary";
import { MAX_ROW_SENTENCES } from "../../../src/core/commentary/statement";
import { analysis, row, section, sectionText, settings, statement } from "./builder";

/** An account-level statement: many lines, many of them material. */
function accounts(n: number) {
  const rows = Array.from({ length: n }, (_, i) =>
    row(`Konto ${4000 + i} material`, "cost", {
      actual: -1000 - (i % 2 === 0 ? 300 + i : 0),
      budget: -1000,
      priorYear: -400,
      fullYearBudget: -4000,
      forecast: i % 3 === 0 ? -4500 - i : -4000,
    }),
  );
  rows.push(
    row("Summa kostnader", "cost", {
      actual: rows.reduce((s, r) => s + (r.actual ?? 0), 0),
      budget: -1000 * n,
      subtotal: true,
    }),
  );
  return analysis({ statement: statement(rows) });
}

describe("a statement with many lines", () => {
  const c = generateCommentary(accounts(60), settings());

  it("names the largest deviations and counts the rest, per section", () => {
    const budget = section(c, "budget");
    // 30 material lines: the largest ten get a sentence, then one sentence for the other twenty.
    expect(budget.filter((p) => p.startsWith("Konto"))).toHaveLength(MAX_ROW_SENTENCES);
    expect(budget).toContain("Ytterligare 20 poster visar väsentliga avvikelser.");
    expect(sectionText(c, "budget")).toContain("Konto 4058 material");
    expect(sectionText(c, "budget")).not.toContain("Konto 4000 material");
    expect(section(c, "forecast").filter((p) => p.startsWith("Konto"))).toHaveLength(
      MAX_ROW_SENTENCES,
    );
    expect(section(c, "priorYear").filter((p) => p.startsWith("Konto"))).toHaveLength(
      MAX_ROW_SENTENCES,
    );
  });

  it("counts rather than names a long list of minor deviations", () => {
    const c2 = generateCommentary(
      analysis({
        statement: statement([
          row("Personalkostnader", "cost", { actual: -9000, budget: -10000 }),
          ...Array.from({ length: 20 }, (_, i) =>
            row(`Konto ${5000 + i}`, "cost", { actual: -1000 + 5, budget: -1000 }),
          ),
        ]),
      }),
      settings(),
    );
    expect(sectionText(c2, "budget")).toContain("20 andra poster");
    expect(sectionText(c2, "budget")).not.toContain("Konto 5001");
  });

  it("stays short for a statement of thousands of lines", () => {
    const big = generateCommentary(accounts(5000), settings());
    const paragraphs = big.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    expect(paragraphs).toBeLessThan(60);
    expect(sectionText(big, "budget")).toContain("Ytterligare 2 490 poster");
  });
});
