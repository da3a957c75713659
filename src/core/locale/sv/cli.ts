import type { CliTexts } from "../cliTypes";
import { svSettingMessages } from "./settings";

export const svCli: CliTexts = {
  lostParts: {
    charts: (n) => `${n} diagram`,
    pivotTables: (n) => `${n} pivottabell(er)`,
    images: (n) => `${n} bild(er)`,
  },
  usage: `Användning:
  uppfoljning analyze <fil.xlsx> [fler filer …] [flaggor]
  uppfoljning remove <fil.xlsx> [-o ut.xlsx]

Analyserar resultaträkning och indikatorer, skriver statuskolumner och ett analysblad
till en ny fil (<namn>-analys.xlsx bredvid originalet). Originalfilen skrivs aldrig.

Flaggor:
  -o, --output FIL            utfil (bara med en indatafil)
  --json FIL|-                rapport som JSON (- = standard ut)
  --text FIL|-                kommentarerna som ren text (- = standard ut)
  --docx FIL                  kommentarer och nyckeltal som Word-dokument
  --lang sv|en                språk för text och statusord (sv)
  --materiality-amount N      väsentlighetsbelopp i tkr (100)
  --materiality-pct P         väsentlighet i procent av budget (2)
  --materiality-large N       belopp i tkr som alltid är väsentligt (1000)
  --columns "utfall=C,budget=D"  välj kolumner per roll (bokstav eller rubrik)
  --tolerance-pct P           tolerans för delvis uppfyllda mål i procent (90)
  --amount-style tkr|mnkr|auto  belopp i texten (auto)
  --period ÅÅÅÅ-MM            rapportperiod, om bladet inte anger den
  --replace-edited            skriv över ändringar i det Uppföljning skrev förra gången
  --no-placeholders           inga [Orsak: …]-platshållare i texten
  --statement-sheet NAMN      blad med resultaträkningen
  --statement-range A4:I13    område för resultaträkningen på det bladet
  --indicator-sheet NAMN      blad med indikatorerna
  --indicator-range A1:F9     område för indikatorerna på det bladet
  --analysis-sheet NAMN       namn på analysbladet (Analys)
  -h, --help                  den här hjälpen

Slutkoder: 0 klart, 1 inget att analysera eller filen kunde inte läsas/skrivas, 2 felaktiga flaggor.`,
  unknownOption: (o) => `Okänd flagga: ${o}`,
  missingValue: (o) => `Flaggan ${o} behöver ett värde.`,
  badSetting: (o, v, why) => `${o} "${v}": ${why}`,
  setting: svSettingMessages,
  noInput: "Ange en .xlsx-fil att analysera.",
  oneOutputOnly: "-o/--output, --json FIL och --text FIL kan bara användas med en indatafil.",
  sameAsInput: "Utfilen får inte vara samma som indatafilen: originalet skrivs aldrig över.",
  notFound: (p) => `Filen finns inte: ${p}`,
  notXlsx: (p) => `${p} är ingen Excel-arbetsbok (.xlsx).`,
  encrypted: (p) =>
    `${p} är lösenordsskyddad eller i det gamla .xls-formatet. Ta bort lösenordet eller spara som .xlsx i Excel och försök igen.`,
  corrupt: (p, why) => `${p} kunde inte läsas; filen verkar skadad (${why}).`,
  cannotWrite: (p, why) => `Kunde inte skriva ${p} (${why}). Ingenting sparades.`,
  nothingFound: (p) => `Inget att analysera i ${p}.`,
  refused: "Ingenting skrevs:",
  statementFound: (range, rows, unit) =>
    `Resultaträkning: ${range} (${rows} rader, belopp i ${unit})`,
  indicatorsFound: (range, count) => `Indikatorer: ${range} (${count} st)`,
  result: (a) => `Resultat mot budget: ${a}`,
  forecastResult: (a) => `Prognos helår mot budget: ${a}`,
  editedStopped: (cells) =>
    `Inget skrevs: du har ändrat i det Uppföljning skrev förra gången (${cells}). Ge --replace-edited för att skriva över ändringarna.`,
  materialHeading: "Väsentliga avvikelser mot budget:",
  noMaterial: "Inga väsentliga avvikelser mot budget.",
  indicatorSummary: (met, total) => `Måluppfyllelse: ${met} av ${total} uppfyllda`,
  checksHeading: (n) => `Kontroller: ${n} avvikelse${n === 1 ? "" : "r"} i tabellens egna summor`,
  written: (p) => `Sparad: ${p}`,
  removed: (p) => `Analysen borttagen, sparad: ${p}`,
  nothingToRemove: "Filen innehåller ingen analys från Uppföljning.",
  skippedOutput: (p) => `obs: ${p} hoppas över – den är en utfil från en tidigare körning.`,
  warning: "varning",
  note: "obs",
};
