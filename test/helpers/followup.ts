/**
 * Follow-up layouts of our own, besides the shared fixture: goals in the plan family with headings,
 * notes, duplicates, an unknown word and goals without assessment; action plans with dates as date
 * cells and as text, another status vocabulary and a formula-like name; an internal-control plan in
 * the long headers, a risk written once for two controls, a control without result. Built as specs
 * and written through ExcelJS (toXlsx) or seeded into the fake (toFakeSeed).
 */
import fc from "fast-check";
import { emptySheet, put, type SheetSpec, type WorkbookSpec } from "./spec";

/** Excel's serial number of a calendar date. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const DATE = "yyyy-mm-dd";

function rows(
  sheet: SheetSpec,
  top: number,
  left: number,
  data: (string | number | null)[][],
): void {
  data.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null) put(sheet, top + i, left + j, v);
    }),
  );
}

/** Goals, "Nämndens mål" / "Bedömning helår 2025", in the plan family, starting at B3. */
export function goalsSheet(): SheetSpec {
  const s = emptySheet("Nämndens mål");
  rows(s, 0, 1, [["Barn- och utbildningsnämnden – måluppföljning delår 2025"]]);
  rows(s, 2, 1, [
    ["Nämndens mål", "Bedömning helår 2025", "Analys"],
    ["Medborgarperspektiv", null, null],
    ["Alla elever når kunskapskraven", "Går enligt plan", "Meritvärdet ökar."],
    [
      "Region Sörmland är en attraktiv arbetsgivare",
      "Risk för avvikelse från plan",
      "Personalomsättningen är hög.",
    ],
    ["Region Sörmland är en attraktiv arbetsgivare", "Enligt plan", null],
    ["Ekonomi i balans", "Kommer inte att uppnås", null],
    ["Verksamhetsperspektiv", null, null],
    ["Trygg skolmiljö", "Avvikelse från plan", "Anmälningarna har ökat."],
    ["Hållbar kollektivtrafik", "Avser ej nämnd", null],
    ["Digital skola", null, null],
    ["Minskad energianvändning", "Ej bedömd", null],
    ["Ökad läsförståelse", "Grönt", null],
    ["* Målen beslutades av nämnden 2024-12-12.", null, null],
  ]);
  return s;
}

/** Actions with Startdatum (date cells), Slutdatum (date cells or text) and another vocabulary, at A5. */
export function actionsSheet(): SheetSpec {
  const s = emptySheet("Aktiviteter");
  rows(s, 0, 0, [["Handlingsplan 2025"], ["Delårsrapport per 2025-08-31"]]);
  rows(s, 4, 0, [["Aktivitet", "Ansvarig", "Startdatum", "Slutdatum", "Läge", "Kommentar"]]);
  const data: [
    string,
    string,
    string | null,
    string | number | null,
    string | null,
    string | null,
  ][] = [
    ["Ny skolplan", "Förvaltningschef", "2025-01-01", serial("2025-06-30"), "Genomförd", null],
    [
      "Digitala prov",
      "IT-chef",
      "2025-02-01",
      serial("2025-12-31"),
      "Pågår",
      "Pilot på två skolor.",
    ],
    [
      "Lokalförsörjningsplan",
      "Lokalstrateg",
      "2024-09-01",
      serial("2025-06-30"),
      "Påbörjad",
      "Väntar på politiskt beslut.",
    ],
    ["Rekryteringskampanj", "HR-chef", "2025-03-01", "2025-08-31", "Försenad", null],
    ["Ny webbplats", "Kommunikatör", "2025-09-01", "december 2025", "Ej påbörjad", null],
    ["Kompetensplan", "HR-chef", "2025-01-01", "2025-05", "Ej påbörjad", null],
    [
      "Måltidspolicy",
      "Kostchef",
      "2024-01-01",
      serial("2025-03-31"),
      "Avförd",
      "Ersatt av regional policy.",
    ],
    ["Skolskjutsupphandling", "Inköpare", "2024-06-01", serial("2025-04-30"), "Stoppad", null],
    ["Systematiskt kvalitetsarbete", "Rektorer", "2023-01-01", null, "Löpande", null],
    ['=HYPERLINK("http://x")', "Okänd", "2025-01-01", serial("2025-02-28"), "Pågår", null],
    ["Elevhälsoplan", "Elevhälsochef", null, "2025-12-31", "Halvvägs", null],
    ["Slutförd utredning", "Utredare", "2024-01-01", "2024-12-31", "Slutförd", null],
    ["Läxhjälp", "Rektorer", null, "2025-12-31", null, null],
  ];
  data.forEach((r, i) => {
    const row = 5 + i;
    put(s, row, 0, r[0]);
    put(s, row, 1, r[1]);
    if (r[2]) put(s, row, 2, { value: serial(r[2]), numFmt: DATE });
    if (typeof r[3] === "number") put(s, row, 3, { value: r[3], numFmt: DATE });
    else if (r[3]) put(s, row, 3, r[3]);
    if (r[4]) put(s, row, 4, r[4]);
    if (r[5]) put(s, row, 5, r[5]);
  });
  // The user's own note right of the table: our column goes one further.
  put(s, 6, 6, "Egen anteckning");
  return s;
}

