/**
 * The follow-up tables in the report document: on the shared fixture (goals, action plans, internal
 * control at year-end 2022) and on rows of our own; the tables as the Word file, the pane's HTML copy
 * and the plain text show them. Statuses are words in every renderer; a colour only adds to them.
 */
import fs from "fs";
import path from "path";
import { analyzeSnapshot } from "../../../src/core/analyze";
import { generateCommentary } from "../../../src/core/commentary";
import {
  buildDocument,
  COMMENT_MAX_CHARS,
  FOLLOWUP_TABLE_MAX_ROWS,
  shortComment,
  toHtml,
  toPlainText,
  type DocTable,
  type ReportDocument,
} from "../../../src/core/document";
import type { CellValue } from "../../../src/core/grid";
import { withDefaults, type Lang } from "../../../src/core/settings";
import { actionGroups } from "../../../src/taskpane/view";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/adapter";
import { settings, sheet, snapshot } from "../../support/grid";

const FIXTURE = path.resolve(__dirname, "../../fixtures/handlingsplaner-mal-2022.xlsx");

async function fixtureDocument(lang: Lang): Promise<ReportDocument> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(FIXTURE));
  const s = withDefaults({ lang });
  const analysis = analyzeSnapshot(await wb.read(), s);
  return buildDocument(analysis, generateCommentary(analysis, s));
}

/** A table as [header, …] then one list of cell texts per row. */
const texts = (t: DocTable | undefined): string[][] =>
  t ? [t.columns.map((c) => c.header), ...t.rows.map((r) => r.cells.map((c) => c.text))] : [];

const byId = (doc: ReportDocument, id: string): DocTable | undefined =>
  doc.followup.find((t) => t.id === id);

