import { parsePeriodSetting, periodIn } from "../../../src/core/parse/period";

describe("periodIn: the period named in a title line", () => {
  it.each([
    ["Resultaträkning per 2025-03-31 (tkr)", 2025, 3],
    ["Uppföljning per mars 2025", 2025, 3],
    ["Utfall jan–aug 2025", 2025, 8],
    ["Januari-april 2024", 2024, 4],
    ["Tertial 2 2025", 2025, 8],
    ["T1 2025", 2025, 4],
    ["Q1 2025", 2025, 3],
    ["Första kvartalet 2025", 2025, 3],
    ["Helår 2025", 2025, 12],
    ["December 2025", 2025, 12],
    ["Årsredovisning 2024", 2024, 12],
    ["2025-06", 2025, 6],
  ])("%s", (text, year, month) => {
    expect(periodIn(text)).toEqual({ year, month });
  });
  it("finds none where none is named", () => {
    expect(periodIn("Inköpsnämnden")).toBeNull();
    expect(periodIn("Resultaträkning (tkr)")).toBeNull();
    expect(periodIn("mars")).toBeNull();
  });
});

describe("parsePeriodSetting", () => {
  it("accepts YYYY-MM only", () => {
    expect(parsePeriodSetting("2025-03")).toEqual({ year: 2025, month: 3 });
    expect(parsePeriodSetting("2025-13")).toBeNull();
    expect(parsePeriodSetting("mars 2025")).toBeNull();
  });
});