/** The internal-control plan in its long headers, at C2. */
export function controlsSheet(): SheetSpec {
  const s = emptySheet("Internkontrollplan");
  rows(s, 1, 2, [
    [
      "Risk",
      "Kontrollmoment",
      "Resultat av genomförda kontroller",
      "Analys av resultat",
      "Planerade åtgärder",
    ],
    ["Felaktiga utbetalningar", "Stickprov på 20 utbetalningar", "Ingen avvikelse", null, null],
    [
      null,
      "Attestordning följs",
      "Mindre avvikelse",
      "Två attester saknades.",
      "Utbildning av attestanter",
    ],
    [
      "Bristande informationssäkerhet",
      "Behörigheter ses över",
      "Väsentlig avvikelse",
      "Konton för slutat personal fanns kvar.",
      "Rutin för avslut",
    ],
    ["Avtalstrohet", "Inköp utanför avtal följs upp", "Ej genomförd", null, null],
    ["Arbetsmiljö", "Skyddsronder genomförs", null, null, null],
    ["Jäv", "Delegationsbeslut granskas", "Oklart", null, null],
  ]);
  return s;
}

export function followupWorkbook(): WorkbookSpec {
  return { sheets: [goalsSheet(), actionsSheet(), controlsSheet()] };
}

/** Random follow-up tables for the properties: any position, words known and unknown, dates as cells or text. */

export const ACTION_WORDS = [
  "Klart",
  "Klar",
  "Genomförd",
  "Avslutad",
  "Slutförd",
  "Pågående",
  "Pågår",
  "Påbörjad",
  "Startad",
  "Försenad",
  "Planerat",
  "Planerad",
  "Ej startat",
  "Ej påbörjad",
  "Löpande",
  "Avförd",
  "Borttagen",
  "Stoppad",
  "Struken",
];
export const GOAL_WORDS = [
  "Går enligt plan",
  "Enligt plan",
  "Uppfyllt",
  "Helt uppfyllt",
  "Uppnått",
  "Risk för avvikelse från plan",
  "Delvis uppfyllt",
  "Delvis uppnått",
  "Delvis",
  "Kommer inte att uppnås",
  "Avvikelse från plan",
  "Ej uppfyllt",
  "Inte uppfyllt",
  "Ej uppnått",
  "Ej bedömd",
  "Kan ej bedömas",
  "Avser ej nämnd",
];
export const CONTROL_WORDS = [
  "Ingen avvikelse",
  "Mindre avvikelse",
  "Stor avvikelse",
  "Väsentlig avvikelse",
  "Ej genomförd",
  "Ej kontrollerad",
];

