/**
 * Properties of the parsers: they never throw on any input, and what our sv-SE formatter writes
 * parses back to the same (rounded) value. Fixed seed; a failure prints its seed and counterexample.
 */
import fc from "fast-check";
import { formatNumber, roundTo } from "../../../src/core/format";
import { parseNumberText, readNumber } from "../../../src/core/parse/number";
import { parseOutcome, parseTarget } from "../../../src/core/parse/target";
import type { CellValue } from "../../../src/core/grid";
import { arbAnyText, arbGridValue } from "../../helpers/hostile";
import { propertyParams } from "../../helpers/run";

const arbCell: fc.Arbitrary<CellValue> = arbGridValue;

describe("parsers never throw", () => {
  it("parseNumberText returns a result for any string, and a number result is finite", () => {
    fc.assert(
      fc.property(arbAnyText, (s) => {
        const r = parseNumberText(s);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Object.is(r.value, -0)).toBe(false);
        } else expect(["empty", "text", "error"]).toContain(r.reason);
      }),
      propertyParams(400),
    );
  });

  it("readNumber accepts any cell value and never turns an error or a word into a number", () => {
    fc.assert(
      fc.property(arbCell, (v) => {
        const r = readNumber(v);
        if (v !== null && typeof v === "object")
          expect(r).toMatchObject({ ok: false, reason: "error" });
        if (typeof v === "boolean") expect(r.ok).toBe(false);
        if (typeof v === "number") expect(r.ok).toBe(Number.isFinite(v));
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      propertyParams(400),
    );
  });

  it("parseTarget returns a target with a finite value or a reason, for any string", () => {
    fc.assert(
      fc.property(arbAnyText, (s) => {
        const r = parseTarget(s);
        if (r.ok) {
          expect(Number.isFinite(r.target.value)).toBe(true);
          expect(["min", "max"]).toContain(r.target.direction);
        } else expect(["empty", "notMeasured", "unparseable"]).toContain(r.reason);
      }),
      propertyParams(400),
    );
  });

  it("parseOutcome accepts any cell value and any number format", () => {
    fc.assert(
      fc.property(
        arbCell,
        fc.option(fc.constantFrom("0%", "0.0%", '0" %"', "General", "@", '"%"0', "#,##0")),
        (v, nf) => {
          const r = parseOutcome(v, nf);
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(["empty", "notMeasured", "unparseable"]).toContain(r.reason);
        },
      ),
      propertyParams(400),
    );
  });
});

describe("formatNumber round-trips through parseNumberText (sv-SE)", () => {
  const decimals = fc.integer({ min: 0, max: 3 });

  it("for amounts as statements carry them", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), decimals, (v, d) => {
        const text = formatNumber(v, d, "sv");
        const back = parseNumberText(text);
        expect(back).toEqual({ ok: true, value: roundTo(v, d), unit: null });
      }),
      propertyParams(1000),
    );
  });

  it("for integers up to 2^53, exactly", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (v) => {
        const back = parseNumberText(formatNumber(v, 0, "sv"));
        expect(back).toEqual({ ok: true, value: v, unit: null });
      }),
      propertyParams(500),
    );
  });

  it("with a unit after it, as the commentary writes amounts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom("tkr", "mnkr", "%", "st"),
        (v, unit) => {
          const back = parseNumberText(`${formatNumber(v, 0, "sv")}\u00a0${unit}`);
          expect(back).toEqual({ ok: true, value: v, unit });
        },
      ),
      propertyParams(300),
    );
  });
});
