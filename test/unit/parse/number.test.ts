import { parseNumberText, readNumber } from "../../../src/core/parse/number";

describe("parseNumberText: numbers as pasted from reports", () => {
  it.each([
    ["10 087", 10087, null],
    ["10\u00a0087", 10087, null],
    ["10\u202f087", 10087, null],
    ["1 234 567", 1234567, null],
    ["−566", -566, null],
    ["-566", -566, null],
    ["– 566", -566, null],
    ["(566)", -566, null],
    ["(1 597)", -1597, null],
    ["+488", 488, null],
    ["5,7", 5.7, null],
    ["1 597,5", 1597.5, null],
    ["1 597 tkr", 1597, "tkr"],
    ["−1,5 mnkr", -1.5, "mnkr"],
    ["3,94%", 3.94, "%"],
    ["3.94%", 3.94, "%"],
    ["4,2 %", 4.2, "%"],
    ["28 st", 28, "st"],
    ["37,5 MSEK", 37.5, "msek"],
    ["1.234.567", 1234567, null],
    ["1.234,5", 1234.5, null],
    ["1,234.5", 1234.5, null],
    ["0", 0, null],
  ])("%s → %d %s", (text, value, unit) => {
    const r = parseNumberText(text);
    expect(r).toEqual({ ok: true, value, unit });
  });

  it.each(["", "   ", "-", "–", "—"])("%j is empty, not zero", (text) => {
    expect(parseNumberText(text)).toMatchObject({ ok: false, reason: "empty" });
  });

  it.each(["n/a", "Mäts ej", "ca 500", "1e5", "5,7,8", "12-13", "abc"])(
    "%j is text, not a number",
    (text) => {
      expect(parseNumberText(text)).toMatchObject({ ok: false, reason: "text" });
    },
  );
});

describe("readNumber: cells", () => {
  it("keeps numeric cells as they are", () => {
    expect(readNumber(-8814)).toEqual({ ok: true, value: -8814, unit: null });
  });
  it("reports error values as errors, never as zero", () => {
    expect(readNumber({ error: "#REF!" })).toMatchObject({
      ok: false,
      reason: "error",
      text: "#REF!",
    });
    expect(readNumber("#N/A")).toMatchObject({ ok: false, reason: "error" });
    expect(readNumber("#DIV/0!")).toMatchObject({ ok: false, reason: "error" });
  });
  it("treats blanks as empty and booleans as text", () => {
    expect(readNumber(null)).toMatchObject({ ok: false, reason: "empty" });
    expect(readNumber(true)).toMatchObject({ ok: false, reason: "text" });
  });
});
