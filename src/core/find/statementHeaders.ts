/**
 * The header vocabulary of a resultaträkning: which column holds what, read the way a controller
 * reads it. One function per question so each rule lives in one place.
 */
import type { StatementField } from "../analysis";
import { normalize, yearsIn } from "../text";

export type StatementHeader =
  | { role: "field"; field: StatementField; year: number | null; partial: boolean }
  | { role: "label" }
  | { role: "comment" }
  | { role: "ignore" };

/** "jan–aug", "januari-mars", "t2", "delår", "per 31 mars": the column covers part of a year. */
const PARTIAL_PERIOD =
  /\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)[a-zåäö]*\.? ?[-–—/] ?[a-zåäö]+|\bdelår|\btertial|\bt[1-3]\b|\bkvartal|\bq[1-4]\b|\bper \d/;

const LABEL_HEADERS =
  /^(resultatrader|resultaträkning|rad|rader|konto|kontonamn|kontotext|benämning|post|poster|text|verksamhet|belopp|resultatrad|kostnadsslag|intäktsslag|kontoslag|specifikation|(belopp )?i? ?\(?(tkr|mnkr|mkr|kr|msek|tsek|ksek)\)?|(tkr|mnkr|mkr|kr)|tusental kronor|miljoner kronor|account|line)$|^belopp i /;

/** Deviation headings: Diff, Avvikelse, Avv., Budgetavvikelse, Återstår (what is left of the budget). */
const DEVIATION =
  /^(diff|avvikelse|avv\b|avv\.|budgetavvikelse|prognosavvikelse|differens|variance|deviation|återstår|återstående|kvar\b|beräknad avvikelse|resultatavvikelse)|avvikelse$|avvikelse (mot|från|jmf|helår|prognos)/;

/** Budget headings, including what a net-cost table calls its budget: Kommunbidrag, Anslag, Ram, Nettobudget. */
const BUDGET =
  /budget|kommunbidrag|regionbidrag|landstingsbidrag|\banslag|^(netto)?ram\b|budgetram|nettoram|^ramar\b|\bram (\d{4}|helår)/;

/** Outcome headings: Utfall, Nettokostnad, Netto, Utfall netto, Bokfört, Redovisat. */
const OUTCOME =
  /utfall|actual|bokfört|redovisat|verkligt|^nettokostnad|^netto\b|^nettokostnader|^net cost|^redovisning \d{4}/;

/** What a net-cost table heads its unit column with: "Nämnd/styrelse", "Verksamhet", "Driftredovisning (mnkr)". */
const UNIT_HEADERS =
  /^(nämnd|nämnder|styrelse|styrelse\/nämnd|förvaltning|förvaltningar|verksamhetsområde|verksamheter|område|enhet|ansvar|driftredovisning|driftsredovisning|resultaträkning|organisation)\b(?!.*(budget|utfall|prognos|avvikelse|netto))/;

/** A word the page hyphenated across a line break ("BUDGE-⏎TERAT", "Kommun-⏎bidrag") is one word. */
function dehyphenated(text: string): string {
  return text.replace(/([a-zåäöéü])-[ \t]*\r?\n\s*(?=[a-zåäöéü])/gi, "$1");
}

export function classifyStatementHeader(text: string): StatementHeader {
  const t = normalize(dehyphenated(text));
  if (t === "") return { role: "ignore" };
  if (/^(kommentar|kommentarer|orsak|förklaring|analys|anmärkning|comment)/.test(t)) {
    return { role: "comment" };
  }
  if (LABEL_HEADERS.test(t) || UNIT_HEADERS.test(t)) return { role: "label" };
  if (/^not(er)?$|^status|^måluppfyllelse|^index$/.test(t)) return { role: "ignore" };

  const year = yearsIn(t).pop() ?? null;
  const partial =
    PARTIAL_PERIOD.test(t) || /\back\b|\back\.|ackumulerat|ackumulerad|period/.test(t);
  const field = (f: StatementField): StatementHeader => ({
    role: "field",
    field: f,
    year,
    partial,
  });

  const isPct = /%|procent|\bproc\b/.test(t);
  if (/förändr|förändring|utveckling|change/.test(t))
    return isPct ? field("yoyPct") : { role: "ignore" };
  if (isPct) return { role: "ignore" };

  // Gross columns of a net-cost table ("Intäkter 2020", "Kostnader 2020") are neither outcome nor budget.
  if (/^(intäkter|kostnader|revenue|costs?|expenses)\b/.test(t) && !/netto|net\b/.test(t))
    return { role: "ignore" };

  if (DEVIATION.test(t)) {
    // Against last year is a change, not a deviation we check ("Avvikelse mot fg år").
    if (/\bfg\b|fg\.|föregående|fjol|förra/.test(t)) return { role: "ignore" };
    if (
      /prognos|helår|år$|helar|forecast|full.?year|beräknad|årsprognos/.test(t) &&
      !/månad|period|ack/.test(t)
    )
      return field("forecastDiff");
    return field("budgetDiff");
  }
  if (/prognos|forecast/.test(t)) return field("forecast");
  if (/fg\.? ?år|föregående|föreg\.|fjol|prior|last year|förra året/.test(t))
    return field("priorYear");
  if (BUDGET.test(t)) {
    if (/helår|årsbudget|budget år\b|hela året|full.?year|annual/.test(t))
      return field("fullYearBudget");
    return field("budget");
  }
  if (/^årsbudget|^helårsbudget/.test(t)) return field("fullYearBudget");
  if (OUTCOME.test(t)) return field("actual");
  // "Bokslut 2024" is an actual for a whole year; which year decides whether it is this year or the prior.
  if (/^bokslut/.test(t)) return field("actual");
  // "Resultat jan–sep 2017", "Resultat 2023": the period's outcome (a bare "Resultat" may be anything).
  if (/^resultat\b/.test(t) && (partial || year !== null)) return field("actual");
  return { role: "ignore" };
}

/**
 * A budget headed as a result ("Budgeterat resultat", "Resultatbudget"): its 0 is a budgeted balance, not
 * a missing budget.
 */
export function isResultBudgetHeader(text: string): boolean {
  const t = normalize(dehyphenated(text)).replace(/- /g, "");
  return /budget/.test(t) && /resultat(?!räkning)/.test(t);
}
