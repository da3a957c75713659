import { formatNumber } from "../../format";
import type { Terms } from "../types";
import { svFollowup } from "./followup";

/** Counts may arrive as numbers or already formatted. */
const count = (v: string | number): string => (typeof v === "number" ? formatNumber(v) : v);

export const sv: Terms = {
  status: { green: "Gynnsam", yellow: "Bevaka", red: "Ogynnsam" },
  followsCosts: "Följer kostnaderna",
  indicatorStatus: {
    green: "Uppfyllt",
    yellow: "Delvis uppfyllt",
    red: "Ej uppfyllt",
    grey: "Kan ej bedömas",
  },
  indicatorText: {
    fulfilment: "Måluppfyllelse",
    targetMax: (v) => `högst ${v}`,
    targetMin: (v) => `minst ${v}`,
    units: { st: "st", dagar: "dagar", index: "" },
    points: (d, one) => `${d} ${one ? "procentenhet" : "procentenheter"}`,
    underCeiling: (d) => `${d} under taket`,
    overCeiling: (d) => `${d} över taket`,
    atCeiling: "på taket",
  },
  headers: { status: "Status", forecastStatus: "Status prognos", fulfilment: "Måluppfyllelse" },
  analysisSheet: "Analys",
  roles: {
    actual: "Utfall",
    budget: "Budget",
    fullYearBudget: "Budget helår",
    forecast: "Prognos",
    priorYear: "Föregående år",
    budgetDiff: "Avvikelse",
    forecastDiff: "Prognosavvikelse",
    yoyPct: "Förändring %",
  },
  sheet: {
    title: "Analys av ekonomi och måluppfyllelse",
    generatedBy:
      "Skapad av Uppföljning. Skriver du här frågar Uppföljning före nästa körning om ändringarna ska ersättas eller stå kvar.",
    source: "Källa",
    period: "Period",
    periodUnknown: "okänd (ange period i inställningarna)",
    unit: "Belopp i",
    result: "Resultat mot budget",
    forecastResult: "Prognos helår mot budget",
    keyFigures: "Nyckeltal",
    linesOmitted: (n) =>
      `Här visas summaraderna på de översta nivåerna och de största väsentliga avvikelserna; ${formatNumber(n)} rader visas inte. Varje rad har sin status i kolumnen Status bredvid resultaträkningen.`,
    indicators: "Indikatorer",
    pageNumber: (page, pages) => `Sida ${page} av ${pages}`,
    commentary: "Kommentarer",
    columns: {
      row: "Rad",
      actual: "Utfall",
      budget: "Budget",
      deviation: "Avvikelse",
      deviationPct: "Avvikelse %",
      status: "Status",
      fullYearBudget: "Budget helår",
      forecast: "Prognos helår",
      forecastDeviation: "Avvikelse helår",
      forecastStatus: "Status prognos",
      priorYear: "Utfall fg år",
      yoyChange: "Förändring",
      yoyChangePct: "Förändring %",
      indicator: "Indikator",
      target: "Målvärde",
      outcome: "Utfall",
      fulfilment: "Måluppfyllelse",
      indicatorStatus: "Bedömning",
      reason: "Anmärkning",
    },
  },
  reasons: {
    noTarget: "Målvärde saknas",
    noOutcome: "Utfall saknas",
    notMeasured: (t) => (/mäts/i.test(t) ? t : `Mäts ej (${t})`),
    unparseableTarget: (t) => `Målvärdet "${t}" kan inte tolkas`,
    unparseableOutcome: (t) => `Utfallet "${t}" kan inte tolkas`,
    unitMismatch: (t, a) => `Utfallets enhet (${a}) går inte att jämföra med målets (${t})`,
  },
  checks: {
    deviationColumn: (label, header, expected, found) =>
      `${label}: kolumnen ${header} visar ${found} men utfall och budget ger ${expected}.`,
    subtotal: (label, expected, found) =>
      `${label}: summaraden visar ${found} men raderna ovanför summerar till ${expected}.`,
    result: (label, expected, found) =>
      `${label}: resultatraden visar ${found} men intäkter och kostnader ger ${expected}.`,
  },
  months: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  unexpectedError: "Oväntat fel",
  edited: {
    cells: (cells) =>
      cells.length <= 10
        ? cells.join(", ")
        : `${cells.slice(0, 10).join(", ")} och ${count(cells.length - 10)} till`,
    stopped: (cells) =>
      `Inget skrevs: du har ändrat i det Uppföljning skrev förra gången (${sv.edited.cells(cells)}). Öppna Uppföljning och välj Skriv till arbetsboken för att ersätta ändringarna eller skriva analysen till ett nytt blad.`,
  },
  messages: {
    ...svFollowup.messages,
    cellError: (p) =>
      `Cellen innehåller felvärdet ${p.value} i stället för ett tal; värdet räknas inte.`,
    notANumber: (p) =>
      `Cellen innehåller texten "${p.text}" i stället för ett tal; värdet räknas inte.`,
    noStatement: (p) =>
      `Ingen resultaträkning hittades. Blad som söktes: ${p.sheets}. Rubriker som letades efter: ${p.headers}.`,
    noIndicators: (p) => `Ingen indikatortabell hittades. Blad som söktes: ${p.sheets}.`,
    extraStatementTable: (p) =>
      `Ytterligare en resultaträkning finns i ${p.range}; den första analyserades.`,
    extraIndicatorTable: (p) =>
      `Ytterligare en indikatortabell finns i ${p.range}; den första analyserades.`,
    sheetNotFound: (p) => `Bladet "${p.sheet}" finns inte. Blad i arbetsboken: ${p.sheets}.`,
    rangeInvalid: (p) => `"${p.range}" är inget giltigt cellområde.`,
    noStatementInRange: (p) =>
      `Ingen tabell med rubriker som Utfall och Budget hittades i ${p.range}.`,
    periodUnknown: () =>
      "Perioden framgår inte av bladet; kontrollen av prognosen mot årstakten hoppades över. Ange period (ÅÅÅÅ-MM) i inställningarna.",
    unitAssumed: () => "Ingen enhet angiven i tabellen; beloppen antas vara i tkr.",
    indicatorUnitMismatch: (p) =>
      `Utfallets enhet (${p.actualUnit}) går inte att jämföra med målets (${p.targetUnit}).`,
    indicatorDirectionFromName: (p) =>
      `Målet "${p.target}" för ${p.name} saknar riktningsord; det läses som högst ${p.target} eftersom lägre är bättre för ${p.word}. Skriv "Minst" eller "Högst" i målet, eller lägg till en kolumn Riktning, för att välja själv.`,
    indicatorDirectionConflict: (p) =>
      `Kolumnen Riktning säger ${p.direction === "max" ? "lägre är bättre" : "högre är bättre"} för ${p.name}, men målet "${p.target}" säger motsatsen; Riktning används.`,
    outputColumnMoved: (p) =>
      `Kolumnen direkt till höger om tabellen innehåller egna uppgifter; "${p.header}" skrevs i kolumn ${p.column} i stället.`,
    foreignAnalysisSheet: (p) =>
      `Det finns redan ett blad "${p.sheet}" som inte skapats av Uppföljning. Inget skrevs. Byt namn på bladet eller välj ett annat namn för analysbladet.`,
    sheetProtected: (p) =>
      `Bladet "${p.sheet}" är skyddat. Inget skrevs. Ta bort skyddet och försök igen.`,
    structureProtected: (p) =>
      `Arbetsbokens struktur är skyddad, så bladet "${p.sheet}" kan inte läggas till eller tas bort. Inget skrevs. Välj Granska → Skydda arbetsbok för att ta bort skyddet och försök igen.`,
    workbookReadOnly: () =>
      "Arbetsboken är öppen som skrivskyddad (eller bara för visning). Inget skrevs. Välj Redigera arbetsbok, eller spara en kopia och öppna den, och försök igen.",
    sheetMissing: (p) =>
      `Bladet "${p.sheet}" finns inte längre (borttaget eller omdöpt sedan analysen). Inget skrevs. Analysera igen.`,
    notOurSheet: (p) =>
      `Bladet "${p.sheet}" har inte skapats av Uppföljning och ändras inte. Inget skrevs.`,
    lastSheet: (p) =>
      `Bladet "${p.sheet}" är arbetsbokens enda synliga blad och kan inte tas bort. Inget ändrades. Visa ett annat blad och försök igen.`,
    invalidSheetName: (p) =>
      `"${p.sheet}" är inget giltigt bladnamn i Excel. Inget skrevs. Välj ett annat namn för analysbladet.`,
    invalidPlan: (p) => `Internt fel i skrivplanen (${p.detail}). Inget skrevs.`,
    tooLarge: (p) =>
      `Det använda området är för stort (${count(p.cells)} celler, gränsen är ${count(p.limit)}). Markera tabellen och använd markerat område.`,
    unsupportedContent: (p) =>
      `Filen innehåller ${p.parts}, som inte följer med till den nya filen. Originalfilen är orörd.`,
    macrosDropped: () =>
      "Filen innehåller makron (VBA). Den nya filen sparas som .xlsx utan makron; originalfilen är orörd.",
    mergedOutputCell: (p) =>
      `Cellen ${p.cell} ingår i en sammanfogad cell; statusen skrevs inte där.`,
    userDataInOutput: (p) => `Cellen ${p.cell} innehåller egna uppgifter och skrivs inte över.`,
    columnsChosen: (p) =>
      `Kolumner som användes: ${p.columns}. Välj andra under Hittade tabeller eller med --columns "utfall=C,budget=D".`,
    columnOverrideUnknown: (p) =>
      `Den valda kolumnen "${p.ref}" för ${p.role} finns inte i tabellens rubrikrad; tabellens egen läsning används.`,
    deviationsOnlyTable: (p) =>
      `Tabellen i ${p.range} visar bara avvikelser, inga belopp för utfall och budget; den analyseras inte som budgetuppföljning.`,
    deviationColumnUsed: (p) =>
      `Budgetbelopp saknas; avvikelserna och statusen följer tabellens egen kolumn "${p.header}", där plus är gynnsamt.`,
    blockAfterStatement: (p) =>
      `Raderna i ${p.range} under resultaträkningen (balanskravsutredning, nyckeltal eller noter) är ett eget block och räknas inte som rader i tabellen.`,
  },
};
