/**
 * No sentence contradicts its own figures (issue 11): over generated resultaträkningar and
 * driftredovisningar in every sign convention, with budget, outcome, forecast and prior-year columns
 * and deviations of both signs (zero, small, material), every direction word of the commentary
 * (högre/lägre, överstiger/understiger, överskott/underskott, ökat/minskat, plus/minus, positiv/negativ;
 * the English ones) agrees with the model's figures for the row it names and with the figures quoted
 * in the same sentence, and a net-revenue unit is worded as revenue. The checker is an independent
 * reader (test/helpers/wordsOracle.ts).
 */
import fc from "fast-check";
import { analyzeSnapshot } from "../../../src/core/analyze";
import { generateCommentary } from "../../../src/core/commentary";
import { withDefaults } from "../../../src/core/settings";
import { propertyParams } from "../../helpers/run";
import { checkCommentary, patternCount, recognised } from "../../helpers/wordsOracle";
import { arbModel, renderModel, type Model } from "../../helpers/wordsModel";

function problemsOf(model: Model): string[] {
  const settings = withDefaults({
    lang: model.lang,
    amountStyle: model.amountStyle,
    materialityAmountTkr: model.materialityAmountTkr,
    materialityPct: model.materialityPct,
  });
  const analysis = analyzeSnapshot({ sheets: [renderModel(model)], markers: [] }, settings);
  const s = analysis.statement;
  if (!s || !analysis.summary) return ["no statement found"];
  const problems: string[] = [];
  // A driftredovisning has one axis: costs positive and revenue negative are the same table.
  const written =
    model.type === "driftredovisning" && model.convention === "revenue-negative"
      ? "costs-positive"
      : model.convention;
  if (s.signConvention !== written)
    problems.push(`read as ${s.signConvention}, written as ${written}`);
  for (const c of s.checks) problems.push(`false reconciliation warning: ${c.message}`);
  const commentary = generateCommentary(analysis, settings);
  problems.push(...checkCommentary({ model, statement: s, summary: analysis.summary, commentary }));
  return problems;
}

describe("the commentary's words agree with the figures", () => {
  it("in every sign convention, table type, row kind and language", () => {
    fc.assert(
      fc.property(arbModel, (model) => {
        expect(problemsOf(model)).toEqual([]);
      }),
      propertyParams(400),
    );
    // The property is worth something only if the generated tables reach the sentences with
    // direction words, in both languages.
    for (const lang of ["sv", "en"] as const) {
      const seen = [...recognised.keys()].filter((k) => k.startsWith(lang)).length;
      expect(seen / patternCount(lang)).toBeGreaterThan(0.8);
    }
  });
});
