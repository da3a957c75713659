import { generateCommentary } from "../../../src/core/commentary";
import {
  analysis,
  indicator,
  indicators,
  inkopQ1,
  inkopQ1Statement,
  period,
  row,
  section,
  sectionText,
  settings,
  statement,
  target,
} from "./builder";

/** Costs over budget and last year, as in the examples (tkr, costs negative). */
function overspent() {
  return statement(
    [
      row("Personalkostnader", "cost", {
        actual: -30000,
        budget: -28000,
        fullYearBudget: -112000,
        forecast: -113500,
        priorYear: -29000,
      }),
      row("Lokalkostnader", "cost", {
        actual: -4520,
        budget: -4400,
        fullYearBudget: -17600,
        forecast: -17600,
        priorYear: -4400,
      }),
      row("Övriga kostnader", "cost", {
        actual: -11880,
        budget: -8300,
        fullYearBudget: -33200,
        forecast: -36000,
        priorYear: -11300,
      }),
      row("Verksamhetens kostnader", "cost", {
        actual: -46400,
        budget: -40700,
        fullYearBudget: -162800,
        forecast: -167100,
        priorYear: -44700,
        subtotal: true,
      }),
    ],
    { organisation: null },
  );
}

describe("summary", () => {
  it("states the surplus against budget when revenue mirrors the costs", () => {
    const text = sectionText(generateCommentary(inkopQ1(), settings()), "summary");
    expect(text).toContain(
      "Inköpsnämnden redovisar ett överskott mot budget med 545 tkr för perioden januari–mars 2025.",
    );
    expect(text).toContain(
      "Kostnaderna understiger budget med 545 tkr (budget 10,7 mnkr, utfall 10,1 mnkr).",
    );
    expect(text).toContain("Intäkterna följer kostnaderna");
    expect(text).toContain(
      "Därför är årets resultat 0 tkr i resultaträkningen, i nivå med budget.",
    );
    expect(text).toContain("Helårsprognosen är i nivå med budget.");
  });

  it("uses a neutral subject and reports a deficit in mnkr from 1 000 tkr", () => {
    const text = sectionText(
      generateCommentary(analysis({ statement: overspent() }), settings()),
      "summary",
    );
    expect(text).toContain(
      "Verksamheten redovisar ett underskott mot budget med 5,7 mnkr för perioden.",
    );
    expect(text).toContain(
      "Kostnaderna överstiger budget med 5,7 mnkr (budget 40,7 mnkr, utfall 46,4 mnkr).",
    );
    expect(text).toContain("Helårsprognosen visar ett underskott mot budget med 4,3 mnkr.");
  });

  it("names the full year when the period is December", () => {
    const a = analysis({ statement: overspent(), period: period(2025, 12) });
    expect(sectionText(generateCommentary(a, settings()), "summary")).toContain(
      "för helåret 2025.",
    );
  });

  it("follows the amount style setting", () => {
    const a = analysis({ statement: overspent() });
    expect(
      sectionText(generateCommentary(a, settings({ amountStyle: "tkr" })), "summary"),
    ).toContain("överstiger budget med 5 700 tkr (budget 40 700 tkr, utfall 46 400 tkr)");
    expect(
      sectionText(generateCommentary(a, settings({ amountStyle: "mnkr" })), "budget"),
    ).toContain("Övriga kostnader är högre än budgeterat, minus 3,6 mnkr");
  });

  it("reports a result in line with budget", () => {
    const s = statement([
      row("Intäkter", "revenue", { actual: 500, budget: 500 }),
      row("Kostnader", "cost", { actual: -500, budget: -500 }),
    ]);
    const text = sectionText(generateCommentary(analysis({ statement: s }), settings()), "summary");
    expect(text).toContain("Verksamheten redovisar ett resultat i nivå med budget för perioden.");
    expect(text).toContain("Kostnaderna är i nivå med budget (budget 500 tkr, utfall 500 tkr).");
  });

  it("reports revenue on its own when it does not mirror the costs", () => {
    const s = statement([
      row("Försäljningsintäkter", "revenue", { actual: 9000, budget: 10000 }),
      row("Personalkostnader", "cost", { actual: -7900, budget: -8000 }),
    ]);
    const text = sectionText(generateCommentary(analysis({ statement: s }), settings()), "summary");
    expect(text).toContain("redovisar ett underskott mot budget med 900 tkr");
    expect(text).toContain(
      "Intäkterna understiger budget med 1,0 mnkr (budget 10,0 mnkr, utfall 9,0 mnkr).",
    );
    expect(text).not.toContain("följer kostnaderna");
  });
});

