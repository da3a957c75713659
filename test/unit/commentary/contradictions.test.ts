/**
 * The contradictions the words property (test/unit/property/words.property.test.ts) found, each as
 * the minimal table fast-check shrank it to, read and worded by the real engine.
 */
import { analyzeSnapshot } from "../../../src/core/analyze";
import { generateCommentary } from "../../../src/core/commentary";
import type { CellValue } from "../../../src/core/grid";
import type { Settings } from "../../../src/core/settings";
import { settings as withSettings, sheet, snapshot } from "../../support/grid";

function run(rows: CellValue[][], partial: Partial<Settings> = {}) {
  const settings = withSettings(partial);
  const analysis = analyzeSnapshot(snapshot(sheet("Blad1", rows)), settings);
  const commentary = generateCommentary(analysis, settings);
  // No-break spaces read as spaces here.
  const text = commentary.sections
    .flatMap((s) => s.paragraphs)
    .join("\n")
    .replace(/\u00a0/g, " ");
  const sentences = text.split(/(?<=\.)\s+/);
  return {
    analysis,
    text,
    sentence: (start: string) => sentences.find((s) => s.startsWith(start)),
  };
}

const HEAD = ["Nämnd", "Ack utfall", "Ack budget"];

describe("sentences that contradicted their own figures", () => {
  it("a table title that says 'per nämnd' is not the organisation", () => {
    const { analysis, sentence } = run([
      ["Driftredovisning per nämnd per 2025-03-28 (tkr)"],
      [],
      HEAD,
      ["Socialnämnden", 5000, 5000],
      ["Tekniska nämnden", 2000, 2000],
      ["Kultur- och fritidsnämnden", 0, 1],
    ]);
    expect(analysis.statement?.organisation).toBeNull();
    expect(sentence("Verksamheten redovisar ett överskott mot budget med 1 tkr")).toBeDefined();
  });

  it("a net total that crosses zero quotes its figures with their sign", () => {
    // Budget helår 0,1 mnkr net cost, prognos 0,1 mnkr net revenue: 0,2 mnkr lower, not "100 tkr, 100 tkr".
    const { sentence } = run([
      ["Driftredovisning per 2025-04-28 (mnkr)"],
      [],
      [...HEAD, "Budget helår", "Prognos helår"],
      ["Socialnämnden", 200, 200, 200, 200],
      ["Barn- och utbildningsnämnden", 0.1, 0.1, 0.1, 0.1],
      ["Finansförvaltning", -200, -200, -200, -200.2],
      ["Summa", 0.1, 0.1, 0.1, -0.1],
    ]);
    expect(sentence("Kostnaderna beräknas")).toBe(
      "Kostnaderna beräknas bli 200 tkr lägre än budget (budget helår 100 tkr, prognos minus 100 tkr).",
    );
  });

  it("a small driftredovisning is read by its nämnder, not outvoted by its financing lines", () => {
    const { analysis } = run([
      ["Driftredovisning per nämnd 2025-12-31 (tkr)"],
      [],
      [...HEAD, "Budget helår", "Prognos helår"],
      ["Kommunstyrelsen", 1, 1, 1, 1],
      ["Socialnämnden", 1, 1, 1, 3],
      ["Finansförvaltning", -2000, -2000, -2000, -2000],
      ["Skatter och statsbidrag", -2000, -2000, -4000, -4000],
      ["Summa", -3998, -3998, -5998, -5996],
    ]);
    const s = analysis.statement;
    expect(s?.signConvention).toBe("costs-positive");
    expect(s?.rows.map((r) => r.kind)).toEqual(["cost", "cost", "revenue", "revenue", "revenue"]);
  });

  it("a net-revenue unit without budget or outcome this year is still revenue", () => {
    // Finansförvaltning: 0 now, 100 tkr of net revenue last year: it decreased.
    const { analysis, sentence } = run([
      ["Driftredovisning per 2025-03-28 (tkr)"],
      [],
      [...HEAD, "Ack utfall fg år"],
      ["Tekniska nämnden", 1, 1, 1],
      ["Miljö- och byggnämnden", 2000, 2000, 2000],
      ["Socialnämnden", 2000, 2000, 1998],
      ["Summa nämnder", 4001, 4001, 3999],
      ["Skatter och statsbidrag", -1, -1, -1],
      ["Finansförvaltning", 0, 0, -100],
      ["Totalt", 4000, 4000, 3898],
    ]);
    expect(analysis.statement?.rows.find((r) => r.label === "Finansförvaltning")?.kind).toBe(
      "revenue",
    );
    expect(sentence("Finansförvaltningen har")).toMatch(/^Finansförvaltningen har minskat med 100/);
  });

  it("a budget of 1 tkr shown in mnkr is still a budget", () => {
    const { text } = run(
      [
        ["Driftredovisning per 2025-12-31 (tkr)"],
        [],
        HEAD,
        ["Kommunstyrelsen", 101, 1],
        ["Miljö- och byggnämnden", 1, 1],
      ],
      { amountStyle: "mnkr" },
    );
    expect(text).not.toContain("saknar budget");
    expect(text).toContain("Kommunstyrelsen är högre än budgeterat, minus 0,1 mnkr");
  });

  it("no percentage of change for a total that crossed zero or lies on the other side of it", () => {
    // Net cost 1 tkr of net revenue last year, 54 tkr of net cost now: not "5 300 %".
    const crossed = run(
      [
        ["Driftredovisning per 2025-04-28 (tkr)"],
        [],
        [...HEAD, "Ack utfall fg år"],
        ["Kommunstyrelsen", -2101, -2101, -2101],
        ["Tekniska nämnden", -1, -1, -1],
        ["Skatter och statsbidrag", 2048, 2048, 2103],
        ["Summa", -54, -54, 1],
      ],
      { amountStyle: "tkr" },
    );
    expect(crossed.sentence("Kostnaderna har ökat")).toBe(
      "Kostnaderna har ökat med 55 tkr jämfört med föregående år (utfall 54 tkr, föregående år minus 1 tkr).",
    );
    // Net revenue minus 5 tkr last year, 0 now: it grew by 5 tkr, not by 100 %.
    const negative = run([
      ["Driftredovisning per 2025-04-28 (tkr)"],
      [],
      [...HEAD, "Ack utfall fg år"],
      ["Miljö- och byggnämnden", -1, 0, -1],
      ["Tekniska nämnden", -2000, -2000, -2000],
      ["Skatter och statsbidrag", 2001, 2001, 1996],
      ["Summa", 0, 1, -5],
    ]);
    expect(negative.text).not.toMatch(/ökat med 5 tkr eller/);
  });

  it("revenue that follows costs by an amount that rounds to nothing is in line, not above", () => {
    const { text } = run(
      [
        ["Resultaträkning per 2025-03-28 (tkr)"],
        [],
        ["Resultatrader", "Ack utfall", "Ack budget"],
        ["Försäljning av tjänster", -2101, -2103],
        ["Hyresintäkter", -2000, -2000],
        ["Verksamhetens intäkter", -4101, -4103],
        ["Lokalkostnader", 0, 2],
        ["Verksamhetens kostnader", 0, 2],
      ],
      { amountStyle: "mnkr" },
    );
    expect(text).not.toContain("överstiger budget med 0,0 mnkr");
    expect(text).toContain("Intäkterna följer kostnaderna och är i nivå med budget");
  });

  it("English: an unfavourable deviation, not 'a unfavourable'", () => {
    const { text } = run(
      [
        ["Resultaträkning per 2025-03-28 (tkr)"],
        [],
        ["Resultatrader", "Ack utfall", "Ack budget"],
        ["Avskrivningar", -2101, -2102],
        ["IT-kostnader", -1, -1],
        ["Lokalkostnader", -2001, -2000],
        ["Övriga kostnader", -2100, -2000],
        ["Personalkostnader", -2000, -2000],
      ],
      { lang: "en" },
    );
    expect(text).toContain("Lokalkostnader also shows an unfavourable deviation.");
  });

  it("a forecast table without outcome does not claim 'no material deviations from budget'", () => {
    const { text } = run([
      ["Resultaträkning per 2025-08-28 (tkr)"],
      [],
      ["Resultatrader", "Budget helår", "Prognos helår"],
      ["Avgifter", 15000, 15600],
      ["Personalkostnader", -24000, -26000],
      ["Lokalkostnader", -3000, -2900],
    ]);
    expect(text).not.toContain("Inga väsentliga avvikelser mot budget");
    expect(text).toContain("Tabellen saknar utfall för perioden");
    expect(text).toContain("Personalkostnaderna beräknas överskrida budget med 2 000 tkr");
    // An outcome against the prior year only has no budget, not "no outcome".
    const prior = run([
      ["Resultaträkning 2024 (tkr)"],
      [],
      ["Resultatrader", "Utfall 2024", "Utfall 2023"],
      ["Avgifter", 15000, 15600],
      ["Personalkostnader", -24000, -26000],
    ]);
    expect(prior.text).not.toContain("Inga väsentliga avvikelser mot budget");
    expect(prior.text).toContain("Tabellen saknar budget för perioden");
  });

  it("a ledger export's result line keeps the result's own sign", () => {
    // Revenue negative, costs positive: the result line stores a surplus of 500 as -500.
    const { text } = run([
      ["Resultaträkning per 2025-03-28 (tkr)"],
      [],
      ["Resultatrader", "Ack utfall", "Ack budget"],
      ["Avgifter", -5500, -5000],
      ["Personalkostnader", 5000, 4500],
      ["Årets resultat", -500, -500],
    ]);
    expect(text).toContain("Därför är årets resultat 500 tkr i resultaträkningen");
  });
});
