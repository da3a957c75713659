/**
 * Issue 11, class 6: indicator tables as scorecards publish them – the outcome headed by a bare year,
 * targets without a direction word, a Riktning column – and percent gaps stated in procentenheter.
 */
import { analyzeSnapshot } from "../../../src/core/analyze";
import { generateCommentary } from "../../../src/core/commentary";
import type { CellValue } from "../../../src/core/grid";
import { renderDiagnostic } from "../../../src/core/locale";
import { parseDirection, parseTarget } from "../../../src/core/parse/target";
import { settings, sheet, snapshot } from "../../support/grid";

const analyse = (rows: CellValue[][], lang: "sv" | "en" = "sv") => {
  const s = settings({ lang });
  const a = analyzeSnapshot(snapshot(sheet("Mål", rows)), s);
  const text = generateCommentary(a, s)
    .sections.flatMap((x) => x.paragraphs)
    .join("\n")
    // Read as a reader sees it: no-break spaces as spaces.
    .replace(/\u00a0/g, " ");
  return { a, items: a.indicators?.items ?? [], text, s };
};

describe("the outcome headed by a bare year", () => {
  it("reads the latest bare year as the outcome, as a number or as text", () => {
    const { a, items } = analyse([
      ["Indikator", "Målvärde", 2019, "2020", 2021],
      ["Andel nöjda brukare", "Minst 80 %", "78 %", "81 %", "83 %"],
    ]);
    expect(a.indicators?.range).toEqual({ top: 0, left: 0, bottom: 1, right: 4 });
    expect(items.map((i) => [i.actual, i.status])).toEqual([[83, "green"]]);
  });
  it("keeps an Utfall column as the outcome when the bare years are earlier years", () => {
    const { items } = analyse([
      ["Indikator", "Målvärde", 2023, "Utfall 2024"],
      ["Andel nöjda brukare", "Minst 80 %", "90 %", "70 %"],
    ]);
    expect(items[0].actual).toBe(70);
  });
});

describe("a target without a direction word", () => {
  it("is at most when the name says lower is better, and a diagnostic says so", () => {
    const { a, items } = analyse([
      ["Indikator", "Mål", "2021"],
      ["Sjukfrånvaro, andel av ordinarie arbetstid", "7 %", "8,2 %"],
      ["Personalomsättning", "10 %", "9 %"],
      ["Väntetid till beslut om bistånd, dagar", "20 dagar", "25 dagar"],
      ["Kostnad per elev i grundskolan", "110 000 kr", "118 549 kr"],
      ["Andel elever med gymnasiebehörighet", "85 %", "80 %"],
    ]);
    expect(items.map((i) => [i.name.slice(0, 12), i.target?.direction, i.status])).toEqual([
      // 8,2 % against at most 7 %: fulfilment 7 ÷ 8,2 = 85 %, under the 90 % tolerance.
      ["Sjukfrånvaro", "max", "red"],
      ["Personalomsä", "max", "green"],
      ["Väntetid til", "max", "red"],
      ["Kostnad per ", "max", "yellow"],
      // Nothing in the name says lower is better: a plain target is at least.
      ["Andel elever", "min", "yellow"],
    ]);
    const notes = a.diagnostics.filter((d) => d.code === "indicatorDirectionFromName");
    expect(notes.map((d) => d.cell)).toEqual(["'Mål'!B2", "'Mål'!B3", "'Mål'!B4", "'Mål'!B5"]);
    expect(renderDiagnostic(notes[0], "sv")).toBe(
      'Målet "7 %" för Sjukfrånvaro, andel av ordinarie arbetstid saknar riktningsord; det läses som högst 7 % eftersom lägre är bättre för sjukfrånvaro. Skriv "Minst" eller "Högst" i målet, eller lägg till en kolumn Riktning, för att välja själv.',
    );
  });
  it("leaves a share of those with a low level at least", () => {
    const { a, items } = analyse([
      ["Indikator", "Mål", "Utfall"],
      ["Andel medarbetare med låg sjukfrånvaro", "60 %", "65 %"],
    ]);
    expect(items[0].target?.direction).toBe("min");
    expect(a.diagnostics.some((d) => d.code === "indicatorDirectionFromName")).toBe(false);
  });
  it("keeps the target's own direction word whatever the name says", () => {
    const { a, items } = analyse([
      ["Indikator", "Målvärde", "Utfall"],
      ["Minskad sjukfrånvaro: frisknärvaro", "Minst 60 %", "65 %"],
    ]);
    expect(items[0].target?.direction).toBe("min");
    expect(a.diagnostics.some((d) => d.code === "indicatorDirectionFromName")).toBe(false);
  });
  it("reports whether a direction word was written", () => {
    expect(parseTarget("10 %")).toMatchObject({ ok: true, stated: false });
    expect(parseTarget("Högst 10 %")).toMatchObject({ ok: true, stated: true });
    expect(parseTarget("≥ 90 %")).toMatchObject({ ok: true, stated: true });
    expect(parseTarget("5 eller lägre")).toMatchObject({ ok: true, stated: true });
  });
});