describe("budget deviations", () => {
  it("names the largest positive deviation and summarises the small ones", () => {
    const text = sectionText(generateCommentary(inkopQ1(), settings()), "budget");
    expect(text).toContain("Samtliga kostnadsposter är lägre än budgeterat.");
    expect(text).toContain(
      "Personalkostnaderna är lägre än budgeterat, plus 488 tkr, och står för den största positiva avvikelsen. [Orsak: …]",
    );
    expect(text).toContain("Även lokal- och övriga kostnader visar positiva avvikelser.");
  });

  it("says once that revenue follows costs instead of listing it as a shortfall", () => {
    const paragraphs = section(generateCommentary(inkopQ1(), settings()), "budget");
    const revenue = paragraphs.filter((p) => /intäkt/i.test(p));
    expect(revenue).toHaveLength(1);
    expect(revenue[0]).toContain("Intäkterna följer kostnaderna");
    expect(revenue[0]).toContain("ingen separat intäktsbrist");
    expect(paragraphs.join(" ")).not.toContain("Övriga intäkter");
  });

  it("lists material deviations largest first in both directions", () => {
    const text = sectionText(
      generateCommentary(analysis({ statement: overspent() }), settings()),
      "budget",
    );
    const lines = text.split("\n");
    expect(lines[0]).toBe("Samtliga kostnadsposter är högre än budgeterat.");
    expect(lines[1]).toBe(
      "Övriga kostnader är högre än budgeterat, minus 3 580 tkr, och står för den största negativa avvikelsen. [Orsak: …]",
    );
    expect(lines[2]).toBe(
      "Personalkostnaderna är högre än budgeterat, minus 2 000 tkr. [Orsak: …]",
    );
    expect(lines[3]).toBe("Lokalkostnaderna är högre än budgeterat, minus 120 tkr. [Orsak: …]");
  });

  it("says so when no deviation is material, and still names the largest", () => {
    const s = statement([
      row("Personalkostnader", "cost", { actual: -9250, budget: -9302 }),
      row("Lokalkostnader", "cost", { actual: -540, budget: -529 }),
    ]);
    const text = sectionText(generateCommentary(analysis({ statement: s }), settings()), "budget");
    expect(text).toBe(
      "Inga väsentliga avvikelser mot budget finns för perioden (väsentlighetsgräns 100 tkr och 2 % av budget). Den största avvikelsen finns inom personalkostnader, plus 52 tkr.",
    );
  });

  it("handles a row without budget", () => {
    const s = statement([
      row("Konsultkostnader", "cost", { actual: -380, budget: 0 }),
      row("Personalkostnader", "cost", { actual: -8814, budget: -9302 }),
    ]);
    const text = sectionText(generateCommentary(analysis({ statement: s }), settings()), "budget");
    expect(text).toContain(
      "Konsultkostnaderna saknar budget för perioden men har ett utfall på 380 tkr, minus 380 tkr.",
    );
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it("uses the sheet's comment after the figures, once, and the placeholder elsewhere", () => {
    const s = statement([
      row("Personalkostnader", "cost", {
        actual: -8814,
        budget: -9302,
        priorYear: -9367,
        comment: "Vakanser som inte har tillsatts",
      }),
    ]);
    const c = generateCommentary(analysis({ statement: s }), settings());
    expect(sectionText(c, "budget")).toContain(
      "Personalkostnaderna är lägre än budgeterat, plus 488 tkr. Vakanser som inte har tillsatts.",
    );
    expect(sectionText(c, "budget")).not.toContain("[Orsak");
    expect(sectionText(c, "priorYear")).toContain(
      "Personalkostnaderna har minskat med 553 tkr eller 5,9 % jämfört med föregående år. [Orsak: …]",
    );
  });

  it("leaves the placeholder out when the setting turns it off", () => {
    const c = generateCommentary(inkopQ1(), settings({ placeholders: false }));
    const all = c.sections.flatMap((s) => s.paragraphs).join("\n");
    expect(all).not.toContain("[Orsak");
    expect(sectionText(c, "budget")).toContain("och står för den största positiva avvikelsen.");
  });

  it("contracts one minor deviation in the singular and lists revenue rows when they stand alone", () => {
    const s = statement([
      row("Försäljningsintäkter", "revenue", { actual: 10300, budget: 10000 }),
      row("Personalkostnader", "cost", { actual: -7700, budget: -8000 }),
      row("Lokalkostnader", "cost", { actual: -520, budget: -529 }),
    ]);
    const text = sectionText(generateCommentary(analysis({ statement: s }), settings()), "budget");
    expect(text).toContain("Försäljningsintäkterna är högre än budgeterat, plus 300 tkr");
    expect(text).toContain("Personalkostnaderna är lägre än budgeterat, plus 300 tkr");
    expect(text).toContain("Även lokalkostnader visar en positiv avvikelse.");
  });
});

describe("prior year", () => {
  it("says costs decreased, revenue followed, and names the large changes", () => {
    const text = sectionText(generateCommentary(inkopQ1(), settings()), "priorYear");
    expect(text).toContain(
      "Kostnaderna har minskat med 916 tkr eller 8,3 % jämfört med föregående år (utfall 10,1 mnkr, föregående år 11,0 mnkr).",
    );
    expect(text).toContain("Intäkterna följer kostnaderna och har minskat med 916 tkr.");
    expect(text).toContain("Personalkostnaderna har minskat med 553 tkr eller 5,9 %");
    expect(text).toContain("Övriga kostnader har minskat med 313 tkr eller 28,0 %");
    expect(text).not.toContain("Lokalkostnaderna");
  });

  it("says costs increased", () => {
    const text = sectionText(
      generateCommentary(analysis({ statement: overspent() }), settings()),
      "priorYear",
    );
    expect(text).toContain(
      "Kostnaderna har ökat med 1,7 mnkr eller 3,8 % jämfört med föregående år (utfall 46,4 mnkr, föregående år 44,7 mnkr).",
    );
  });

  it("says when there is no prior year", () => {
    const s = statement([row("Personalkostnader", "cost", { actual: -8814, budget: -9302 })]);
    expect(
      section(generateCommentary(analysis({ statement: s }), settings()), "priorYear"),
    ).toEqual([
      "Resultaträkningen saknar utfall för föregående år, så någon jämförelse kan inte göras.",
    ]);
  });

  it("leaves out the percentage when the prior year was zero", () => {
    const s = statement([
      row("Konsultkostnader", "cost", { actual: -380, budget: -400, priorYear: 0 }),
    ]);
    const text = sectionText(
      generateCommentary(analysis({ statement: s }), settings()),
      "priorYear",
    );
    expect(text).toContain("Konsultkostnaderna har ökat med 380 tkr jämfört med föregående år.");
  });
});

describe("forecast", () => {
  it("states the offsetting adjustments and that the total equals the budget", () => {
    const text = sectionText(generateCommentary(inkopQ1(), settings()), "forecast");
    expect(text).toContain("Helårsprognosen är i nivå med budget.");
    expect(text).toContain(
      "Kostnaderna beräknas bli i nivå med budget (budget helår 40,7 mnkr, prognos 40,7 mnkr).",
    );
    expect(text).toContain(
      "Personalkostnaderna beräknas bli 1 500 tkr lägre än budget, medan övriga kostnader beräknas överskrida budget med 1 500 tkr. [Orsak: …]",
    );
    expect(text).toContain(
      "Kostnaderna för januari–mars uppräknade linjärt till helår blir 40,4 mnkr, i linje med prognosen 40,7 mnkr.",
    );
  });

  it("says when the sheet has no forecast columns", () => {
    const s = statement([row("Personalkostnader", "cost", { actual: -8814, budget: -9302 })]);
    const a = analysis({ statement: s, period: period(2025, 3) });
    expect(section(generateCommentary(a, settings()), "forecast")).toEqual([
      "Resultaträkningen saknar helårsprognos, så prognosen kan inte kommenteras.",
    ]);
  });

  it("flags a forecast the run rate does not support", () => {
    const s = statement([
      row("Personalkostnader", "cost", {
        actual: -12000,
        budget: -10000,
        fullYearBudget: -40000,
        forecast: -41000,
        subtotal: false,
      }),
    ]);
    const text = sectionText(
      generateCommentary(analysis({ statement: s, period: period(2025, 3) }), settings()),
      "forecast",
    );
    expect(text).toContain("Helårsprognosen visar ett underskott mot budget med 1,0 mnkr.");
    expect(text).toContain(
      "Personalkostnaderna beräknas överskrida budget med 1 000 tkr. [Orsak: …]",
    );
    expect(text).toContain(
      "Kostnaderna för januari–mars uppräknade linjärt till helår blir 48,0 mnkr, vilket är 7,0 mnkr mer än prognosen 41,0 mnkr. Skillnaden överstiger väsentlighetsgränsen, så prognosen behöver motiveras. [Orsak: …]",
    );
  });

  it("skips the run-rate check when the period is unknown or a full year", () => {
    for (const p of [null, period(2025, 12)]) {
      const { statement, indicators } = inkopQ1();
      const a = analysis({ statement, indicators, period: p });
      expect(sectionText(generateCommentary(a, settings()), "forecast")).not.toContain(
        "uppräknade",
      );
    }
  });

  it("says so when no row deviates materially", () => {
    const s = statement([
      row("Personalkostnader", "cost", {
        actual: -10,
        budget: -10,
        fullYearBudget: -40,
        forecast: -41,
      }),
    ]);
    expect(
      sectionText(generateCommentary(analysis({ statement: s }), settings()), "forecast"),
    ).toContain("Ingen enskild rad väntas avvika väsentligt från budget för helåret.");
  });
});

describe("indicators", () => {
  const met = (name: string) =>
    indicator(name, "green", {
      target: target("Minst 80", "min", 80, "none"),
      actual: 85,
      fulfilment: 85 / 80,
    });
  const missed = (name: string) =>
    indicator(name, "red", {
      target: target("Högst 10 %", "max", 10, "%"),
      actual: 18.6,
      unit: "%",
      fulfilment: 10 / 18.6,
    });
  const count = (items: ReturnType<typeof met>[]) =>
    section(
      generateCommentary(analysis({ indicators: indicators(items) }), settings()),
      "indicators",
    )[0];

  it("agrees in number", () => {
    expect(count([met("A")])).toBe("1 indikator är uppfylld.");
    expect(count([met("A"), met("B")])).toBe("2 indikatorer är uppfyllda.");
    expect(count([met("A"), missed("B"), missed("C")])).toBe("1 av 3 indikatorer är uppfylld.");
    expect(count([met("A"), met("B"), missed("C")])).toBe("2 av 3 indikatorer är uppfyllda.");
    expect(count([missed("B"), missed("C")])).toBe("Ingen av de 2 indikatorerna är uppfylld.");
    expect(count([indicator("X", "grey", { reason: "Målvärde saknas" })])).toBe(
      "Ingen av indikatorerna kan bedömas.",
    );
  });

  it("describes an indicator not met with outcome and target in the target's words", () => {
    const text = sectionText(
      generateCommentary(
        analysis({ indicators: indicators([met("Nöjda kunder"), missed("Personalomsättning")]) }),
        settings(),
      ),
      "indicators",
    );
    expect(text).toContain(
      "Personalomsättningen, 18,6 %, 8,6 procentenheter över målet högst 10 %. [Orsak: …]",
    );
    expect(text).toContain("Målet är uppfyllt för nöjda kunder (utfall 85, mål minst 80).");
  });

  it("puts the worst first and the close ones after", () => {
    const items = [
      indicator("Samordnade upphandlingar", "yellow", {
        target: target("30 st", "min", 30, "st"),
        actual: 28,
        unit: "st",
        fulfilment: 28 / 30,
        comment: "Fortsatt trögt.",
      }),
      missed("Personalomsättning"),
    ];
    const paragraphs = section(
      generateCommentary(analysis({ indicators: indicators(items) }), settings()),
      "indicators",
    );
    expect(paragraphs[1]).toMatch(/^Personalomsättningen/);
    expect(paragraphs[2].replace(/\u00a0/g, " ")).toBe(
      "Samordnade upphandlingar, 28 st, understiger målet 30 st men ligger nära (måluppfyllelse 93 %). Fortsatt trögt.",
    );
  });

  it("judges a zero target without a fulfilment and writes negative outcomes in words", () => {
    const items = [
      indicator("Ekonomiskt resultat", "red", {
        target: target("0 tkr", "min", 0, "tkr"),
        actual: -250,
        unit: "tkr",
      }),
    ];
    const text = sectionText(
      generateCommentary(analysis({ indicators: indicators(items) }), settings()),
      "indicators",
    );
    expect(text).toContain(
      "Ekonomiskt resultat, minus 250 tkr, understiger målet 0 tkr. [Orsak: …]",
    );
  });

  it("lists grey indicators with their reason", () => {
    const items = [
      indicator("Antal anställda", "grey", { reason: "Målvärde saknas" }),
      indicator("HME index", "grey", { reason: "Mäts ej 2019" }),
    ];
    const text = sectionText(
      generateCommentary(analysis({ indicators: indicators(items) }), settings()),
      "indicators",
    );
    expect(text).toContain(
      "2 indikatorer kan inte bedömas: antal anställda (målvärde saknas) och HME index (mäts ej 2019).",
    );
  });

  it("says so when the table is empty", () => {
    expect(
      section(
        generateCommentary(analysis({ indicators: indicators([]) }), settings()),
        "indicators",
      ),
    ).toEqual(["Indikatortabellen innehåller inga indikatorer."]);
  });
});

describe("checks", () => {
  it("is left out when everything reconciles", () => {
    const ids = generateCommentary(inkopQ1(), settings()).sections.map((s) => s.id);
    expect(ids).toEqual(["summary", "budget", "priorYear", "forecast", "indicators"]);
  });

  it("names the cell of each finding", () => {
    const s = inkopQ1Statement();
    s.checks = [
      {
        severity: "warning",
        type: "deviationColumn",
        message: "Personalkostnader: kolumnen Diff månad visar 400 men utfall och budget ger 488.",
        cell: "'Resultaträkning'!D8",
        expected: 488,
        found: 400,
        label: "Personalkostnader",
      },
    ];
    const paragraphs = section(
      generateCommentary(analysis({ statement: s }), settings()),
      "checks",
    );
    expect(paragraphs).toEqual([
      "Avstämningen av resultaträkningen hittade 1 värde som inte stämmer. Rätta det innan rapporten publiceras.",
      "Cell D8 på bladet Resultaträkning: Personalkostnader: kolumnen Diff månad visar 400 men utfall och budget ger 488.",
    ]);
  });
});

describe("sections", () => {
  it("has only the indicator section when there is no statement", () => {
    const c = generateCommentary(analysis({ indicators: indicators([]) }), settings());
    expect(c.sections.map((s) => s.id)).toEqual(["indicators"]);
    expect(c.sections[0].title).toBe("Måluppfyllelse");
  });
});
