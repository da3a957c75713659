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
  /^(resultatrader|resultaträkning|rad|rader|konto|kontonamn|kontotext|benämning|post|poster|text|verksamhet|belopp|resultatrad|(belopp )?i? ?\(?(tkr|mnkr|mkr|kr|msek|tsek|ksek)\)?|(tkr|mnkr|mkr|kr)|tusental kronor|miljoner kronor|account|line)$|^belopp i /;

export function classifyStatementHeader(text: string): StatementHeader {
  const t = normalize(text);
  if (t === "") return { role: "ignore" };
  if (/^(kommentar|kommentarer|orsak|förklaring|analys|anmärkning|comment)/.test(t)) {
    return { role: "comment" };
  }
  if (LABEL_HEADERS.test(t)) return { role: "label" };
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

  if (
    /^(diff|avvikelse|avv\b|avv\.|budgetavvikelse|prognosavvikelse|differens|variance|deviation)/.test(
      t,
    ) ||
    /avvikelse$/.test(t)
  ) {
    // Against last year is a change, not a deviation we check ("Avvikelse mot fg år").
    if (/\bfg\b|fg\.|föregående|fjol|förra/.test(t)) return { role: "ignore" };
    if (/prognos|helår|år$|helar|forecast|full.?year/.test(t) && !/månad|period|ack/.test(t))
      return field("forecastDiff");
    return field("budgetDiff");
  }
  if (/prognos|forecast/.test(t)) return field("forecast");
  if (/fg\.? ?år|föregående|föreg\.|fjol|prior|last year|förra året/.test(t))
    return field("priorYear");
  if (/budget/.test(t)) {
    if (/helår|årsbudget|budget år\b|hela året|full.?year|annual/.test(t))
      return field("fullYearBudget");
    return field("budget");
  }
  if (/^årsbudget|^helårsbudget/.test(t)) return field("fullYearBudget");
  if (/utfall|actual|bokfört|redovisat|verkligt/.test(t)) return field("actual");
  // "Bokslut 2024" is an actual for a whole year; which year decides whether it is this year or the prior.
  if (/^bokslut/.test(t)) return field("actual");
  return { role: "ignore" };
}
