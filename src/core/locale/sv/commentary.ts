/**
 * Swedish commentary phrases, in the register of the reference reports ("Personalkostnaderna är
 * lägre än budgeterat, plus 1 597 tkr"). Grammar that only Swedish needs (definite forms,
 * "lokal- och övriga kostnader") lives here too.
 */
import type { Period } from "../../analysis";
import type { CommentaryPhrases, MoneyKind } from "../../commentary/phrases";
import { above, count, plusMinus } from "../../commentary/shared";
import { formatNumber } from "../../format";
import { sv as terms } from "./terms";

/**
 * Single-word plural labels that take the definite ending -na ("Personalkostnader" →
 * "Personalkostnaderna"). Multi-word labels ("Övriga kostnader", "Verksamhetens intäkter") already
 * read as definite and stay as written, as do unknown labels.
 */
const PLURAL_NA =
  /(kostnader|intäkter|avgifter|ersättningar|avskrivningar|utgifter|hyror|räntor)$/i;
/** Singular nouns in -ing/-ning and -frånvaro ("Personalomsättning" → "Personalomsättningen"). */
const SINGULAR_EN = /(ning|ing)$/i;
const SINGULAR_N = /frånvaro$/i;

function isWord(label: string): boolean {
  return /^[A-Za-zÅÄÖÉåäöé][A-Za-zÅÄÖÉåäöé-]*$/.test(label);
}

function definite(label: string): string {
  if (!isWord(label)) return label;
  if (PLURAL_NA.test(label)) return `${label}na`;
  if (SINGULAR_EN.test(label)) return `${label}en`;
  if (SINGULAR_N.test(label)) return `${label}n`;
  return label;
}

