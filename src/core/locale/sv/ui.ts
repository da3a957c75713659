/**
 * Every word the task pane shows, in Swedish. Swedish is the source language: its shape is the
 * `UiStrings` type the English module must fill in, so a missing translation fails to compile.
 */
import { svSettingMessages } from "./settings";

export const svUi = {
  appTitle: "Uppföljning",
  loading: "Läser arbetsboken …",
  outsideOffice: {
    title: "Öppna Uppföljning från Excel",
    body: "Det här är ett tillägg för Excel. Öppna det från fliken Start i Excel på skrivbordet eller på webben.",
  },
  unsupported: {
    title: "Excel-versionen är för gammal",
    body: "Uppföljning kräver ExcelApi 1.9: Excel 2021 eller senare, Microsoft 365 eller Excel på webben. Uppdatera Excel eller öppna arbetsboken i Excel på webben.",
  },
  tables: {
    title: "Hittade tabeller",
    statement: "Resultaträkning",
    indicators: "Indikatorer",
    notFound: "hittades inte",
    notRead: "inte läst ännu",
    sheetLabel: (kind: string) => `Blad för ${kind.toLowerCase()}`,
    auto: "Sök i alla blad",
    useSelection: "Använd markerat område",
    useSelectionFor: (kind: string) => `Använd markerat område för ${kind.toLowerCase()}`,
    selectionUsed: (kind: string, address: string) => `${kind} läses från ${address}`,
    reread: "Läs arbetsboken igen",
    change: "Ändra",
    changeFor: (kind: string) => `Ändra hur ${kind.toLowerCase()} läses`,
    foundMark: "hittad",
    autoSearch: "Sök automatiskt igen",
    autoSearchFor: (kind: string) => `Sök automatiskt igen: ${kind.toLowerCase()}`,
    manual: "vald av dig",
    nothingFoundTitle: "Ingen tabell hittades",
    nothingFound:
      "Uppföljning letade i alla blad efter en resultaträkning (rubriker som Utfall och Budget) och en indikatortabell (Indikator, Målvärde, Utfall). Markera tabellen och välj Ändra → Använd markerat område.",
    selectionEmpty: (address: string) =>
      `Det markerade området ${address} är tomt. Markera tabellen med rubrikraden och välj Använd markerat område igen.`,
    selectionNoHeader: (address: string) =>
      `Det markerade området ${address} har ingen rubrikrad med text överst. Markera tabellen från rubrikraden och välj Använd markerat område igen.`,
    selectionNoAmounts: (address: string) =>
      `Det markerade området ${address} har inga tal under rubrikraden. Markera hela tabellen, med beloppen, och välj Använd markerat område igen.`,
  },
  settings: {
    title: "Inställningar",
    materialityAmount: "Väsentlighet, belopp (tkr)",
    materialityPct: "Väsentlighet, procent av budget",
    materialityLarge: "Alltid väsentligt belopp (tkr)",
    materialityLargeHint: "En avvikelse minst så stor är alltid väsentlig.",
    tolerancePct: "Tolerans för delvis uppfyllt mål (%)",
    lang: "Språk i analysen",
    uiLang: "Fönstrets språk",
    uiLangOffice: "som Office",
    langSv: "svenska",
    langEn: "English",
    amountStyle: "Belopp visas i",
    amountTkr: "tkr",
    amountMnkr: "mnkr",
    amountAuto: "som i tabellen",
    period: "Period (ÅÅÅÅ-MM)",
    periodHint: "Lämna tomt för att läsa perioden från bladet.",
    placeholders: "Lägg in [Orsak: …] där orsak saknas",
    save: "Spara inställningar",
    saved: "Inställningarna sparades i arbetsboken.",
    invalid: "Rätta de markerade inställningarna först.",
    /** Why a field was refused: the settings schema's words (`./settings.ts`), shared with the command. */
    errors: svSettingMessages,
  },
  actions: {
    analyze: "Analysera",
    analyzing: "Analyserar …",
    analyzed: "Analysen är klar. Inget har skrivits i arbetsboken.",
    write: "Skriv till arbetsboken",
    writing: "Skriver till arbetsboken …",
    progress: (done: number, total: number) => `Skriver steg ${done} av ${total}`,
    written: "Analysen skrevs till arbetsboken.",
    showSheet: (sheet: string) => `Visa bladet ${sheet}`,
    remove: "Ta bort analysen",
    removing: "Tar bort analysen …",
    removed: "Analysen togs bort ur arbetsboken.",
    nothingToRemove: "Det finns ingen analys från Uppföljning att ta bort.",
    refusedTitle: "Inget skrevs",
    nothingFound:
      "Inget skrevs: arbetsboken har ingen resultaträkning eller indikatortabell som Uppföljning kan läsa.",
    busy: "Arbetar …",
    bar: "Åtgärder",
    writingParts: (parts: string[]) => `Skriver ${parts.join(", ")} …`,
    statusColumnsOn: (sheet: string) => `statuskolumner i ${sheet}`,
    sheetPart: (sheet: string) => `bladet ${sheet}`,
    batch: (done: number, total: number) => `del ${done} av ${total} klar`,
    writtenWhere: "Skrivet:",
    columnsOn: (sheet: string, columns: string) => `${sheet}: kolumn ${columns}`,
    sheetWritten: (sheet: string) => `bladet ${sheet}`,
    undoHint:
      "Ångra med Ta bort analysen. Excels Ctrl+Z ångrar inte ändringar som ett tillägg har gjort.",
    nothingToWrite: "Det finns inget att skriva: ingen tabell hittades.",
    stale:
      "Inställningarna har ändrats sedan analysen. Välj Analysera för att uppdatera resultatet.",
  },
  edited: {
    title: "Du har ändrat i det Uppföljning skrev",
    body: (cells: string) =>
      `Dessa celler har ändrats sedan analysen skrevs: ${cells}. Vill du ersätta ändringarna, skriva analysen till ett nytt blad och låta ändringarna stå kvar, eller avbryta?`,
    replace: "Ersätt ändringarna",
    beside: "Skriv till ett nytt blad",
    cancel: "Avbryt",
  },
  summary: {
    title: "Sammanfattning",
    period: "Period",
    periodUnknown: "okänd",
    periodUntil: (month: string, year: number) => `t.o.m. ${month} ${year}`,
    result: "Resultat mot budget",
    forecast: "Prognos helår mot budget",
    material: "Väsentliga avvikelser",
    materialCount: (n: number, unfavourable: number) =>
      `${n} (varav ${unfavourable} ${unfavourable === 1 ? "ogynnsam" : "ogynnsamma"})`,
    indicatorsMet: "Uppfyllda mål",
    ofTotal: (met: number, total: number) => `${met} av ${total}`,
    noStatement: "Ingen resultaträkning analyserades.",
    onBudget: "I nivå med budget",
  },
  deviations: {
    title: "Avvikelser mot budget",
    hint: "Väsentliga först. Välj en rad för att markera den i bladet.",
    empty: "Inga rader med budget att jämföra.",
    material: "väsentlig",
    noPct: "–",
    total: "summa",
    materialGroup: (n: number) => `Väsentliga avvikelser (${n})`,
    otherGroup: (n: number) => `Övriga rader (${n})`,
  },
  indicators: {
    title: "Indikatorer",
    empty: "Inga indikatorer hittades.",
    outcome: "Utfall",
    target: "Mål",
    none: "–",
  },
  commentary: {
    title: "Analystext",
    copy: "Kopiera",
    copySection: (title: string) => `Kopiera avsnittet ${title}`,
    copyAll: "Kopiera allt",
    copied: "Kopierat",
    copyFailed: "Det gick inte att kopiera. Markera texten och tryck Ctrl+C.",
    empty: "Ingen text att visa.",
  },
  tabs: {
    label: "Resultat",
    overview: "Översikt",
    deviations: "Avvikelser",
    goals: "Mål",
    text: "Text",
  },
  chart: {
    varianceTitle: "Väsentliga avvikelser mot budget",
    favourable: "gynnsamt →",
    unfavourable: "← ogynnsamt",
    varianceAlt: (items: string[]) =>
      `Stapeldiagram över väsentliga avvikelser mot budget, gynnsamma åt höger och ogynnsamma åt vänster: ${items.join("; ")}.`,
    varianceNone: "Inga väsentliga avvikelser mot budget.",
    indicatorTitle: "Indikatorer mot målvärde",
    indicatorAlt: (items: string[]) =>
      `Stapeldiagram över indikatorernas utfall mot målvärdet: ${items.join("; ")}.`,
    indicatorItem: (name: string, actual: string, target: string, status: string) =>
      `${name} ${actual}, mål ${target}, ${status}`,
  },
  notes: {
    title: "Att observera",
    checks: "Kontroller",
  },
  errors: {
    title: "Något gick fel",
    excel: "Excel kunde inte slutföra åtgärden. Inget skrevs.",
    unknown: "Ett oväntat fel inträffade. Inget skrevs.",
    code: (code: string) => `Felkod: ${code}`,
    sheet: (sheet: string) => `Blad: ${sheet}`,
    dismiss: "Stäng meddelandet",
  },
};

export type UiStrings = typeof svUi;