describe("the follow-up tables of the report document (handlingsplaner-mal-2022.xlsx)", () => {
  let doc: ReportDocument;
  beforeAll(async () => {
    doc = await fixtureDocument("sv");
  });

  it("keeps the three commentary sections, each with its counting paragraph", () => {
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ["goals", "Uppföljning av mål"],
      ["actions", "Handlingsplaner och aktiviteter"],
      ["controls", "Uppföljning av internkontrollplan"],
    ]);
    expect(doc.sections[0].paragraphs[0]).toBe("2 av 5 mål är uppfyllda.");
    expect(doc.sections[1].paragraphs[0]).toMatch(/^Av 12 aktiviteter är 2 genomförda/);
    expect(doc.sections[2].paragraphs[0]).toBe(
      "Av 3 kontrollmoment visar 1 ingen avvikelse, 1 mindre avvikelse och 1 stor avvikelse.",
    );
  });

  it("has one table per kind, in the commentary's order, and no statement tables", () => {
    expect(doc.followup.map((t) => [t.id, t.caption])).toEqual([
      ["goals", "Mål och bedömning"],
      ["actions", "Aktiviteter och status"],
      ["controls", "Kontrollmoment och resultat"],
    ]);
    expect(doc.keyFigures).toBeNull();
    expect(doc.indicators).toBeNull();
  });

  it("lists the goals not met and at risk first, every assessment as a word", () => {
    const goals = byId(doc, "goals");
    expect(texts(goals)).toEqual([
      ["Mål", "Bedömning", "Kommentar"],
      [
        "3.6.1 Regionservice levererar digitala tjänster som lever upp till kundernas förväntningar.",
        "Ej uppfyllt",
        "Införandet av CLM fick pausas.",
      ],
      [
        "3.1.1 Regionservice erbjuder tjänster som bidrar till en smidig resa genom vården.",
        "Delvis uppfyllt",
        "Arbetet med effektiva arbetssätt har fortsatt.",
      ],
      [
        "2.2.1 Regionservice har nöjda kunder.",
        "Uppfyllt",
        "96 % är nöjda med stödet i upphandlingens faser.",
      ],
      [
        "3.3.1 Inköp utvecklar arbetssätt för hållbar upphandling inklusive ansvarsfördelning.",
        "Uppfyllt",
        "",
      ],
      ["4.2.1 Ekonomi i balans inom givna ramar.", "Kan ej bedömas", ""],
    ]);
    expect(goals?.rows.map((r) => r.cells[1].status)).toEqual([
      "red",
      "yellow",
      "green",
      "green",
      "grey",
    ]);
    expect(goals?.note).toBe(
      "Antal: Ej uppfyllt 1, Delvis uppfyllt 1, Uppfyllt 2, Kan ej bedömas 1.",
    );
  });

  it("lists the overdue actions first, earliest end date first, with their end dates", () => {
    const actions = byId(doc, "actions");
    const rows = texts(actions);
    expect(rows[0]).toEqual(["Aktivitet", "Status", "Slutdatum", "Ansvarig", "Kommentar"]);
    expect(rows.slice(1, 6).map((r) => r.slice(0, 3))).toEqual([
      ["Scania projektet", "Försenad", "2022-09-30"],
      ["Satsning kategoristyrning", "Försenad", "2022-12-31"],
      ["Internkontrollplan", "Försenad", "2022-12-31"],
      ["Omhändertagande av förbättringsförslag", "Försenad", "2022-12-31"],
      // Then the rest in the sheet's order.
      ["Tillgänglighetskrav (vid upphandling)", "Pågår", "2023-12-31"],
    ]);
    expect(rows).toHaveLength(1 + 12);
    const words = Object.fromEntries(actions!.rows.map((r) => [r.cells[0].text, r.cells[1]]));
    expect(words["Strategi hållbarhets utveckling"]).toEqual({
      text: "Klar",
      value: null,
      status: "green",
    });
    // Löpande is white in the map's legend: the word and no status colour.
    expect(words["Uppmuntra friskvårdsaktiviteter"]).toEqual({
      text: "Löpande",
      value: null,
      status: null,
    });
    expect(words["Ta fram en digital strategi för Inköps eget arbetssätt"].text).toBe(
      "Ej påbörjad",
    );
    expect(actions?.note).toBe(
      "Antal: Försenad 4, Pågår 2, Klar 2, Löpande 3, Ej påbörjad 1. Försenad: inte klar, inte löpande och slutdatum senast 2022-12-31 (periodens slut).",
    );
  });

  it("lists the control with a major deviation first", () => {
    const controls = byId(doc, "controls");
    expect(texts(controls).map((r) => r.slice(1, 3))).toEqual([
      ["Kontrollmål", "Resultat"],
      ["Beredskap för akutbeställningar.", "Stor avvikelse"],
      ["Andelen samordnade upphandlingar följs upp.", "Mindre avvikelse"],
      ["Sjukfrånvaron följs månadsvis.", "Ingen avvikelse"],
    ]);
    expect(controls?.rows[0].cells[2].status).toBe("red");
  });

  it("is in English with English words", async () => {
    const en = await fixtureDocument("en");
    expect(en.followup.map((t) => t.caption)).toEqual([
      "Goals and assessment",
      "Activities and status",
      "Controls and results",
    ]);
    const actions = byId(en, "actions");
    expect(texts(actions)[1].slice(0, 3)).toEqual(["Scania projektet", "Late", "2022-09-30"]);
    expect(texts(byId(en, "goals"))[1][1]).toBe("Not met");
  });

  it("as HTML: the sections as headings and paragraphs, each table with a header row and a row per item", () => {
    const html = toHtml(doc);
    for (const h of [
      "Uppföljning av mål",
      "Handlingsplaner och aktiviteter",
      "Uppföljning av internkontrollplan",
    ])
      expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toContain("<p>2 av 5 mål är uppfyllda.</p>");
    expect(html.match(/<table/g)).toHaveLength(3);
    for (const caption of [
      "Mål och bedömning",
      "Aktiviteter och status",
      "Kontrollmoment och resultat",
    ])
      expect(html).toMatch(new RegExp(`<caption[^>]*>${caption}</caption>`));
    const rows = html.match(/<tr>.*<\/tr>/g) ?? [];
    expect(rows).toHaveLength(1 + 5 + 1 + 12 + 1 + 3);
    const scania = rows.find((r) => r.includes(">Scania projektet<")) ?? "";
    expect(scania.match(/<td[^>]*>([^<]*)<\/td>/g)?.map((c) => c.replace(/<[^>]+>/g, ""))).toEqual([
      "Scania projektet",
      "Försenad",
      "2022-09-30",
      "Inköpschef",
      "Arbete pågår att definiera en upphandling där Scania kan stödja.",
    ]);
    // The word carries the status; the sheet's fill is added to it, and Löpande has none.
    expect(scania).toMatch(/<td style="[^"]*;background:#FFC7CE">Försenad<\/td>/);
    const running = rows.find((r) => r.includes(">Uppmuntra friskvårdsaktiviteter<")) ?? "";
    expect(running).toMatch(/<td style="[^"]*">Löpande<\/td>/);
    expect(running).not.toContain("background");
    expect(html).toContain(
      "<p>Antal: Stor avvikelse 1, Mindre avvikelse 1, Ingen avvikelse 1.</p>",
    );
  });

  it("as plain text: the tables as tab-separated lines after the sections", () => {
    const text = toPlainText(doc);
    expect(text).toContain(
      "Aktiviteter och status\n\nAktivitet\tStatus\tSlutdatum\tAnsvarig\tKommentar\n",
    );
    expect(text).toContain("\nScania projektet\tFörsenad\t2022-09-30\tInköpschef\t");
    expect(text.indexOf("Uppföljning av internkontrollplan")).toBeLessThan(
      text.indexOf("Mål och bedömning"),
    );
  });
});

