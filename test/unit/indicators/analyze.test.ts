import { analyzeSnapshot } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid";
import { fulfilment, indicatorStatus } from "../../../src/core/indicators/analyze";
import { settings, sheet, snapshot } from "../../support/grid";

const items = (rows: CellValue[][], extra = {}, tolerancePct = 90) => {
  const a = analyzeSnapshot(snapshot(sheet("Mål", rows, extra)), settings({ tolerancePct }));
  return a.indicators?.items ?? [];
};

describe("fulfilment and status", () => {
  const max = { direction: "max" as const, value: 10, unit: "%" as const, text: "Högst 10 %" };
  const min = { direction: "min" as const, value: 80, unit: "none" as const, text: "Minst 80" };
  it("is actual ÷ target for at-least and target ÷ actual for at-most targets", () => {
    expect(fulfilment(min, 72)).toBeCloseTo(0.9, 9);
    expect(fulfilment(max, 18.6)).toBeCloseTo(0.5376, 3);
  });
  it("is undefined for a zero target or a zero at-most outcome", () => {
    expect(fulfilment({ ...min, value: 0 }, 5)).toBeNull();
    expect(fulfilment(max, 0)).toBeNull();
  });
  it("is green when met, yellow when close, red otherwise", () => {
    expect(indicatorStatus(max, 9.9, 90).status).toBe("green");
    expect(indicatorStatus(max, 10, 90).status).toBe("green");
    expect(indicatorStatus(max, 11, 90).status).toBe("yellow");
    expect(indicatorStatus(max, 18.6, 90).status).toBe("red");
    expect(indicatorStatus(min, 72, 90).status).toBe("yellow");
    expect(indicatorStatus(min, 71.9, 90).status).toBe("red");
    expect(indicatorStatus(min, 71.9, 85).status).toBe("yellow");
    expect(indicatorStatus({ ...min, value: 0 }, -5, 90)).toEqual({
      status: "red",
      fulfilment: null,
    });
  });
});

describe("indicator tables", () => {
  it("finds the table in any column order and judges each indicator", () => {
    const rows: CellValue[][] = [
      ["Indikatorer 2025"],
      [],
      ["Utfall", "Kommentar", "Indikator", "Målvärde"],
      ["18,6 %", "Hög omsättning", "Personalomsättning", "Högst 10 %"],
      ["64,4 mnkr", null, "Ekonomiskt resultat", "70 mnkr"],
      [23.5, null, "Andel nöjda", "Minst 20"],
      ["1 800 tkr", null, "Besparing", "1,5 mnkr"],
      [5, null, "Antal avtal", "30 %"],
    ];
    const got = items(rows).map((i) => [
      i.name,
      i.status,
      i.actual,
      i.unit,
      i.fulfilment === null ? null : Math.round(i.fulfilment * 100) / 100,
    ]);
    expect(got).toEqual([
      ["Personalomsättning", "red", 18.6, "%", 0.54],
      ["Ekonomiskt resultat", "yellow", 64.4, "mnkr", 0.92],
      ["Andel nöjda", "green", 23.5, "none", 1.18],
      ["Besparing", "green", 1.8, "mnkr", 1.2],
      ["Antal avtal", "red", 5, "%", 0.17],
    ]);
  });

  it("reads a percentage-formatted fraction as percent", () => {
    const rows: CellValue[][] = [
      ["Nyckeltal", "Mål", "Utfall"],
      ["Sjukfrånvaro", "Högst 6 %", 0.017],
    ];
    const [i] = items(rows, {
      numberFormats: [
        [null, null, null],
        [null, null, "0.0%"],
      ],
    });
    expect(i).toMatchObject({ actual: 1.7, unit: "%", status: "green" });
  });

  it("is grey with a reason when it cannot be judged", () => {
    const rows: CellValue[][] = [
      ["Indikator", "Målvärde", "Utfall"],
      ["Antal anställda", null, 40],
      ["HME", "Minst 80", "Mäts ej 2025"],
      ["Nöjdhet", "Minst 80", null],
      ["Avtalstrohet", "Öka", 75],
      ["Sjukfrånvaro", "Högst 6 %", "12 st"],
    ];
    expect(items(rows).map((i) => [i.status, i.reason])).toEqual([
      ["grey", "Målvärde saknas"],
      ["grey", "Mäts ej 2025"],
      ["grey", "Utfall saknas"],
      ["grey", 'Målvärdet "Öka" kan inte tolkas'],
      ["grey", "Utfallets enhet (st) går inte att jämföra med målets (%)"],
    ]);
  });

  it("skips heading rows that hold only a name", () => {
    const rows: CellValue[][] = [
      ["Indikator", "Målvärde", "Utfall"],
      ["Resursperspektiv"],
      ["Sjukfrånvaro", "Högst 6 %", "1,7 %"],
    ];
    expect(items(rows).map((i) => i.name)).toEqual(["Sjukfrånvaro"]);
  });

  it("takes the latest of several Utfall columns", () => {
    const rows: CellValue[][] = [
      ["Indikator", "Mål 2025", "Utfall 2024", "Utfall 2025"],
      ["Sjukfrånvaro", "Högst 6 %", "7 %", "5 %"],
    ];
    expect(items(rows)[0]).toMatchObject({ actual: 5, status: "green" });
  });
});
