import { indicatorUnit, parseOutcome, parseTarget } from "../../../src/core/parse/target";

describe("parseTarget: every target syntax a scorecard uses", () => {
  it.each([
    ["Högst 10 %", "max", 10, "%"],
    ["högst 10%", "max", 10, "%"],
    ["Max 4,2 %", "max", 4.2, "%"],
    ["Max. 4,2 %", "max", 4.2, "%"],
    ["Minst 80", "min", 80, "none"],
    ["Min 91 %", "min", 91, "%"],
    ["≥ 90 %", "min", 90, "%"],
    [">= 90 %", "min", 90, "%"],
    ["≤ 5 %", "max", 5, "%"],
    ["<5%", "max", 5, "%"],
    ["30 %", "min", 30, "%"],
    ["40 MSEK", "min", 40, "mnkr"],
    ["70 mnkr", "min", 70, "mnkr"],
    ["12 mkr", "min", 12, "mnkr"],
    ["30 st", "min", 30, "st"],
    ["0 tkr", "min", 0, "tkr"],
    ["500 kr", "min", 500, "kr"],
    ["Högst 14 dagar", "max", 14, "dagar"],
    ["Minst 75 index", "min", 75, "index"],
    ["Lägst 3,5", "min", 3.5, "none"],
    ["Under 5 %", "max", 5, "%"],
    ["80 % eller mer", "min", 80, "%"],
    ["10 % eller lägre", "max", 10, "%"],
    ["≥ 4,0 (skala 1–5)", "min", 4, "none"],
    ["Högst 5 % (R12)", "max", 5, "%"],
  ])("%s", (text, direction, value, unit) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.target).toEqual({ direction, value, unit, text });
  });

  it("says empty, not measured or unparseable instead of guessing", () => {
    expect(parseTarget("")).toMatchObject({ ok: false, reason: "empty" });
    expect(parseTarget("Mäts ej 2019")).toMatchObject({ ok: false, reason: "notMeasured" });
    expect(parseTarget("Öka")).toMatchObject({ ok: false, reason: "unparseable" });
    expect(parseTarget("95–90 %")).toMatchObject({ ok: false, reason: "unparseable" });
    expect(parseTarget("Minst 80 bananer")).toMatchObject({ ok: false, reason: "unparseable" });
  });
});

describe("target ranges", () => {
  it("reads '90–95 %' as an interval whose bounds the outcome decides, not as a guess", () => {
    expect(parseTarget("90–95 %")).toMatchObject({
      ok: true,
      range: { low: 90, high: 95 },
      target: { unit: "%" },
    });
    expect(parseTarget("5,5 % – 6,5 %")).toMatchObject({
      ok: true,
      range: { low: 5.5, high: 6.5 },
    });
  });
});

describe("parseOutcome", () => {
  it("reads units written in text", () => {
    expect(parseOutcome("3,94%", null)).toMatchObject({ ok: true, value: 3.94, unit: "%" });
    expect(parseOutcome("64,4 mnkr", null)).toMatchObject({ ok: true, value: 64.4, unit: "mnkr" });
    expect(parseOutcome("28 st", null)).toMatchObject({ ok: true, value: 28, unit: "st" });
    expect(parseOutcome("37,5 MSEK", null)).toMatchObject({ ok: true, value: 37.5, unit: "mnkr" });
  });
  it("reads the figure past a leading label and a trailing note", () => {
    expect(parseOutcome("Utfall: 3.94%", null)).toMatchObject({ ok: true, value: 3.94, unit: "%" });
    expect(parseOutcome("1,7 % (R12)", null)).toMatchObject({ ok: true, value: 1.7, unit: "%" });
    expect(parseOutcome("(566)", null)).toMatchObject({ ok: true, value: -566 });
  });
  it("leaves a bare number's unit to the target", () => {
    expect(parseOutcome(23.5, "General")).toMatchObject({ ok: true, value: 23.5, unit: null });
    expect(parseOutcome("18,6", null)).toMatchObject({ ok: true, value: 18.6, unit: null });
  });
  it("reads a percentage-formatted fraction as percent", () => {
    expect(parseOutcome(0.235, "0.0%")).toMatchObject({ ok: true, value: 23.5, unit: "%" });
    expect(parseOutcome(0.017, "0%")).toMatchObject({ ok: true, value: 1.7, unit: "%" });
  });
  it("does not take a percent sign inside quotes in a format for a percentage", () => {
    expect(parseOutcome(12, '0" %-enheter"')).toMatchObject({ ok: true, value: 12, unit: null });
  });
  it("recognises not measured, blanks, errors and words", () => {
    expect(parseOutcome("Mäts ej 2019", null)).toMatchObject({ ok: false, reason: "notMeasured" });
    expect(parseOutcome(null, null)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseOutcome({ error: "#N/A" }, null)).toMatchObject({
      ok: false,
      reason: "unparseable",
    });
    expect(parseOutcome("bra", null)).toMatchObject({ ok: false, reason: "unparseable" });
  });
});

describe("indicatorUnit", () => {
  it("maps every written form to one unit", () => {
    expect(["mnkr", "mkr", "MSEK"].map(indicatorUnit)).toEqual(["mnkr", "mnkr", "mnkr"]);
    expect(["tkr", "ksek"].map(indicatorUnit)).toEqual(["tkr", "tkr"]);
    expect(["st", "stycken"].map(indicatorUnit)).toEqual(["st", "st"]);
    expect(indicatorUnit("%")).toBe("%");
    expect(indicatorUnit("dgr")).toBe("dagar");
    expect(indicatorUnit(null)).toBe("none");
    expect(indicatorUnit("bananer")).toBeNull();
  });
});
