/**
 * Our own follow-up layouts through the core: every state and colour, every overdue flag, the dates
 * (date cells, text dates, months), the written words in the table's family, the diagnostics naming
 * cell and word, and the commentary text in Swedish and English.
 */
import { runEngine, foundAnything } from "../../../src/core/engine";
import { renderDiagnostic } from "../../../src/core/locale";
import { withDefaults, type Settings } from "../../../src/core/settings";
import { actionWord, controlWord, goalWord } from "../../../src/core/followup/words";
import { followupWorkbook } from "../../helpers/followup";
import { toSnapshot } from "../../helpers/spec";

function run(settings: Partial<Settings> = {}) {
  return runEngine(toSnapshot(followupWorkbook()), withDefaults(settings));
}

describe("goals in the plan family", () => {
  const r = run();
  const g = r.analysis.goals!;

  it("are found with their own range; headings and notes are not goals, duplicates stay two goals", () => {
    expect(r.report.goals?.range).toBe("'Nämndens mål'!B3:D15");
    expect(g.family).toBe("plan");
    expect(g.items.map((i) => [i.name, i.cell, i.status])).toEqual([
      ["Alla elever når kunskapskraven", "B5", "green"],
      ["Region Sörmland är en attraktiv arbetsgivare", "B6", "yellow"],
      ["Region Sörmland är en attraktiv arbetsgivare", "B7", "green"],
      ["Ekonomi i balans", "B8", "red"],
      ["Trygg skolmiljö", "B10", "red"],
      ["Hållbar kollektivtrafik", "B11", "grey"],
      ["Digital skola", "B12", "grey"],
      ["Minskad energianvändning", "B13", "grey"],
      ["Ökad läsförståelse", "B14", "grey"],
    ]);
    expect(g.items.map((i) => i.greyReason).filter(Boolean)).toEqual([
      "notApplicable",
      "empty",
      "notAssessed",
      "unknown",
    ]);
  });

  it("are written in the table's family, and an unknown word is named with its cell", () => {
    expect(g.items.map((i) => goalWord(i, g.family, "sv"))).toEqual([
      "Enligt plan",
      "Risk för avvikelse",
      "Enligt plan",
      "Avviker från plan",
      "Avviker från plan",
      "Kan ej bedömas",
      "Kan ej bedömas",
      "Kan ej bedömas",
      "Kan ej bedömas",
    ]);
    const unknown = r.analysis.diagnostics.filter((d) => d.code === "followupUnknownWord");
    expect(unknown.map((d) => [d.cell, renderDiagnostic(d, "sv")])).toEqual([
      [
        "'Nämndens mål'!C14",
        'Ordet "Grönt" i målen känns inte igen; cellen bedöms som Kan ej bedömas.',
      ],
      [
        "Aktiviteter!E16",
        'Ordet "Halvvägs" i handlingsplanerna känns inte igen; cellen bedöms som Kan ej bedömas.',
      ],
      [
        "Internkontrollplan!E8",
        'Ordet "Oklart" i internkontrollplanen känns inte igen; cellen bedöms som Kan ej bedömas.',
      ],
    ]);
  });

  it("are told in counting sentences, the worst first, with the table's own analysis or the placeholder", () => {
    expect(r.commentary.sections.find((s) => s.id === "goals")).toEqual({
      id: "goals",
      title: "Uppföljning av mål",
      paragraphs: [
        "2 av 9 mål går enligt plan.",
        "Målet ”Ekonomi i balans” bedöms inte nås enligt plan. [Orsak: …]",
        "Målet ”Trygg skolmiljö” bedöms inte nås enligt plan. Anmälningarna har ökat.",
        "För målet ”Region Sörmland är en attraktiv arbetsgivare” finns risk för avvikelse från plan. Personalomsättningen är hög.",
        "4 mål kan inte bedömas: ”Hållbar kollektivtrafik”, ”Digital skola”, ”Minskad energianvändning” och ”Ökad läsförståelse”.",
      ],
    });
  });
});