const arbName = fc.oneof(
  fc.constantFrom(
    "Ny skolplan",
    "Satsning kategoristyrning",
    "=SUMMA(A1:A3)",
    "+46 kundtjänst",
    "@mål",
    "-minus",
    "Mål 1",
    "Åtgärd",
  ),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => `Aktivitet ${s}`),
);
const arbWord = (known: string[]): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom("Halvvägs", "Grönt", "?", "x") },
  );
const arbIso = fc
  .record({
    y: fc.integer({ min: 2020, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const arbEnd = fc.oneof(
  fc.record({ kind: fc.constant("cell" as const), iso: arbIso }),
  fc.record({ kind: fc.constant("text" as const), iso: arbIso }),
  fc.record({
    kind: fc.constant("span" as const),
    iso: arbIso,
    dash: fc.constantFrom("—", "–", "-"),
  }),
  fc.constant(null),
);

export interface RandomFollowup {
  spec: WorkbookSpec;
  /** The report date written in the title row, or null. */
  reportDate: string | null;
  actionRows: number;
}

export const arbFollowupWorkbook: fc.Arbitrary<RandomFollowup> = fc
  .record({
    top: fc.integer({ min: 0, max: 4 }),
    left: fc.integer({ min: 0, max: 3 }),
    reportDate: fc.option(arbIso, { nil: null }),
    actions: fc.array(fc.record({ name: arbName, word: arbWord(ACTION_WORDS), end: arbEnd }), {
      minLength: 1,
      maxLength: 12,
    }),
    goals: fc.array(fc.record({ name: arbName, word: arbWord(GOAL_WORDS) }), {
      minLength: 1,
      maxLength: 8,
    }),
    controls: fc.array(fc.record({ name: arbName, word: arbWord(CONTROL_WORDS) }), {
      minLength: 1,
      maxLength: 6,
    }),
    noteRight: fc.boolean(),
    fill: fc.boolean(),
  })
  .map((w) => {
    const acts = emptySheet("Handlingsplan 'ö' 2025");
    if (w.reportDate) put(acts, w.top, w.left, `Uppföljning per ${w.reportDate}`);
    const h = w.top + 2;
    ["Handlingsplan", "Status", "Period"].forEach((t, j) => put(acts, h, w.left + j, t));
    w.actions.forEach((a, i) => {
      const r = h + 1 + i;
      put(acts, r, w.left, a.name);
      if (a.word) put(acts, r, w.left + 1, w.fill ? { value: a.word, fill: "FF00B050" } : a.word);
      if (a.end?.kind === "cell")
        put(acts, r, w.left + 2, { value: serial(a.end.iso), numFmt: DATE });
      else if (a.end?.kind === "text") put(acts, r, w.left + 2, a.end.iso);
      else if (a.end?.kind === "span")
        put(acts, r, w.left + 2, `2020-01-01${a.end.dash}${a.end.iso}`);
    });
    if (w.noteRight) put(acts, h + 1, w.left + 3, "Egen anteckning");
    const goals = emptySheet("Mål");
    ["Mål", "Bedömning", "Kommentar"].forEach((t, j) => put(goals, w.top, w.left + j, t));
    w.goals.forEach((g, i) => {
      put(goals, w.top + 1 + i, w.left, g.name);
      if (g.word) put(goals, w.top + 1 + i, w.left + 1, g.word);
    });
    const ic = emptySheet("IK 2025");
    ["Risk", "Kontrollmål", "Resultat"].forEach((t, j) => put(ic, w.top, w.left + j, t));
    w.controls.forEach((c, i) => {
      put(ic, w.top + 1 + i, w.left, `Risk ${i + 1}`);
      put(ic, w.top + 1 + i, w.left + 1, c.name);
      if (c.word) put(ic, w.top + 1 + i, w.left + 2, c.word);
    });
    return {
      spec: { sheets: [acts, goals, ic] },
      reportDate: w.reportDate,
      actionRows: w.actions.length,
    };
  });