describe("follow-up tables of our own", () => {
  const actionRows = (n: number, overdueEvery: number): CellValue[][] => [
    ["Uppföljning per 2025-06-30"],
    [],
    ["Aktivitet", "Status", "Slutdatum", "Kommentar"],
    ...Array.from({ length: n }, (_, i): CellValue[] => [
      `Aktivitet ${i + 1}`,
      "Pågående",
      i % overdueEvery === overdueEvery - 1 ? "2025-03-31" : "2025-12-31",
      null,
    ]),
  ];

  it("shortens a long table to the overdue items and the first others, and says how many are left out", () => {
    const s = settings();
    const analysis = analyzeSnapshot(snapshot(sheet("Aktiviteter", actionRows(75, 5))), s);
    const doc = buildDocument(analysis, generateCommentary(analysis, s));
    const actions = byId(doc, "actions")!;
    expect(actions.rows).toHaveLength(FOLLOWUP_TABLE_MAX_ROWS);
    // 15 overdue (every fifth) first, then the others in the sheet's order.
    expect(actions.rows.slice(0, 15).every((r) => r.cells[1].text === "Försenad")).toBe(true);
    expect(actions.rows[0].cells[0].text).toBe("Aktivitet 5");
    expect(actions.rows[15].cells[0].text).toBe("Aktivitet 1");
    expect(actions.note).toBe(
      "Antal: Försenad 15, Pågår 60. Försenad: inte klar, inte löpande och slutdatum senast 2025-06-30 (periodens slut). 15 rader till visas inte här; varje rad har sin status i kolumnen bredvid tabellen.",
    );
    // A column with nothing in it is left out.
    expect(actions.columns.map((c) => c.header)).toEqual(["Aktivitet", "Status", "Slutdatum"]);
  });

  it("lists the late actions as the pane and the text do: written Försenad too, no end date last", () => {
    const rows: CellValue[][] = [
      ["Uppföljning per 2025-06-30"],
      [],
      ["Aktivitet", "Status", "Slutdatum", "Kommentar"],
      ["Aktivitet A", "Pågående", "2025-12-31", null],
      ["Aktivitet B", "Försenad", null, null],
      ["Aktivitet C", "Pågående", "2025-05-31", null],
      // Written late though its end date is still ahead: late by the sheet's own word.
      ["Aktivitet D", "Försenad", "2025-09-30", null],
      ["Aktivitet E", "Pågående", "2025-03-31", null],
    ];
    const s = settings();
    const analysis = analyzeSnapshot(snapshot(sheet("Aktiviteter", rows)), s);
    const doc = buildDocument(analysis, generateCommentary(analysis, s));
    const listed = byId(doc, "actions")!.rows.map((r) => r.cells[0].text);
    expect(listed).toEqual([
      "Aktivitet E",
      "Aktivitet C",
      "Aktivitet D",
      "Aktivitet B",
      "Aktivitet A",
    ]);
    // The pane's late group (src/taskpane/view.ts) is the same list in the same order.
    const { late } = actionGroups(analysis.actions!.items);
    expect(late.map((i) => i.name)).toEqual(listed.slice(0, 4));
    // And the text names them in that order.
    const text = doc.sections.flatMap((x) => x.paragraphs).join(" ");
    const at = listed.slice(0, 4).map((name) => text.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("says that delays were not judged when the period is unknown", () => {
    const rows = actionRows(3, 2).slice(2);
    const s = settings();
    const analysis = analyzeSnapshot(snapshot(sheet("Aktiviteter", rows)), s);
    const doc = buildDocument(analysis, generateCommentary(analysis, s));
    const actions = byId(doc, "actions")!;
    expect(actions.rows.map((r) => r.cells[1].text)).toEqual(["Pågår", "Pågår", "Pågår"]);
    expect(actions.note).toBe(
      "Antal: Pågår 3. Förseningar har inte bedömts: rapportperioden är okänd (ange period i inställningarna).",
    );
  });

  it("escapes workbook text in the HTML", () => {
    const rows = actionRows(1, 1);
    rows[3][0] = "<script>alert(1)</script>";
    const s = settings();
    const analysis = analyzeSnapshot(snapshot(sheet("Aktiviteter", rows)), s);
    const html = toHtml(buildDocument(analysis, generateCommentary(analysis, s)));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shortens a long comment at a word, and folds its whitespace", () => {
    const long = `${"Arbetet har fortsatt enligt plan under perioden ".repeat(4)}och slutförs i december.`;
    const short = shortComment(long)!;
    expect(short.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS + 2);
    expect(short).toMatch(/ …$/);
    expect(long.startsWith(short.slice(0, -2))).toBe(true);
    expect(long[short.length - 2]).toBe(" ");
    expect(shortComment("  Kort\n kommentar. ")).toBe("Kort kommentar.");
    expect(shortComment("   ")).toBeNull();
    expect(shortComment(null)).toBeNull();
  });
});