/** Lower case inside a sentence, except acronyms ("IT-kostnader", "HME index"). */
function inline(text: string): string {
  if (text.length < 2) return text.toLowerCase();
  const second = text.charAt(1);
  const acronym = second === second.toUpperCase() && second !== second.toLowerCase();
  return acronym ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

const SHARED_ENDINGS = ["kostnader", "intäkter"];

/**
 * "lokalkostnader" + "övriga kostnader" → "lokal- och övriga kostnader": when every label ends
 * with the same noun, all but the last drop it (compounds keep a hyphen).
 */
function labelList(labels: string[]): string {
  if (labels.length < 2) return list(labels);
  for (const end of SHARED_ENDINGS) {
    if (!labels.every((l) => l.endsWith(end) && l.length > end.length)) continue;
    const heads = labels.slice(0, -1).map((l) => {
      const head = l.slice(0, -end.length);
      if (head.endsWith(" ")) return head.trimEnd();
      return head.endsWith("-") ? head : `${head}-`;
    });
    return list([...heads, labels[labels.length - 1]]);
  }
  return list(labels);
}

function monthsSoFar(period: Period): string {
  const last = terms.months[period.month - 1] ?? "";
  return period.month === 1 ? last : `${terms.months[0]}–${last}`;
}

function forPeriod(period: Period | null): string {
  if (period === null) return "för perioden";
  if (period.month >= 12) return `för helåret ${period.year}`;
  if (period.month === 1) return `för ${terms.months[0]} ${period.year}`;
  return `för perioden ${monthsSoFar(period)} ${period.year}`;
}

const KIND_SUBJECT: Record<MoneyKind, string> = { cost: "Kostnaderna", revenue: "Intäkterna" };

export const sv: CommentaryPhrases = {
  titles: {
    summary: "Sammanfattning av det ekonomiska läget",
    budget: "Väsentliga avvikelser i utfall mot budget",
    priorYear: "Väsentliga avvikelser mot föregående års utfall",
    forecast: "Helårsprognos",
    indicators: "Måluppfyllelse",
    checks: "Kontroller",
  },
  placeholder: "[Orsak: …]",
  neutralSubject: "Verksamheten",
  quote: (text) => `”${text}”`,
  definite,
  inline,
  labelList,
  otherLines: (n) => `${formatNumber(n)} andra poster`,
  moreRows: (n) =>
    n === 1
      ? "Ytterligare en post visar en väsentlig avvikelse."
      : `Ytterligare ${formatNumber(n)} poster visar väsentliga avvikelser.`,
  list,
  unitValue: (n, unit) => (unit === "" ? n : `${n}\u00a0${unit}`),
  negative: (text) => `minus ${text}`,
  forPeriod,
  monthsSoFar,

  summary: {
    result: (who, period, r) =>
      r.dir === 0
        ? `${who} redovisar ett resultat i nivå med budget ${period}.`
        : `${who} redovisar ett ${r.dir > 0 ? "överskott" : "underskott"} mot budget med ${r.text} ${period}.`,
    total: (kind, dev, budget, actual) =>
      dev.dir === 0
        ? `${KIND_SUBJECT[kind]} är i nivå med budget (budget ${budget}, utfall ${actual}).`
        : `${KIND_SUBJECT[kind]} ${above(kind, dev.dir) ? "överstiger" : "understiger"} budget med ${dev.text} (budget ${budget}, utfall ${actual}).`,
    resultTotal: (label, dev, budget, actual) =>
      dev.dir === 0
        ? `${label} redovisar ett resultat i nivå med budget (budgeterat resultat ${budget}, utfall ${actual}).`
        : `${label} redovisar ett ${dev.dir > 0 ? "överskott" : "underskott"} mot budget med ${dev.text} (budgeterat resultat ${budget}, utfall ${actual}).`,
    revenueMirrors: (dev, budget, actual) =>
      dev.dir === 0
        ? `Intäkterna följer kostnaderna och är i nivå med budget (budget ${budget}, utfall ${actual}).`
        : `Intäkterna följer kostnaderna och ${dev.dir < 0 ? "understiger" : "överstiger"} budget med ${dev.text} (budget ${budget}, utfall ${actual}).`,
    resultLine: (label, actual) =>
      `Därför är ${label} ${actual} i resultaträkningen, i nivå med budget.`,
    forecast: (r) =>
      r.dir === 0
        ? "Helårsprognosen är i nivå med budget."
        : `Helårsprognosen visar ett ${r.dir > 0 ? "överskott" : "underskott"} mot budget med ${r.text}.`,
  },

  budget: {
    allCosts: (dir) => `Samtliga kostnadsposter är ${dir > 0 ? "lägre" : "högre"} än budgeterat.`,
    row: (label, kind, dev, largest) => {
      const level = above(kind, dev.dir) ? "högre" : "lägre";
      const tail = largest
        ? `, och står för den största ${dev.dir > 0 ? "positiva" : "negativa"} avvikelsen`
        : "";
      return `${label} är ${level} än budgeterat, ${plusMinus(dev)}${tail}.`;
    },
    resultRow: (label, dev, largest) => {
      const tail = largest
        ? `, och står för den största ${dev.dir > 0 ? "positiva" : "negativa"} avvikelsen`
        : "";
      return `${label} redovisar ett ${dev.dir > 0 ? "överskott" : "underskott"} mot budget med ${dev.text}${tail}.`;
    },
    unbudgeted: (label, _kind, actual, dev) =>
      `${label} saknar budget för perioden men har ett utfall på ${actual}, ${plusMinus(dev)}.`,
    noMaterial: (threshold, pct) =>
      `Inga väsentliga avvikelser mot budget finns för perioden (väsentlighetsgräns ${threshold} och ${pct} av budget).`,
    noBudget: "Tabellen saknar budget för perioden, så utfallet kan inte jämföras med budget.",
    noOutcome:
      "Tabellen saknar utfall för perioden, så någon jämförelse med budget kan inte göras.",
    largest: (label, dev) => `Den största avvikelsen finns inom ${label}, ${plusMinus(dev)}.`,
    minor: (labels, n, dir, also) => {
      const adj = dir > 0 ? "positiv" : "negativ";
      const what = n === 1 ? `en ${adj} avvikelse` : `${adj}a avvikelser`;
      if (also) return `Även ${labels} visar ${what}.`;
      return n === 1
        ? `En mindre ${adj} avvikelse finns inom ${labels}.`
        : `Mindre ${adj}a avvikelser finns inom ${labels}.`;
    },
    revenueMirrors: (label, dev) =>
      `Intäkterna följer kostnaderna: ${label} ${dev.dir < 0 ? "understiger" : "överstiger"} budget med ${dev.text}, i motsvarande grad som kostnaderna, vilket tyder på att kostnaderna vidarefaktureras. Avvikelsen på intäktssidan är därför ${dev.dir < 0 ? "ingen separat intäktsbrist" : "inget separat intäktsöverskott"}.`,
  },

  priorYear: {
    noData:
      "Resultaträkningen saknar utfall för föregående år, så någon jämförelse kan inte göras.",
    total: (kind, change, pct, actual, prior) => {
      const tail = `jämfört med föregående år (utfall ${actual}, föregående år ${prior}).`;
      if (change.dir === 0)
        return `${KIND_SUBJECT[kind]} är i nivå med föregående år (utfall ${actual}, föregående år ${prior}).`;
      const verb = above(kind, change.dir) ? "ökat" : "minskat";
      return `${KIND_SUBJECT[kind]} har ${verb} med ${change.text}${pct ? ` eller ${pct}` : ""} ${tail}`;
    },
    revenueMirrors: (change) =>
      change.dir === 0
        ? "Intäkterna följer kostnaderna och är i nivå med föregående år."
        : `Intäkterna följer kostnaderna och har ${change.dir > 0 ? "ökat" : "minskat"} med ${change.text}.`,
    row: (label, kind, change, pct) =>
      `${label} har ${above(kind, change.dir) ? "ökat" : "minskat"} med ${change.text}${pct ? ` eller ${pct}` : ""} jämfört med föregående år.`,
    noMaterial: "Ingen enskild rad visar någon väsentlig förändring jämfört med föregående år.",
  },

  forecast: {
    noData: "Resultaträkningen saknar helårsprognos, så prognosen kan inte kommenteras.",
    total: (kind, dev, fyb, fc) => {
      const tail = `(budget helår ${fyb}, prognos ${fc}).`;
      if (dev.dir === 0) return `${KIND_SUBJECT[kind]} beräknas bli i nivå med budget ${tail}`;
      if (kind === "cost" && dev.dir < 0) {
        return `Kostnaderna beräknas överskrida budget med ${dev.text} ${tail}`;
      }
      return `${KIND_SUBJECT[kind]} beräknas bli ${dev.text} ${above(kind, dev.dir) ? "högre" : "lägre"} än budget ${tail}`;
    },
    revenueMirrors: "Intäkterna följer kostnaderna i prognosen.",
    rowClause: (label, kind, dev) =>
      kind === "cost" && dev.dir < 0
        ? `${label} beräknas överskrida budget med ${dev.text}`
        : `${label} beräknas bli ${dev.text} ${above(kind, dev.dir) ? "högre" : "lägre"} än budget`,
    contrast: (a, b) => `${a}, medan ${b}.`,
    noMaterial: "Ingen enskild rad väntas avvika väsentligt från budget för helåret.",
    runRate: (kind, months, extrapolated, fc, diff) => {
      const head = `${KIND_SUBJECT[kind]} för ${months} uppräknade linjärt till helår blir ${extrapolated}`;
      if (diff === null) return `${head}, i linje med prognosen ${fc}.`;
      return `${head}, vilket är ${diff.text} ${diff.dir > 0 ? "mer" : "mindre"} än prognosen ${fc}. Skillnaden överstiger väsentlighetsgränsen, så prognosen behöver motiveras.`;
    },
  },

  indicators: {
    count: (met, judged) => {
      if (judged === 0) return "Ingen av indikatorerna kan bedömas.";
      if (met === judged)
        return `${count(met, "indikator är uppfylld", "indikatorer är uppfyllda")}.`;
      if (met === 0) {
        return judged === 1
          ? "1 indikator är inte uppfylld."
          : `Ingen av de ${judged} indikatorerna är uppfylld.`;
      }
      return `${met} av ${judged} indikatorer är ${met === 1 ? "uppfylld" : "uppfyllda"}.`;
    },
    notMet: (name, actual, isAbove, target, fulfilment, close, gap) => {
      const near = close ? " men ligger nära" : "";
      if (gap !== null) return `${name}, ${actual}, ${gap} målet ${target}${near}.`;
      const verb = isAbove ? "överstiger" : "understiger";
      const f = fulfilment ? ` (måluppfyllelse ${fulfilment})` : "";
      return `${name}, ${actual}, ${verb} målet ${target}${near}${f}.`;
    },
    pointsGap: (points, above) => `${points} procentenheter ${above ? "över" : "under"}`,
    met: (items) =>
      `Målet är uppfyllt för ${list(
        items.map((i) =>
          i.gap !== null
            ? `${i.name} (utfall ${i.actual}, ${i.gap} målet ${i.target})`
            : `${i.name} (utfall ${i.actual}, mål ${i.target})`,
        ),
      )}.`,
    grey: (items) => {
      const what = count(items.length, "indikator kan", "indikatorer kan");
      const names = list(items.map((i) => (i.reason ? `${i.name} (${i.reason})` : i.name)));
      return `${what} inte bedömas: ${names}.`;
    },
    empty: "Indikatortabellen innehåller inga indikatorer.",
  },

  checks: {
    intro: (n) =>
      `Avstämningen av resultaträkningen hittade ${count(n, "värde", "värden")} som inte stämmer. Rätta ${n === 1 ? "det" : "dem"} innan rapporten publiceras.`,
    item: (cell, sheet, message) =>
      `Cell ${cell}${sheet === null ? "" : ` på bladet ${sheet}`}: ${message}`,
  },
};