describe("a Riktning column", () => {
  it("reads words and arrows", () => {
    expect(parseDirection("Högre är bättre")).toBe("min");
    expect(parseDirection("Lägre är bättre")).toBe("max");
    expect(parseDirection("↑")).toBe("min");
    expect(parseDirection(" ↓ ")).toBe("max");
    expect(parseDirection("Lägre")).toBe("max");
    expect(parseDirection("Oförändrad")).toBeNull();
    expect(parseDirection("-")).toBeNull();
    expect(parseDirection(3)).toBeNull();
  });
  it("wins over the name and over the target's word, with a warning when they disagree", () => {
    const { a, items } = analyse([
      ["Indikator", "Målvärde", "Utfall 2021", "Riktning"],
      ["Sjukfrånvaro", "5 %", "6 %", "Högre är bättre"],
      ["Andel digitala ärenden", "40 %", "30 %", "↓"],
      ["Antal brott i centrum", "Minst 100 st", "120 st", "Lägre är bättre"],
      ["Nöjd medborgarindex", "Minst 60", "62", null],
    ]);
    expect(a.indicators?.range.right).toBe(3);
    expect(items.map((i) => [i.target?.direction, i.status])).toEqual([
      ["min", "green"],
      ["max", "green"],
      ["max", "red"],
      ["min", "green"],
    ]);
    expect(a.diagnostics.some((d) => d.code === "indicatorDirectionFromName")).toBe(false);
    const conflicts = a.diagnostics.filter((d) => d.code === "indicatorDirectionConflict");
    expect(conflicts.map((d) => d.cell)).toEqual(["'Mål'!B4"]);
    expect(renderDiagnostic(conflicts[0], "sv")).toContain("Riktning används");
  });
});

describe("a percent indicator's gap in procentenheter", () => {
  const rows: CellValue[][] = [
    ["Indikator", "Målvärde", "Utfall"],
    ["Personalomsättning", "Högst 10 %", "18,6 %"],
    ["Andel behöriga lärare", "Minst 80 %", "75,5 %"],
    ["Sjukfrånvaro", "Högst 6 %", "4,8 %"],
    ["Antal avtal", "Minst 30 st", "28 st"],
  ];
  it("states the gap in procentenheter, never as a percent of a percent", () => {
    const { text } = analyse(rows);
    expect(text).toContain(
      "Personalomsättningen, 18,6 %, 8,6 procentenheter över målet högst 10 %. [Orsak: …]",
    );
    expect(text).toContain(
      "Andel behöriga lärare, 75,5 %, 4,5 procentenheter under målet minst 80 %",
    );
    expect(text).toContain("sjukfrånvaro (utfall 4,8 %, 1,2 procentenheter under målet högst 6 %)");
    expect(text).not.toContain("(måluppfyllelse 54");
    // Other units keep their fulfilment.
    expect(text).toContain(
      "Antal avtal, 28 st, understiger målet minst 30 st men ligger nära (måluppfyllelse 93 %)",
    );
  });
  it("says percentage points in English", () => {
    const { text } = analyse(rows, "en");
    expect(text).toContain("18.6%, is 8.6 percentage points above the target Högst 10 %");
  });
});

describe("scorecards with a goal column beside the target (HUS 2019)", () => {
  const rows: CellValue[][] = [
    ["Mål", "Indikator", "Målnivå 2019", "Utfall 2019"],
    ["Personalen är nöjd", "Andel som rekommenderar arbetsgivaren", "> 85 % rekommenderar", "70 %"],
    ["Personalen är engagerad", "Total personalomsättning, fast anställda", "5,5 – 6,5 %", "8,3"],
  ];
  it("reads the target from the column whose cells are targets, not from the goal headed Mål", () => {
    const { a } = analyse(rows);
    expect(a.indicators?.items.map((i) => i.name)).toEqual([
      "Andel som rekommenderar arbetsgivaren",
      "Total personalomsättning, fast anställda",
    ]);
    expect(a.indicators?.items[0].target).toMatchObject({ direction: "min", value: 85 });
    // The goal column is part of the table.
    expect(a.indicators?.range).toEqual({ top: 0, left: 0, bottom: 2, right: 3 });
  });
  it("recognises a target column headed 'Målnivå 2019' (a word ending in å)", () => {
    const { items } = analyse([
      ["Indikator", "Målnivå 2019", "Utfall 2019"],
      ["Andel nöjda brukare", "Minst 80 %", "83 %"],
    ]);
    expect(items.map((i) => [i.target?.value, i.status])).toEqual([[80, "green"]]);
  });
  it("reads headings hyphenated across a line break ('Mål-⏎värde', 'Ut-⏎fall 2019')", () => {
    const { items } = analyse([
      ["Indikator", "Mål-\nvärde", "Ut-\nfall 2019"],
      ["Andel nöjda brukare", "Minst 80 %", "83 %"],
    ]);
    expect(items.map((i) => [i.target?.value, i.actual, i.status])).toEqual([[80, 83, "green"]]);
  });
  it("reads a target followed by the word of what is measured ('> 85 % rekommenderar')", () => {
    const parsed = parseTarget("> 85 % rekommenderar");
    expect(parsed.ok && parsed.target).toMatchObject({ direction: "min", value: 85, unit: "%" });
  });
  it("writes the outcome in the target's unit, not with the target's trailing words", () => {
    const { text } = analyse(rows);
    expect(text).toContain("70 %, 15 procentenheter under målet");
    expect(text).not.toContain("70 % rekommenderar");
  });
  it("judges a target range by the bound the outcome is outside of, and meets it inside", () => {
    const { items } = analyse(rows);
    expect(items[1]).toMatchObject({
      actual: 8.3,
      target: { direction: "max", value: 6.5 },
      status: "red",
    });
    const inside = analyse([
      ["Indikator", "Målvärde", "Utfall"],
      ["Personalomsättning", "5,5 – 6,5 %", "6,0 %"],
      ["Andel digitala ärenden", "40–60 %", "35 %"],
    ]).items;
    expect(inside.map((i) => [i.status, i.target?.direction, i.target?.value])).toEqual([
      ["green", "max", 6.5],
      ["red", "min", 40],
    ]);
  });
});
