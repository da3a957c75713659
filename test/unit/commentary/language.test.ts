import { commentaryToText, generateCommentary } from "../../../src/core/commentary";
import { en } from "../../../src/core/locale/en/commentary";
import { sv } from "../../../src/core/locale/sv/commentary";
import {
  analysis,
  indicator,
  indicators,
  inkop2019Indicators,
  inkopQ1,
  row,
  section,
  settings,
  statement,
  target,
} from "./builder";

const NBSP = "\u00a0";

describe("Swedish formatting", () => {
  it("groups thousands with a no-break space and uses a decimal comma", () => {
    const s = statement([
      row("Personalkostnader", "cost", { actual: -8000, budget: -9738 }),
      row("Verksamhetens kostnader", "cost", { actual: -40700, budget: -46400, subtotal: true }),
    ]);
    const c = generateCommentary(analysis({ statement: s }), settings());
    const text = c.sections.flatMap((x) => x.paragraphs).join("\n");
    expect(text).toContain(`plus 1${NBSP}738${NBSP}tkr`);
    expect(text).toContain(`5,7${NBSP}mnkr (budget 46,4${NBSP}mnkr, utfall 40,7${NBSP}mnkr)`);
  });

  it("writes percentages with a space before the sign", () => {
    const text = section(generateCommentary(inkopQ1(), settings()), "priorYear").join(" ");
    expect(text).toContain(`5,9${NBSP}%`);
  });

  it("never writes a raw minus before a figure", () => {
    const c = generateCommentary(inkopQ1(), settings());
    const text = commentaryToText(c);
    expect(text).not.toMatch(/(^|[\s(])[-\u2212]\d/m);
  });
});

describe("Swedish grammar", () => {
  it.each([
    ["Personalkostnader", "Personalkostnaderna"],
    ["Lokalkostnader", "Lokalkostnaderna"],
    ["IT-kostnader", "IT-kostnaderna"],
    ["Intäkter", "Intäkterna"],
    ["Avskrivningar", "Avskrivningarna"],
    ["Personalomsättning", "Personalomsättningen"],
    ["Sjukfrånvaro", "Sjukfrånvaron"],
    ["Övriga kostnader", "Övriga kostnader"],
    ["Verksamhetens intäkter", "Verksamhetens intäkter"],
    ["Köpt verksamhet", "Köpt verksamhet"],
    ["Material (inkl. IT)", "Material (inkl. IT)"],
  ])("definite form of %s is %s", (label, expected) => {
    expect(sv.definite(label)).toBe(expected);
  });

  it("lower-cases inside a sentence but keeps acronyms", () => {
    expect(sv.inline("Personalkostnader")).toBe("personalkostnader");
    expect(sv.inline("IT-kostnader")).toBe("IT-kostnader");
    expect(sv.inline("HME index")).toBe("HME index");
  });

  it("contracts a shared ending in a list", () => {
    expect(sv.labelList(["lokalkostnader", "övriga kostnader"])).toBe(
      "lokal- och övriga kostnader",
    );
    expect(sv.labelList(["IT-kostnader", "lokalkostnader", "övriga kostnader"])).toBe(
      "IT-, lokal- och övriga kostnader",
    );
    expect(sv.labelList(["lokalkostnader", "hyror"])).toBe("lokalkostnader och hyror");
    expect(sv.labelList(["lokalkostnader"])).toBe("lokalkostnader");
  });

  it("agrees with one and many minor deviations", () => {
    expect(sv.budget.minor("lokalkostnader", 1, 1, true)).toBe(
      "Även lokalkostnader visar en positiv avvikelse.",
    );
    expect(sv.budget.minor("lokal- och övriga kostnader", 2, -1, false)).toBe(
      "Mindre negativa avvikelser finns inom lokal- och övriga kostnader.",
    );
    expect(sv.indicators.grey([{ name: "antal anställda", reason: null }])).toBe(
      "1 indikator kan inte bedömas: antal anställda.",
    );
    expect(sv.checks.intro(2)).toContain("hittade 2 värden som inte stämmer. Rätta dem");
  });
});

describe("English", () => {
  const c = generateCommentary(inkopQ1(), settings({ lang: "en" }));
  const text = commentaryToText(c).replace(/\u00a0/g, " ");

  it("has English titles and the same sections", () => {
    expect(c.lang).toBe("en");
    expect(c.sections.map((s) => s.title)).toEqual([
      "Summary of the financial position",
      "Material deviations from budget",
      "Material changes from the prior year",
      "Full-year forecast",
      "Target fulfilment",
    ]);
  });

  it("says the same things in plain English with labels as written", () => {
    expect(text).toContain(
      "Inköpsnämnden reports a surplus against budget of 545 kSEK for January–March 2025.",
    );
    expect(text).toContain(
      "Personalkostnader came in below budget, plus 488 kSEK, the largest favourable deviation. [Cause: …]",
    );
    expect(text).toContain("Lokalkostnader and Övriga kostnader also show favourable deviations.");
    expect(text).toContain("Revenue follows costs:");
    expect(text).toContain(
      "The forecast for Personalkostnader is 1,500 kSEK below budget, while the forecast for Övriga kostnader is 1,500 kSEK above budget.",
    );
    expect(text).toContain("Costs have decreased by 916 kSEK or 8.3% compared with the prior year");
    expect(text).toContain("2 indicators are met.");
    expect(text).toContain("(outcome 1.7%, 4.3 percentage points below the target Högst 6 %)");
    expect(text).not.toMatch(/Orsak|redovisar|är (lägre|högre) än|Personalkostnaderna/);
  });

  it("agrees in number", () => {
    expect(en.indicators.count(1, 1)).toBe("1 indicator is met.");
    expect(en.indicators.count(1, 3)).toBe("1 of 3 indicators is met.");
    expect(en.indicators.count(3, 8)).toBe("3 of 8 indicators are met.");
  });

  it("reports indicators not met", () => {
    const t = commentaryToText(
      generateCommentary(
        analysis({ indicators: indicators(inkop2019Indicators()) }),
        settings({ lang: "en" }),
      ),
    );
    expect(t).toContain(
      "Samordnade upphandlingar, 28 st, is below the target 30 st but close (fulfilment 93%). Fortsatt trögt att få till en större ökning.",
    );
    expect(t).toContain("Andelen engagerade medarbetare HME index (mäts ej 2019)");
  });
});

describe("text from the workbook", () => {
  const risky = statement([
    row("=SUMMA(B5:B7)", "cost", { actual: -8814, budget: -9302, priorYear: -9367 }),
    row("-Lokaler", "cost", { actual: -490, budget: -529 }),
    row("@Övrigt", "cost", { actual: -1200, budget: -1000, comment: "+200 mer än väntat" }),
    row("Verksamhetens\nkostnader", "cost", { actual: -10504, budget: -10831, subtotal: true }),
  ]);
  const items = [
    indicator("+Nöjdhet", "red", {
      target: target("Minst 80", "min", 80, "none"),
      actual: 70,
      fulfilment: 70 / 80,
      comment: '=HYPERLINK("x")',
    }),
  ];
  const a = analysis({ statement: risky, indicators: indicators(items) });

  it("wraps labels and comments that would start a formula in quotes", () => {
    const text = commentaryToText(generateCommentary(a, settings()));
    expect(text).toContain("”=SUMMA(B5:B7)” är lägre än budgeterat");
    expect(text).toContain(
      "”@Övrigt” är högre än budgeterat, minus 200\u00a0tkr. ”+200 mer än väntat”.",
    );
    expect(text).toContain("”-Lokaler”");
    expect(text).toContain("”+Nöjdhet”, 70, understiger målet minst 80");
    expect(text).toContain('”=HYPERLINK("x")”.');
    expect(commentaryToText(generateCommentary(a, settings({ lang: "en" })))).toContain(
      "“=SUMMA(B5:B7)” came in below budget",
    );
  });

  it("never lets a line start like a formula", () => {
    for (const lang of ["sv", "en"] as const) {
      const lines = commentaryToText(generateCommentary(a, settings({ lang }))).split("\n");
      for (const line of lines) expect(line).not.toMatch(/^[=+\-@]/);
    }
  });

  it("folds line breaks inside a label", () => {
    const text = commentaryToText(generateCommentary(a, settings()));
    expect(text).not.toContain("Verksamhetens\nkostnader");
  });
});

describe("plain text", () => {
  it("is title, blank line, paragraphs separated by blank lines", () => {
    const text = commentaryToText({
      lang: "sv",
      sections: [
        { id: "summary", title: "Sammanfattning", paragraphs: ["Ett.", "Två."] },
        { id: "indicators", title: "Måluppfyllelse", paragraphs: ["Tre."] },
      ],
    });
    expect(text).toBe("Sammanfattning\n\nEtt.\n\nTvå.\n\nMåluppfyllelse\n\nTre.\n");
  });

  it("is empty for an empty commentary", () => {
    expect(commentaryToText({ lang: "sv", sections: [] })).toBe("");
  });
});

describe("determinism", () => {
  it("gives the same text byte for byte and leaves the analysis untouched", () => {
    const a = inkopQ1();
    const before = JSON.stringify(a);
    const first = commentaryToText(generateCommentary(a, settings()));
    const second = commentaryToText(generateCommentary(a, settings()));
    const fresh = commentaryToText(generateCommentary(inkopQ1(), settings()));
    expect(second).toBe(first);
    expect(fresh).toBe(first);
    expect(JSON.stringify(a)).toBe(before);
  });
});
