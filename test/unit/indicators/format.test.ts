/**
 * The one formatter of indicator figures (pane, Analys sheet, report document): outcomes in their
 * unit with "%" spaced the Swedish way, and a ceiling target's fulfilment as the distance to the
 * ceiling, never "353 %".
 */
import type { IndicatorItem, IndicatorUnit, Target } from "../../../src/core/analysis";
import {
  fulfilmentText,
  fulfilmentValue,
  indicatorOutcome,
  indicatorTarget,
  indicatorValue,
} from "../../../src/core/indicators/format";

function item(actual: number | null, unit: IndicatorUnit, target: Target | null): IndicatorItem {
  const fulfilment =
    target && actual !== null && actual !== 0
      ? target.direction === "min"
        ? actual / target.value
        : target.value / actual
      : null;
  return {
    name: "x",
    cell: "A1",
    row: 0,
    target,
    actual,
    unit,
    fulfilment,
    status: "green",
    reason: null,
    actualText: actual === null ? "Mäts ej 2019" : String(actual),
    comment: null,
    period: null,
  };
}

const max = (value: number, unit: IndicatorUnit = "%"): Target => ({
  direction: "max",
  value,
  unit,
  text: `Högst ${value}`,
});
const min = (value: number, unit: IndicatorUnit): Target => ({
  direction: "min",
  value,
  unit,
  text: `Minst ${value}`,
});

describe("indicator figures", () => {
  it.each<[number, IndicatorUnit, string, string]>([
    [3.94, "%", "3,94\u00a0%", "3.94%"],
    [1.7, "%", "1,7\u00a0%", "1.7%"],
    [61735, "none", "61\u00a0735", "61,735"],
    [37.5, "mnkr", "37,5\u00a0mnkr", "37.5\u00a0MSEK"],
    [40, "mnkr", "40,0\u00a0mnkr", "40.0\u00a0MSEK"],
    [1738, "tkr", "1\u00a0738\u00a0tkr", "1,738\u00a0kSEK"],
    [28, "st", "28\u00a0st", "28\u00a0pcs"],
    [12.5, "dagar", "12,5\u00a0dagar", "12.5\u00a0days"],
    [-4, "index", "-4", "-4"],
  ])("%p %s reads %p (sv) and %p (en)", (value, unit, sv, en) => {
    expect(indicatorValue(value, unit, "sv")).toBe(sv);
    expect(indicatorValue(value, unit, "en")).toBe(en);
  });

  it("gives the target in the outcome's formatting and keeps an outcome it could not read", () => {
    expect(indicatorTarget(max(4.2), "sv")).toBe("högst 4,2\u00a0%");
    expect(indicatorTarget(min(30, "st"), "en")).toBe("at least 30\u00a0pcs");
    expect(indicatorOutcome(item(null, "none", null), "sv")).toBe("Mäts ej 2019");
    expect(indicatorOutcome({ ...item(null, "none", null), actualText: "  " }, "sv")).toBeNull();
  });

  it("says how far under or over a ceiling the outcome is instead of a fulfilment percentage", () => {
    // 6 ÷ 1,7 would be "352,9 %".
    expect(fulfilmentValue(item(1.7, "%", max(6)), "sv")).toBe("4,3 procentenheter under taket");
    expect(fulfilmentValue(item(3.94, "%", max(4.2)), "sv")).toBe(
      "0,26 procentenheter under taket",
    );
    expect(fulfilmentValue(item(7, "%", max(6)), "en")).toBe("1 percentage point over the ceiling");
    expect(fulfilmentValue(item(6, "%", max(6)), "sv")).toBe("på taket");
    expect(fulfilmentValue(item(12, "dagar", max(14, "dagar")), "sv")).toBe(
      "2\u00a0dagar under taket",
    );
    // A ceiling in another unit than the outcome: nothing to say.
    expect(fulfilmentValue(item(12, "st", max(14, "%")), "sv")).toBeNull();
    // The line on its own says nothing more for a ceiling.
    expect(fulfilmentText(item(1.7, "%", max(6)), "sv")).toBe("4,3 procentenheter under taket");
  });

  it("gives an at-least target's fulfilment as a percentage, with its label on a line of its own", () => {
    const coordinated = item(28, "st", min(30, "st"));
    expect(fulfilmentValue(coordinated, "sv")).toBe("93\u00a0%");
    expect(fulfilmentText(coordinated, "sv")).toBe("Måluppfyllelse 93\u00a0%");
    expect(fulfilmentText(coordinated, "en")).toBe("Fulfilment 93%");
    expect(fulfilmentValue(item(null, "st", min(30, "st")), "sv")).toBeNull();
    expect(fulfilmentValue(item(28, "st", null), "sv")).toBeNull();
  });
});
