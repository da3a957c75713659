/**
 * What a statement line is, read from its label the way a controller reads it:
 * revenue, cost or result; a total line or not; a section heading that sets the kind below it.
 */
import type { RowKind } from "../analysis";
import { normalize } from "../text";

// Result lines are checked first: "Verksamhetens nettokostnader" is a result, not a cost.
const RESULT =
  /resultat|nettokostnad|\bnetto\b(?!omsättning)|överskott|underskott|\bnet (result|cost)|surplus|deficit/;
// Specific before general: "Lämnade bidrag" is a cost although "bidrag" alone is revenue.
const COST_FIRST =
  /lämnade bidrag|bidrag till|transfereringar|kostnad|utgift|sociala avgifter|arbetsgivaravgift|löneskatt|expense|cost/;
const REVENUE =
  /intäkt|ersättning|erhållna|erhållen|bidrag|avgift|taxor|försäljning|skatteintäkt|statsbidrag|utjämning|revenue|income|sales|grant/;
const COST =
  /personal|lön|arvode|pension|sociala avgifter|lokal|hyr|avskrivning|nedskrivning|\bit\b|it-|material|tjänst|köp|konsult|förbrukning|resor|energi|drift|underhåll|ränt|staff|premises|depreciation|salar/;

// Net financial items are income when positive; they sit between result lines without being one.
const FINANCIAL_NET = /finansnetto|finansiellt netto|finansiella poster,? netto|netto finansiella/;

export function kindOfLabel(label: string): RowKind | null {
  const t = normalize(label);
  if (FINANCIAL_NET.test(t)) return "revenue";
  if (RESULT.test(t)) return "result";
  if (COST_FIRST.test(t) && !/intäkt/.test(t)) return "cost";
  if (REVENUE.test(t)) return "revenue";
  if (COST.test(t)) return "cost";
  return null;
}

/** A total line by its wording: Summa …, Totalt, Verksamhetens intäkter/kostnader, Delsumma. */
export function isTotalLabel(label: string): boolean {
  const t = normalize(label);
  if (FINANCIAL_NET.test(t)) return true;
  return /^(summa|s:a|totalt|total|delsumma|sum)\b|^verksamhetens (intäkter|kostnader)$|^(intäkter|kostnader),? (totalt|summa)$/.test(
    t,
  );
}

/** A total that nets the lines above it of every kind ("Summa", "Finansnetto"), not only its own kind's. */
export function isNetTotal(label: string): boolean {
  const t = normalize(label);
  return FINANCIAL_NET.test(t) || /^(summa|s:a|totalt|total|delsumma|sum)$/.test(t);
}

/** A section heading without figures: "Intäkter", "Kostnader", "Verksamhetens kostnader:". */
export function sectionKind(label: string): RowKind | null {
  const t = normalize(label).replace(/:$/, "");
  if (/^(verksamhetens )?(intäkter|revenue|income)$/.test(t)) return "revenue";
  if (/^(verksamhetens )?(kostnader|costs|expenses)$/.test(t)) return "cost";
  return null;
}

/**
 * In a sheet that stores costs as positive numbers, a net-cost line ("Nettokostnad") is positive too,
 * and lower is better; every other result line is better when higher.
 */
export function isNetCostLabel(label: string): boolean {
  return /nettokostnad|net cost/.test(normalize(label));
}

/** "varav personalkostnader", "– därav", "of which": a part of the line above, never summed. */
export function isVaravLabel(label: string): boolean {
  return /^[\s\-–—•*]*(varav|därav|of which)\b/i.test(label);
}