describe("actions with date cells, text dates and another vocabulary", () => {
  const r = run();
  const a = r.analysis.actions!;

  it("judge overdue against the report date in the title rows", () => {
    expect(a.periodEnd).toBe("2025-08-31");
    expect(r.report.actions?.items).toEqual([
      {
        name: "Ny skolplan",
        cell: "A6",
        statusText: "Genomförd",
        state: "done",
        status: "green",
        start: "2025-01-01",
        end: "2025-06-30",
        overdue: false,
      },
      {
        name: "Digitala prov",
        cell: "A7",
        statusText: "Pågår",
        state: "in-progress",
        status: "yellow",
        start: "2025-02-01",
        end: "2025-12-31",
        overdue: false,
      },
      {
        name: "Lokalförsörjningsplan",
        cell: "A8",
        statusText: "Påbörjad",
        state: "in-progress",
        status: "red",
        start: "2024-09-01",
        end: "2025-06-30",
        overdue: true,
      },
      {
        name: "Rekryteringskampanj",
        cell: "A9",
        statusText: "Försenad",
        state: "late",
        status: "red",
        start: "2025-03-01",
        end: "2025-08-31",
        overdue: true,
      },
      {
        name: "Ny webbplats",
        cell: "A10",
        statusText: "Ej påbörjad",
        state: "planned",
        status: "grey",
        start: "2025-09-01",
        end: "2025-12-31",
        overdue: false,
      },
      {
        name: "Kompetensplan",
        cell: "A11",
        statusText: "Ej påbörjad",
        state: "planned",
        status: "red",
        start: "2025-01-01",
        end: "2025-05-31",
        overdue: true,
      },
      {
        name: "Måltidspolicy",
        cell: "A12",
        statusText: "Avförd",
        state: "cancelled",
        status: "grey",
        start: "2024-01-01",
        end: "2025-03-31",
        overdue: false,
      },
      {
        name: "Skolskjutsupphandling",
        cell: "A13",
        statusText: "Stoppad",
        state: "cancelled",
        status: "grey",
        start: "2024-06-01",
        end: "2025-04-30",
        overdue: false,
      },
      {
        name: "Systematiskt kvalitetsarbete",
        cell: "A14",
        statusText: "Löpande",
        state: "ongoing",
        status: "none",
        start: "2023-01-01",
        end: null,
        overdue: false,
      },
      {
        name: '=HYPERLINK("http://x")',
        cell: "A15",
        statusText: "Pågår",
        state: "in-progress",
        status: "red",
        start: "2025-01-01",
        end: "2025-02-28",
        overdue: true,
      },
      {
        name: "Elevhälsoplan",
        cell: "A16",
        statusText: "Halvvägs",
        state: "unknown",
        status: "grey",
        start: null,
        end: "2025-12-31",
        overdue: false,
      },
      {
        name: "Slutförd utredning",
        cell: "A17",
        statusText: "Slutförd",
        state: "done",
        status: "green",
        start: "2024-01-01",
        end: "2024-12-31",
        overdue: false,
      },
      {
        name: "Läxhjälp",
        cell: "A18",
        statusText: null,
        state: "unknown",
        status: "grey",
        start: null,
        end: "2025-12-31",
        overdue: false,
      },
    ]);
    expect(a.items.map((i) => actionWord(i, "sv"))).toEqual([
      "Klar",
      "Pågår",
      "Försenad",
      "Försenad",
      "Ej påbörjad",
      "Försenad",
      "Avförd",
      "Avförd",
      "Löpande",
      "Försenad",
      "Kan ej bedömas",
      "Klar",
      "Kan ej bedömas",
    ]);
  });

  it("a period setting wins over the title rows; a sheet's own Försenad stays red but is only overdue when due", () => {
    const june = run({ period: "2025-06" }).analysis.actions!;
    expect(june.periodEnd).toBe("2025-06-30");
    expect(june.items.filter((i) => i.overdue).map((i) => i.name)).toEqual([
      "Lokalförsörjningsplan",
      "Kompetensplan",
      '=HYPERLINK("http://x")',
    ]);
    const late = june.items.find((i) => i.name === "Rekryteringskampanj")!;
    expect([late.state, late.status, late.overdue]).toEqual(["late", "red", false]);
  });

  it("without any period nothing is overdue, and a note and the text say how to give it", () => {
    const spec = followupWorkbook();
    const sheet = spec.sheets[1];
    for (const k of ["0,0", "1,0"]) sheet.cells.delete(k);
    const r = runEngine(toSnapshot(spec), withDefaults());
    const a = r.analysis.actions!;
    expect(a.periodEnd).toBeNull();
    expect(a.items.filter((i) => i.overdue)).toEqual([]);
    const note = r.analysis.diagnostics.find((d) => d.code === "followupPeriodUnknown")!;
    expect(renderDiagnostic(note, "sv")).toContain("Ange period (ÅÅÅÅ-MM)");
    expect(r.commentary.sections.find((s) => s.id === "actions")?.paragraphs[0]).toMatch(
      /Försenad|försenad/,
    );
    expect(r.commentary.sections.find((s) => s.id === "actions")?.paragraphs.join(" ")).toContain(
      "Förseningar har inte bedömts",
    );
  });

  it("are told with the late ones by name and end date, the longest overdue first", () => {
    expect(r.commentary.sections.find((s) => s.id === "actions")?.paragraphs).toEqual([
      'Av 13 aktiviteter är 2 genomförda, 1 pågår enligt plan, 1 är ej påbörjad, 1 är löpande, 2 är avförda och 2 kan inte bedömas. 4 är försenade: ”=HYPERLINK("http://x")” (slutdatum 2025-02-28), Kompetensplan (slutdatum 2025-05-31), Lokalförsörjningsplan (slutdatum 2025-06-30) och Rekryteringskampanj (slutdatum 2025-08-31).',
      "Lokalförsörjningsplan: Väntar på politiskt beslut.",
      "[Orsak: …]",
    ]);
  });
});

