/**
 * The Office adapter's own messages, in Swedish: controllers read these in the pane and in the ribbon
 * command's dialog.
 */
import type { OfficeMessages } from "../officeTypes";
import { svUi } from "./ui";

const svNumber = new Intl.NumberFormat("sv-SE");

export const svOffice: OfficeMessages = {
  requirement: svUi.unsupported.body,
  changedSinceRead: (s) =>
    `Bladet "${s}" har ändrats sedan analysen gjordes. Inget skrevs. Analysera igen och skriv sedan.`,
  readFailed: (code) => `Arbetsboken kunde inte läsas (Excel-felkod ${code}). Försök igen.`,
  notWritten: (code) => `Excel avvisade skrivningen (felkod ${code}). Inget skrevs. Försök igen.`,
  writeFailed: (code) =>
    `Excel avbröt skrivningen (felkod ${code}). Delar av analysen kan ha skrivits; välj "Ta bort analysen" och försök igen.`,
  cellTooLarge: (s, row) =>
    `Rad ${row} på bladet "${s}" innehåller för mycket text för att läsas i ett anrop. Korta texten eller markera tabellen och välj "Använd markerat område".`,
  readTooLarge: (s, first, last) =>
    `Excel kunde inte lämna ut raderna ${first}–${last} på bladet "${s}", inte ens i mindre delar (troligen för mycket text i ett svar). Inget skrevs. Markera tabellen och välj "Använd markerat område", eller försök igen.`,
  cellEditMode:
    "Excel redigerar en cell just nu. Inget skrevs. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.",
  timeout: (sec) =>
    `Excel svarade inte inom ${svNumber.format(sec)} sekunder. Inget skrevs. Försök igen; hjälper det inte, stäng och öppna arbetsboken.`,
  timeoutWrite: (sec) =>
    `Excel svarade inte inom ${svNumber.format(sec)} sekunder under skrivningen. Det går inte att säga hur mycket som skrevs: kontrollera arbetsboken, välj "Ta bort analysen" och försök igen.`,
};
