/**
 * Golden tests: the whole job on the fixtures (reader → engine → commentary), checked
 * against what the controller wrote in the real reports (test/fixtures/README.md).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { commentaryToText, type Commentary } from "../../../src/core/commentary";
import { runEngine } from "../../../src/core/engine";
import { withDefaults, type Settings } from "../../../src/core/settings";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/adapter";
import { section } from "./builder";
import { offenders } from "./provenance";

const FIXTURES = path.resolve(__dirname, "../../fixtures");

async function engineFor(file: string, settings: Partial<Settings> = {}) {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(path.join(FIXTURES, file)));
  return runEngine(await workbook.read(), withDefaults(settings));
}

async function commentaryFor(file: string, settings: Partial<Settings> = {}): Promise<Commentary> {
  return (await engineFor(file, settings)).commentary;
}

/** Paragraphs with ordinary spaces, for readable expectations. */
function text(c: Commentary, id: string): string {
  return section(c, id)
    .join("\n")
    .replace(/\u00a0/g, " ");
}

describe("inkop-q1-2025.xlsx", () => {
  let sv: Commentary;
  let en: Commentary;
  beforeAll(async () => {
    sv = await commentaryFor("inkop-q1-2025.xlsx");
    en = await commentaryFor("inkop-q1-2025.xlsx", { lang: "en" });
  });

  it("has the sections of a follow-up report, without checks on this clean sheet", () => {
    expect(sv.sections.map((s) => s.id)).toEqual([
      "summary",
      "budget",
      "priorYear",
      "forecast",
      "indicators",
    ]);
  });

  it("summary: the board's surplus of 545 tkr against budget", () => {
    expect(text(sv, "summary")).toMatch(
      /^Inköpsnämnden redovisar ett överskott mot budget med 545 tkr för perioden januari–mars 2025\./,
    );
    expect(text(sv, "summary")).toContain("Kostnaderna understiger budget med 545 tkr");
  });

  it("budget: Personalkostnader plus 488 tkr is the largest positive deviation; lokal and övriga positive too", () => {
    const t = text(sv, "budget");
    expect(t).toContain("Samtliga kostnadsposter är lägre än budgeterat.");
    expect(t).toContain(
      "Personalkostnaderna är lägre än budgeterat, plus 488 tkr, och står för den största positiva avvikelsen.",
    );
    expect(t).toContain("Även lokal- och övriga kostnader visar positiva avvikelser.");
  });

  it("budget: revenue follows the costs and is not a separate shortfall", () => {
    const t = text(sv, "budget");
    expect(t).toContain(
      "Intäkterna följer kostnaderna: verksamhetens intäkter understiger budget med 545 tkr",
    );
    expect(t).toContain("ingen separat intäktsbrist");
    expect(t).not.toMatch(/Övriga intäkter|566/);
  });

  it("prior year: costs decreased", () => {
    const t = text(sv, "priorYear");
    expect(t).toContain("Kostnaderna har minskat med 916 tkr");
    expect(t).toContain("Personalkostnaderna har minskat med 553 tkr eller 5,9 %");
    expect(t).toContain("Övriga kostnader har minskat med 313 tkr eller 28,0 %");
  });

  it("forecast: +1 500 Personalkostnader, −1 500 Övriga kostnader, total equal to budget", () => {
    const t = text(sv, "forecast");
    expect(t).toContain("Helårsprognosen är i nivå med budget.");
    expect(t).toContain(
      "Personalkostnaderna beräknas bli 1 500 tkr lägre än budget, medan övriga kostnader beräknas överskrida budget med 1 500 tkr.",
    );
    expect(t).toContain(
      "uppräknade linjärt till helår blir 40,4 mnkr, i linje med prognosen 40,7 mnkr",
    );
  });

  it("indicators: Sjukfrånvaro met, Antal anställda cannot be judged", () => {
    const t = text(sv, "indicators");
    expect(t).toContain("2 indikatorer är uppfyllda.");
    expect(t).toContain(
      "sjukfrånvarotid i relation till ordinarie arbetstid (utfall 1,7 %, 4,3 procentenheter under målet högst 6 %)",
    );
    expect(t).toMatch(/1 indikator kan inte bedömas: antal anställda \(.+\)\./);
  });

  it("English says the same", () => {
    const t = commentaryToText(en).replace(/\u00a0/g, " ");
    expect(t).toContain("Inköpsnämnden reports a surplus against budget of 545 kSEK");
    expect(t).toContain("Personalkostnader came in below budget, plus 488 kSEK");
    expect(t).toContain("The full-year forecast is in line with budget.");
  });

  it("is the same byte for byte on a second run", async () => {
    const again = await commentaryFor("inkop-q1-2025.xlsx");
    expect(commentaryToText(again)).toBe(commentaryToText(sv));
  });
});

describe("inkop-indikatorer-2019.xlsx", () => {
  let c: Commentary;
  beforeAll(async () => {
    c = await commentaryFor("inkop-indikatorer-2019.xlsx");
  });

  it("counts the met indicators among those that can be judged", () => {
    expect(section(c, "indicators")[0]).toBe("2 av 4 indikatorer är uppfyllda.");
  });

  it("reports the two not met but close, lowest fulfilment first, with the sheet's comment", () => {
    const paragraphs = section(c, "indicators").map((p) => p.replace(/\u00a0/g, " "));
    expect(paragraphs[1]).toBe(
      "Samordnade upphandlingar, 28 st, understiger målet 30 st men ligger nära (måluppfyllelse 93 %). Fortsatt trögt att få till en större ökning.",
    );
    expect(paragraphs[2]).toBe(
      "Möjliggjorda besparingar, 37,5 MSEK, understiger målet 40 MSEK men ligger nära (måluppfyllelse 94 %). [Orsak: …]",
    );
  });

  it("reports sick leave and the result as met", () => {
    const t = text(c, "indicators");
    expect(t).toContain(
      "Målet är uppfyllt för sjukfrånvarotid i relation till ordinarie arbetstid (utfall 3,94 %, 0,26 procentenheter under målet max 4,2 %) och ekonomiskt resultat - avvikelse utfall/budget i tkr (utfall 1 738 tkr, mål 0 tkr).",
    );
  });

  it("lists HME as not measured and the order counts as without target", () => {
    const t = text(c, "indicators");
    expect(t).toMatch(/3 indikatorer kan inte bedömas: /);
    expect(t).toMatch(/andelen engagerade medarbetare HME index \(mäts ej[^)]*2019\)/);
    expect(t).toContain("antal elektroniska beställningar Sörmland (målvärde saknas)");
  });

  it("has no statement sections", () => {
    expect(c.sections.map((s) => s.id)).toEqual(["indicators"]);
  });
});

describe("every number in the fixtures' commentary is in the engine's analysis", () => {
  for (const file of ["inkop-q1-2025.xlsx", "inkop-indikatorer-2019.xlsx"]) {
    for (const lang of ["sv", "en"] as const) {
      it(`${file}, ${lang}`, async () => {
        const settings = withDefaults({ lang });
        const { analysis } = await engineFor(file, settings);
        expect(offenders(analysis, settings)).toEqual([]);
      });
    }
  }
});