describe("internal control", () => {
  const r = run();
  const k = r.analysis.controls!;

  it("reads every result, carries a risk written once down to its controls", () => {
    expect(r.report.controls).toEqual({
      sheet: "Internkontrollplan",
      range: "Internkontrollplan!C2:G8",
      items: [
        {
          risk: "Felaktiga utbetalningar",
          cell: "C3",
          controlObjective: "Stickprov på 20 utbetalningar",
          result: "Ingen avvikelse",
          status: "green",
          comment: null,
        },
        {
          risk: "Felaktiga utbetalningar",
          cell: "C4",
          controlObjective: "Attestordning följs",
          result: "Mindre avvikelse",
          status: "yellow",
          comment: "Två attester saknades.",
        },
        {
          risk: "Bristande informationssäkerhet",
          cell: "C5",
          controlObjective: "Behörigheter ses över",
          result: "Väsentlig avvikelse",
          status: "red",
          comment: "Konton för slutat personal fanns kvar.",
        },
        {
          risk: "Avtalstrohet",
          cell: "C6",
          controlObjective: "Inköp utanför avtal följs upp",
          result: "Ej genomförd",
          status: "grey",
          comment: null,
        },
        {
          risk: "Arbetsmiljö",
          cell: "C7",
          controlObjective: "Skyddsronder genomförs",
          result: null,
          status: "grey",
          comment: null,
        },
        {
          risk: "Jäv",
          cell: "C8",
          controlObjective: "Delegationsbeslut granskas",
          result: "Oklart",
          status: "grey",
          comment: null,
        },
      ],
    });
    expect(k.items.map((i) => controlWord(i, "sv"))).toEqual([
      "Ingen avvikelse",
      "Mindre avvikelse",
      "Stor avvikelse",
      "Ej genomförd",
      "Kan ej bedömas",
      "Kan ej bedömas",
    ]);
    expect(k.items[1].plannedActions).toBe("Utbildning av attestanter");
  });

  it("is told with the major and minor deviations by name and the grey ones counted", () => {
    expect(r.commentary.sections.find((s) => s.id === "controls")?.paragraphs).toEqual([
      "Av 6 kontrollmoment visar 1 ingen avvikelse, 1 mindre avvikelse och 1 stor avvikelse.",
      "Stor avvikelse: ”Behörigheter ses över”. Konton för slutat personal fanns kvar.",
      "Mindre avvikelse: ”Attestordning följs”. Två attester saknades.",
      "1 kontrollmoment är inte genomfört: ”Inköp utanför avtal följs upp”.",
      "1 kontrollmoment saknar resultat: ”Skyddsronder genomförs”.",
      "1 kontrollmoment har ett resultat som inte kan bedömas: ”Delegationsbeslut granskas”.",
    ]);
  });
});

describe("the workbook as a whole", () => {
  it("is analysable with only follow-up tables, and the sections follow the table order", () => {
    const r = run();
    expect(foundAnything(r.analysis)).toBe(true);
    expect(r.commentary.sections.map((s) => s.id)).toEqual(["goals", "actions", "controls"]);
  });

  it("--lang en gives English words and sections", () => {
    const r = run({ lang: "en" });
    const g = r.analysis.goals!;
    expect(r.commentary.sections.map((s) => s.title)).toEqual([
      "Goal follow-up",
      "Action plans and activities",
      "Internal control follow-up",
    ]);
    expect(goalWord(g.items[1], g.family, "en")).toBe("At risk");
    expect(r.analysis.actions!.items.map((i) => actionWord(i, "en")).slice(0, 4)).toEqual([
      "Done",
      "In progress",
      "Late",
      "Late",
    ]);
    expect(r.commentary.sections[0].paragraphs[0]).toBe("2 of 9 goals are on track.");
    expect(r.commentary.sections[2].paragraphs[0]).toBe(
      "Of 6 controls, 1 shows no deviation, 1 shows a minor deviation and 1 shows a major deviation.",
    );
  });
});
