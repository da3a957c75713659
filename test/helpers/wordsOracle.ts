/**
 * An independent reader of the commentary: it recognises every sentence the statement sections may
 * write (its own patterns, per language; nothing of the generator's code), takes out what each
 * sentence claims (which row or total, which direction, which figures) and checks each claim against
 * the model's natural figures and against the figures quoted in the same sentence. A sentence it
 * does not recognise is a problem too, so no new wording escapes the check.
 */
import type { StatementAnalysis } from "../../src/core/analysis";
import type { Commentary } from "../../src/core/commentary";
import type { StatementSummary } from "../../src/core/statement/summary";
import type { Field, Line, Model } from "./wordsModel";

type Cmp = "budget" | "prior" | "forecast";
type Ctx = "summary" | "row";

type Claim =
  | { about: "result"; cmp: "budget" | "forecast"; dir: 1 | -1 | 0; amount: number | null }
  | { about: "subject"; who: string }
  /** "No material deviations from budget": there was an outcome to compare. */
  | { about: "budgetCompared" }
  | { about: "noOutcome" }
  | { about: "resultActual"; label: string; negative: boolean; amount: number }
  | {
      about: "total";
      kind: "cost" | "revenue";
      cmp: Cmp;
      /** true = above the reference in size, false = below, null = in line. */
      above: boolean | null;
      amount: number | null;
      ref: number;
      value: number;
      pct: number | null;
    }
  | { about: "mirroredRevenue"; cmp: Cmp; above: boolean; amount: number | null }
  | {
      about: "row";
      label: string;
      cmp: Cmp;
      above?: boolean;
      favourable?: boolean;
      amount?: number;
      ctx?: Ctx;
      pct?: number | null;
      largest?: boolean;
      unbudgetedActual?: number;
    }
  | { about: "allCosts"; above: boolean }
  | {
      about: "runRate";
      more: boolean | null;
      extrapolated: number;
      forecast: number;
      diff: number | null;
    };

interface Template {
  re: string;
  claims: (g: string[]) => Claim[];
}

export interface OracleInput {
  model: Model;
  statement: StatementAnalysis;
  summary: StatementSummary;
  commentary: Commentary;
}

// ---------- numbers as the reader sees them ----------

const SV_AMT = "\\d{1,3}(?:\\u00a0\\d{3})*(?:,\\d)?\\u00a0(?:tkr|mnkr)";
const EN_AMT = "\\d{1,3}(?:,\\d{3})*(?:\\.\\d)?\\u00a0(?:kSEK|MSEK)";
const SV_PCT = "\\d{1,3}(?:\\u00a0\\d{3})*(?:,\\d)?\\u00a0%";
const EN_PCT = "\\d{1,3}(?:,\\d{3})*(?:\\.\\d)?%";

/** A quoted amount in tkr. */
function tkrOf(text: string): number {
  if (text.startsWith("minus ")) return -tkrOf(text.slice(6));
  const m = /^([\d\u00a0,.]+)\u00a0(tkr|mnkr|kSEK|MSEK)$/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  const sv = m[2] === "tkr" || m[2] === "mnkr";
  const n = Number(sv ? m[1].replace(/\u00a0/g, "").replace(",", ".") : m[1].replace(/,/g, ""));
  return m[2] === "mnkr" || m[2] === "MSEK" ? n * 1000 : n;
}

/** Half the last shown digit of a quoted amount, in tkr. */
function slackOf(text: string): number {
  text = text.replace(/^minus /, "");
  return /mnkr|MSEK/.test(text) ? 50 + 1e-6 : 0.5 + 1e-6;
}

function pctOf(text: string): number {
  return Number(
    text
      .replace(/\u00a0/g, "")
      .replace("%", "")
      .replace(/,(?=\d$)/, ".")
      .replace(/,/g, ""),
  );
}

// ---------- the sentences, per language ----------

const L = "([^.]+?)";

function sv(): Template[] {
  const A = `(${SV_AMT})`;
  /** A figure (not a deviation): "minus" when it lies on the other side of zero from its kind. */
  const F = `((?:minus )?${SV_AMT})`;
  const P = `(${SV_PCT})`;
  const kindOf = (w: string): "cost" | "revenue" => (w === "Kostnaderna" ? "cost" : "revenue");
  return [
    {
      re: `${L} redovisar ett resultat i nivå med budget för [^.]+?\\.`,
      claims: (g) => [
        { about: "subject", who: g[1] },
        { about: "result", cmp: "budget", dir: 0, amount: null },
      ],
    },
    {
      re: `${L} redovisar ett (överskott|underskott) mot budget med ${A} för [^.]+?\\.`,
      claims: (g) => [
        { about: "subject", who: g[1] },
        { about: "result", cmp: "budget", dir: g[2] === "överskott" ? 1 : -1, amount: tkrOf(g[3]) },
      ],
    },
    {
      re: `(Kostnaderna|Intäkterna) är i nivå med budget \\(budget ${F}, utfall ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "budget", null, null, g[2], g[3])],
    },
    {
      re: `(Kostnaderna|Intäkterna) (överstiger|understiger) budget med ${A} \\(budget ${F}, utfall ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "budget", g[2] === "överstiger", g[3], g[4], g[5])],
    },
    {
      re: `Intäkterna följer kostnaderna och är i nivå med budget \\(budget ${F}, utfall ${F}\\)\\.`,
      claims: (g) => [total("revenue", "budget", null, null, g[1], g[2])],
    },
    {
      re: `Intäkterna följer kostnaderna och (överstiger|understiger) budget med ${A} \\(budget ${F}, utfall ${F}\\)\\.`,
      claims: (g) => [total("revenue", "budget", g[1] === "överstiger", g[2], g[3], g[4])],
    },
    {
      re: `Därför är ${L} (minus )?${A} i resultaträkningen, i nivå med budget\\.`,
      claims: (g) => [
        { about: "resultActual", label: g[1], negative: g[2] !== undefined, amount: tkrOf(g[3]) },
      ],
    },
    {
      re: `Helårsprognosen är i nivå med budget\\.`,
      claims: () => [{ about: "result", cmp: "forecast", dir: 0, amount: null }],
    },
    {
      re: `Helårsprognosen visar ett (överskott|underskott) mot budget med ${A}\\.`,
      claims: (g) => [
        {
          about: "result",
          cmp: "forecast",
          dir: g[1] === "överskott" ? 1 : -1,
          amount: tkrOf(g[2]),
        },
      ],
    },
    {
      re: `Samtliga kostnadsposter är (lägre|högre) än budgeterat\\.`,
      claims: (g) => [{ about: "allCosts", above: g[1] === "högre" }],
    },
    {
      re: `${L} är (högre|lägre) än budgeterat, (plus|minus) ${A}(, och står för den största (positiva|negativa) avvikelsen)?\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "budget",
          above: g[2] === "högre",
          favourable: g[3] === "plus",
          amount: tkrOf(g[4]),
          largest: g[5] !== undefined,
        },
        ...(g[5] !== undefined
          ? [
              {
                about: "row" as const,
                label: g[1],
                cmp: "budget" as const,
                favourable: g[6] === "positiva",
              },
            ]
          : []),
      ],
    },
    {
      re: `${L} saknar budget för perioden men har ett utfall på ${F}, (plus|minus) ${A}\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "budget",
          favourable: g[3] === "plus",
          amount: tkrOf(g[4]),
          unbudgetedActual: tkrOf(g[2]),
        },
      ],
    },
    {
      re: `Inga väsentliga avvikelser mot budget finns för perioden \\([^)]*\\)\\.`,
      claims: () => [{ about: "budgetCompared" }],
    },
    {
      re: `Tabellen saknar utfall för perioden, så någon jämförelse med budget kan inte göras\\.`,
      claims: () => [{ about: "noOutcome" }],
    },
    {
      re: `Den största avvikelsen finns inom ${L}, (plus|minus) ${A}\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "budget",
          favourable: g[2] === "plus",
          amount: tkrOf(g[3]),
        },
      ],
    },
    {
      re: `Även ([^.]+?) visar (?:en (positiv|negativ) avvikelse|(positiva|negativa) avvikelser)\\.`,
      claims: (g) => listed(g[1], "sv", (g[2] ?? g[3]).startsWith("positiv")),
    },
    {
      re: `En mindre (positiv|negativ) avvikelse finns inom ([^.]+?)\\.`,
      claims: (g) => listed(g[2], "sv", g[1] === "positiv"),
    },
    {
      re: `Mindre (positiva|negativa) avvikelser finns inom ([^.]+?)\\.`,
      claims: (g) => listed(g[2], "sv", g[1] === "positiva"),
    },
    {
      re: `Intäkterna följer kostnaderna: ${L} (understiger|överstiger) budget med ${A}, i motsvarande grad som kostnaderna, vilket tyder på att kostnaderna vidarefaktureras\\. Avvikelsen på intäktssidan är därför (ingen separat intäktsbrist|inget separat intäktsöverskott)\\.`,
      claims: (g) => [
        {
          about: "mirroredRevenue",
          cmp: "budget",
          above: g[2] === "överstiger",
          amount: tkrOf(g[3]),
        },
        {
          about: "mirroredRevenue",
          cmp: "budget",
          above: g[4].endsWith("överskott"),
          amount: null,
        },
      ],
    },
    {
      re: `Resultaträkningen saknar utfall för föregående år, så någon jämförelse kan inte göras\\.`,
      claims: () => [],
    },
    {
      re: `(Kostnaderna|Intäkterna) är i nivå med föregående år \\(utfall ${F}, föregående år ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "prior", null, null, g[3], g[2])],
    },
    {
      re: `(Kostnaderna|Intäkterna) har (ökat|minskat) med ${A}(?: eller ${P})? jämfört med föregående år \\(utfall ${F}, föregående år ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "prior", g[2] === "ökat", g[3], g[6], g[5], g[4])],
    },
    { re: `Intäkterna följer kostnaderna och är i nivå med föregående år\\.`, claims: () => [] },
    {
      re: `Intäkterna följer kostnaderna och har (ökat|minskat) med ${A}\\.`,
      claims: (g) => [
        { about: "mirroredRevenue", cmp: "prior", above: g[1] === "ökat", amount: tkrOf(g[2]) },
      ],
    },
    {
      re: `${L} har (ökat|minskat) med ${A}(?: eller ${P})? jämfört med föregående år\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "prior",
          above: g[2] === "ökat",
          amount: tkrOf(g[3]),
          pct: g[4] ? pctOf(g[4]) : null,
        },
      ],
    },
    {
      re: `Ingen enskild rad visar någon väsentlig förändring jämfört med föregående år\\.`,
      claims: () => [],
    },
    {
      re: `Resultaträkningen saknar helårsprognos, så prognosen kan inte kommenteras\\.`,
      claims: () => [],
    },
    {
      re: `(Kostnaderna|Intäkterna) beräknas bli i nivå med budget \\(budget helår ${F}, prognos ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "forecast", null, null, g[2], g[3])],
    },
    {
      re: `Kostnaderna beräknas överskrida budget med ${A} \\(budget helår ${F}, prognos ${F}\\)\\.`,
      claims: (g) => [total("cost", "forecast", true, g[1], g[2], g[3])],
    },
    {
      re: `(Kostnaderna|Intäkterna) beräknas bli ${A} (högre|lägre) än budget \\(budget helår ${F}, prognos ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "forecast", g[3] === "högre", g[2], g[4], g[5])],
    },
    { re: `Intäkterna följer kostnaderna i prognosen\\.`, claims: () => [] },
    {
      re: `${L} beräknas (?:överskrida budget med ${A}|bli ${A} (högre|lägre) än budget)(?:, medan ${L} beräknas (?:överskrida budget med ${A}|bli ${A} (högre|lägre) än budget))?\\.`,
      claims: (g) => [
        forecastRow(g[1], g[2], g[3], g[4]),
        ...(g[5] !== undefined ? [forecastRow(g[5], g[6], g[7], g[8])] : []),
      ],
    },
    {
      re: `Ingen enskild rad väntas avvika väsentligt från budget för helåret\\.`,
      claims: () => [],
    },
    {
      re: `(?:Kostnaderna|Intäkterna) för [^.]+? uppräknade linjärt till helår blir ${A}, (?:i linje med prognosen ${A}|vilket är ${A} (mer|mindre) än prognosen ${A}\\. Skillnaden överstiger väsentlighetsgränsen, så prognosen behöver motiveras)\\.`,
      claims: (g) => [
        runRate(g[1], g[2] ?? g[5], g[3], g[4] === undefined ? null : g[4] === "mer"),
      ],
    },
    {
      re: `Ytterligare (?:en post visar en väsentlig avvikelse|[\\d\\u00a0]+ poster visar väsentliga avvikelser)\\.`,
      claims: () => [],
    },
  ];
}

function en(): Template[] {
  const A = `(${EN_AMT})`;
  const F = `((?:minus )?${EN_AMT})`;
  const P = `(${EN_PCT})`;
  const kindOf = (w: string): "cost" | "revenue" => (w.startsWith("Costs") ? "cost" : "revenue");
  const S = "(Costs are|Revenue is)";
  return [
    {
      re: `${L} reports a result in line with budget for [^.]+?\\.`,
      claims: (g) => [
        { about: "subject", who: g[1] },
        { about: "result", cmp: "budget", dir: 0, amount: null },
      ],
    },
    {
      re: `${L} reports a (surplus|deficit) against budget of ${A} for [^.]+?\\.`,
      claims: (g) => [
        { about: "subject", who: g[1] },
        { about: "result", cmp: "budget", dir: g[2] === "surplus" ? 1 : -1, amount: tkrOf(g[3]) },
      ],
    },
    {
      re: `${S} in line with budget \\(budget ${F}, actual ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "budget", null, null, g[2], g[3])],
    },
    {
      re: `${S} ${A} (above|below) budget \\(budget ${F}, actual ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "budget", g[3] === "above", g[2], g[4], g[5])],
    },
    {
      re: `Revenue follows costs and is in line with budget \\(budget ${F}, actual ${F}\\)\\.`,
      claims: (g) => [total("revenue", "budget", null, null, g[1], g[2])],
    },
    {
      re: `Revenue follows costs and is ${A} (below|above) budget \\(budget ${F}, actual ${F}\\)\\.`,
      claims: (g) => [total("revenue", "budget", g[2] === "above", g[1], g[3], g[4])],
    },
    {
      re: `${L} in the income statement is therefore (minus )?${A}, in line with budget\\.`,
      claims: (g) => [
        { about: "resultActual", label: g[1], negative: g[2] !== undefined, amount: tkrOf(g[3]) },
      ],
    },
    {
      re: `The full-year forecast is in line with budget\\.`,
      claims: () => [{ about: "result", cmp: "forecast", dir: 0, amount: null }],
    },
    {
      re: `The full-year forecast shows a (surplus|deficit) against budget of ${A}\\.`,
      claims: (g) => [
        { about: "result", cmp: "forecast", dir: g[1] === "surplus" ? 1 : -1, amount: tkrOf(g[2]) },
      ],
    },
    {
      re: `All cost lines are (below|above) budget\\.`,
      claims: (g) => [{ about: "allCosts", above: g[1] === "above" }],
    },
    {
      re: `${L} came in (above|below) budget, (plus|minus) ${A}(, the largest (favourable|unfavourable) deviation)?\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "budget",
          above: g[2] === "above",
          favourable: g[3] === "plus",
          amount: tkrOf(g[4]),
          largest: g[5] !== undefined,
        },
        ...(g[5] !== undefined
          ? [
              {
                about: "row" as const,
                label: g[1],
                cmp: "budget" as const,
                favourable: g[6] === "favourable",
              },
            ]
          : []),
      ],
    },
    {
      re: `${L} has no budget for the period but an actual of ${F}, (plus|minus) ${A}\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "budget",
          favourable: g[3] === "plus",
          amount: tkrOf(g[4]),
          unbudgetedActual: tkrOf(g[2]),
        },
      ],
    },
    {
      re: `There are no material deviations from budget for the period \\([^)]*\\)\\.`,
      claims: () => [{ about: "budgetCompared" }],
    },
    {
      re: `The table has no actuals for the period, so no comparison with budget can be made\\.`,
      claims: () => [{ about: "noOutcome" }],
    },
    {
      re: `The largest deviation is in ${L}, (plus|minus) ${A}\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "budget",
          favourable: g[2] === "plus",
          amount: tkrOf(g[3]),
        },
      ],
    },
    {
      re: `([^.]+?) also (?:shows an? (favourable|unfavourable) deviation|show (favourable|unfavourable) deviations)\\.`,
      claims: (g) => listed(g[1], "en", (g[2] ?? g[3]) === "favourable"),
    },
    {
      re: `A minor (favourable|unfavourable) deviation is found in ([^.]+?)\\.`,
      claims: (g) => listed(g[2], "en", g[1] === "favourable"),
    },
    {
      re: `Minor (favourable|unfavourable) deviations are found in ([^.]+?)\\.`,
      claims: (g) => listed(g[2], "en", g[1] === "favourable"),
    },
    {
      re: `Revenue follows costs: ${L} is ${A} (below|above) budget, matching the costs, which suggests that costs are re-invoiced\\. This is therefore not a separate revenue (shortfall|gain)\\.`,
      claims: (g) => [
        { about: "mirroredRevenue", cmp: "budget", above: g[3] === "above", amount: tkrOf(g[2]) },
        { about: "mirroredRevenue", cmp: "budget", above: g[4] === "gain", amount: null },
      ],
    },
    {
      re: `The statement has no prior-year actuals, so no comparison can be made\\.`,
      claims: () => [],
    },
    {
      re: `${S} in line with the prior year \\(actual ${F}, prior year ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "prior", null, null, g[3], g[2])],
    },
    {
      re: `(Costs have|Revenue has) (increased|decreased) by ${A}(?: or ${P})? compared with the prior year \\(actual ${F}, prior year ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "prior", g[2] === "increased", g[3], g[6], g[5], g[4])],
    },
    { re: `Revenue follows costs and is in line with the prior year\\.`, claims: () => [] },
    {
      re: `Revenue follows costs and has (increased|decreased) by ${A}\\.`,
      claims: (g) => [
        {
          about: "mirroredRevenue",
          cmp: "prior",
          above: g[1] === "increased",
          amount: tkrOf(g[2]),
        },
      ],
    },
    {
      re: `${L} (increased|decreased) by ${A}(?: or ${P})? compared with the prior year\\.`,
      claims: (g) => [
        {
          about: "row",
          label: g[1],
          cmp: "prior",
          above: g[2] === "increased",
          amount: tkrOf(g[3]),
          pct: g[4] ? pctOf(g[4]) : null,
        },
      ],
    },
    {
      re: `No single line shows a material change compared with the prior year\\.`,
      claims: () => [],
    },
    {
      re: `The statement has no full-year forecast, so the forecast cannot be discussed\\.`,
      claims: () => [],
    },
    {
      re: `${S} forecast in line with budget \\(full-year budget ${F}, forecast ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "forecast", null, null, g[2], g[3])],
    },
    {
      re: `${S} forecast ${A} (above|below) budget \\(full-year budget ${F}, forecast ${F}\\)\\.`,
      claims: (g) => [total(kindOf(g[1]), "forecast", g[3] === "above", g[2], g[4], g[5])],
    },
    { re: `Revenue follows costs in the forecast\\.`, claims: () => [] },
    {
      re: `The forecast for ${L} is ${A} (above|below) budget(?:, while the forecast for ${L} is ${A} (above|below) budget)?\\.`,
      claims: (g) => [
        forecastRow(g[1], undefined, g[2], g[3] === "above" ? "högre" : "lägre"),
        ...(g[4] !== undefined
          ? [forecastRow(g[4], undefined, g[5], g[6] === "above" ? "högre" : "lägre")]
          : []),
      ],
    },
    {
      re: `No single line is expected to deviate materially from budget for the full year\\.`,
      claims: () => [],
    },
    {
      re: `(?:Costs|Revenue) for [^.]+? extrapolated linearly to a full year come to ${A}, (?:in line with the forecast of ${A}|which is ${A} (more|less) than the forecast of ${A}\\. The difference exceeds the materiality threshold, so the forecast needs to be justified)\\.`,
      claims: (g) => [
        runRate(g[1], g[2] ?? g[5], g[3], g[4] === undefined ? null : g[4] === "more"),
      ],
    },
    {
      re: `(?:One more line shows a material deviation|[\\d,]+ more lines show material deviations)\\.`,
      claims: () => [],
    },
  ];
}

function total(
  kind: "cost" | "revenue",
  cmp: Cmp,
  above: boolean | null,
  amount: string | null,
  ref: string,
  value: string,
  pct?: string,
): Claim & { about: "total" } {
  const c: Claim & { about: "total" } = {
    about: "total",
    kind,
    cmp,
    above,
    amount: amount === null ? null : tkrOf(amount),
    ref: tkrOf(ref),
    value: tkrOf(value),
    pct: pct ? pctOf(pct) : null,
  };
  slack.set(c, slackOf(ref) + slackOf(value) + (amount ? slackOf(amount) : 0));
  return c;
}

/** How far a total's quoted figures may be off each other by rounding, in tkr. */
const slack = new WeakMap<Claim, number>();

function forecastRow(
  label: string,
  overrun: string | undefined,
  amount: string | undefined,
  word: string | undefined,
): Claim {
  if (overrun !== undefined)
    return {
      about: "row",
      label,
      cmp: "forecast",
      above: true,
      favourable: false,
      amount: tkrOf(overrun),
    };
  return {
    about: "row",
    label,
    cmp: "forecast",
    above: word === "högre",
    amount: tkrOf(amount as string),
  };
}

function runRate(
  extrapolated: string,
  forecast: string,
  diff: string | undefined,
  more: boolean | null,
): Claim {
  const c: Claim = {
    about: "runRate",
    more,
    extrapolated: tkrOf(extrapolated),
    forecast: tkrOf(forecast),
    diff: diff === undefined ? null : tkrOf(diff),
  };
  slack.set(c, slackOf(extrapolated) + slackOf(forecast) + (diff ? slackOf(diff) : 0));
  return c;
}

/** "personal-, lokal- och övriga kostnader" → one claim per line named (resolved in verify). */
function listed(text: string, lang: "sv" | "en", favourable: boolean): Claim[] {
  return [{ about: "row", label: `\u0000list:${lang}:${text}`, cmp: "budget", favourable }];
}

/**
 * The lines a list names: labels as written (any case), or contracted to their head before a shared
 * noun ("personal-" for Personalkostnader, "övriga" for Övriga kostnader), separated by ", " and
 * "och"/"and"; labels may themselves hold "och" ("Kultur- och fritidsnämnden"), so this backtracks.
 */
function parseList(text: string, lang: "sv" | "en", lines: Line[]): Line[] | null {
  for (const end of [null, "kostnader", "intäkter"]) {
    const r = parseListEnding(text, lang, lines, end);
    // Contracted heads share the noun the last label ends with.
    if (r && (end === null || (r.length > 0 && r[r.length - 1].label.toLowerCase().endsWith(end))))
      return r;
  }
  return null;
}

function parseListEnding(
  text: string,
  lang: "sv" | "en",
  lines: Line[],
  end: string | null,
): Line[] | null {
  const t = text.toLowerCase();
  const forms: { form: string; line: Line | null }[] = [];
  for (const l of lines) {
    const x = l.label.toLowerCase();
    forms.push({ form: x, line: l });
    if (end === null || !x.endsWith(end) || x.length === end.length) continue;
    const head = x.slice(0, -end.length);
    forms.push({
      form: head.endsWith(" ") ? head.trimEnd() : head.endsWith("-") ? head : `${head}-`,
      line: l,
    });
  }
  const other = lang === "sv" ? /^[\d\u00a0]+ andra poster/ : /^[\d,]+ other lines/;
  const seps = [", ", lang === "sv" ? " och " : " and "];
  const go = (pos: number): Line[] | null => {
    const rest = t.slice(pos);
    const options = forms.filter((f) => rest.startsWith(f.form));
    const o = other.exec(rest);
    if (o) options.push({ form: o[0], line: null });
    for (const f of options) {
      const end = pos + f.form.length;
      const tail = (): Line[] | null => {
        if (end === t.length) return [];
        for (const sep of seps)
          if (t.startsWith(sep, end)) {
            const r = go(end + sep.length);
            if (r) return r;
          }
        return null;
      };
      const r = tail();
      if (r) return f.line ? [f.line, ...r] : r;
    }
    return null;
  };
  return go(0);
}

// ---------- the truth ----------

/** How often each sentence pattern was recognised (by language and position), for the property's own coverage. */
export const recognised = new Map<string, number>();

export function patternCount(lang: "sv" | "en"): number {
  return (lang === "sv" ? sv() : en()).length;
}

export function checkCommentary(input: OracleInput): string[] {
  const { model, commentary } = input;
  const problems: string[] = [];
  const templates = (model.lang === "sv" ? sv() : en()).map((t, i) => ({
    ...t,
    id: `${model.lang}${i}`,
    rx: new RegExp(`^(?:${t.re})(?= |$)`),
  }));
  const placeholder = model.lang === "sv" ? "[Orsak: …]" : "[Cause: …]";
  for (const section of commentary.sections) {
    if (!["summary", "budget", "priorYear", "forecast"].includes(section.id)) continue;
    for (const paragraph of section.paragraphs) {
      const text = paragraph.split(placeholder).join("").replace(/ {2,}/g, " ").trim();
      let pos = 0;
      while (pos < text.length) {
        const rest = text.slice(pos);
        let matched: RegExpExecArray | null = null;
        let claims: Claim[] = [];
        for (const t of templates) {
          matched = t.rx.exec(rest);
          if (matched) {
            recognised.set(t.id, (recognised.get(t.id) ?? 0) + 1);
            claims = t.claims([...matched].map((x) => x as string));
            break;
          }
        }
        if (!matched) {
          problems.push(`unrecognised sentence in ${section.id}: «${rest}»`);
          break;
        }
        const sentence = matched[0];
        for (const c of claims)
          for (const p of verify(c, input)) problems.push(`${p} — «${sentence}»`);
        pos += sentence.length;
        while (text[pos] === " ") pos++;
      }
    }
  }
  return problems;
}

const TKR_PER_TICK = (m: Model): number => (m.unit === "mnkr" ? 100 : 1);

function sumOf(m: Model, kind: "cost" | "revenue", f: Field): number {
  return m.lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.v[f], 0) * TKR_PER_TICK(m);
}

function pair(cmp: Cmp): [Field, Field] {
  return cmp === "budget"
    ? ["actual", "budget"]
    : cmp === "prior"
      ? ["actual", "priorYear"]
      : ["forecast", "fullYearBudget"];
}

/** The unit an amount of this size is shown in, and its sign after rounding there. */
function shownSign(valueTkr: number, ctx: Ctx, m: Model): 1 | -1 | 0 {
  const unit =
    m.amountStyle === "tkr"
      ? "tkr"
      : m.amountStyle === "mnkr"
        ? "mnkr"
        : ctx === "row"
          ? m.unit
          : Math.round(Math.abs(valueTkr)) >= 1000
            ? "mnkr"
            : "tkr";
  const step = unit === "mnkr" ? 100 : 1;
  const r = Math.round(Math.abs(valueTkr) / step + 1e-9);
  return r === 0 ? 0 : valueTkr > 0 ? 1 : -1;
}

function near(a: number, b: number, slackTkr: number): boolean {
  return Math.abs(a - b) <= slackTkr;
}

function amountSlack(m: Model, ctx: Ctx, valueTkr: number): number {
  const unit =
    m.amountStyle === "tkr"
      ? "tkr"
      : m.amountStyle === "mnkr"
        ? "mnkr"
        : ctx === "row"
          ? m.unit
          : Math.round(Math.abs(valueTkr)) >= 1000
            ? "mnkr"
            : "tkr";
  return unit === "mnkr" ? 50 + 1e-6 : 0.5 + 1e-6;
}

function matchLabel(text: string, lines: Line[]): Line | null {
  const t = text.replace(/^[”“](.*)[”“]$/, "$1").toLowerCase();
  for (const l of lines) {
    const x = l.label.toLowerCase();
    if (t === x || (t.startsWith(x) && ["na", "en", "n"].includes(t.slice(x.length)))) return l;
  }
  return null;
}

function verify(c: Claim, input: OracleInput): string[] {
  const { model: m, summary } = input;
  const out: string[] = [];
  const k = TKR_PER_TICK(m);
  switch (c.about) {
    case "budgetCompared":
      if (m.forecastOnly) out.push("says no deviations from budget of a table without outcome");
      break;
    case "noOutcome":
      if (!m.forecastOnly) out.push("says there is no outcome");
      break;
    case "subject": {
      // The organisation from the title rows, or the neutral subject; never the table's title.
      const neutral = m.lang === "sv" ? "Verksamheten" : "The organisation";
      if (c.who !== (m.organisation ?? neutral)) out.push(`the subject is «${c.who}»`);
      break;
    }
    case "result": {
      const [a, b] = pair(c.cmp);
      const mirror =
        c.cmp === "budget"
          ? summary.revenueFollowsCosts.budget
          : summary.revenueFollowsCosts.forecast;
      // Revenue that follows costs (re-invoicing) leaves the cost deviation as the result (summary.ts).
      const dev = mirror
        ? -(sumOf(m, "cost", a) - sumOf(m, "cost", b))
        : sumOf(m, "revenue", a) -
          sumOf(m, "cost", a) -
          (sumOf(m, "revenue", b) - sumOf(m, "cost", b));
      const sign = shownSign(dev, "summary", m);
      if (sign !== c.dir) out.push(`result against ${c.cmp} is ${dev} tkr, the text says ${c.dir}`);
      if (c.amount !== null && !near(c.amount, Math.abs(dev), amountSlack(m, "summary", dev)))
        out.push(`result quoted as ${c.amount} tkr, is ${Math.abs(dev)} tkr`);
      break;
    }
    case "resultActual": {
      const r = sumOf(m, "revenue", "actual") - sumOf(m, "cost", "actual");
      if (c.negative !== shownSign(r, "summary", m) < 0)
        out.push(`result is ${r} tkr, the text says ${c.negative ? "minus" : "plus"}`);
      if (!near(c.amount, Math.abs(r), amountSlack(m, "summary", r)))
        out.push(`result quoted as ${c.amount}, is ${r}`);
      break;
    }
    case "total": {
      const s = slack.get(c) ?? 0;
      // Against the figures quoted in the same sentence.
      if (c.above === true && c.value < c.ref - s)
        out.push(`says above, quotes ${c.value} against ${c.ref}`);
      if (c.above === false && c.value > c.ref + s)
        out.push(`says below, quotes ${c.value} against ${c.ref}`);
      if (c.above === null && !near(c.value, c.ref, s))
        out.push(`says in line, quotes ${c.value} against ${c.ref}`);
      if (c.amount !== null && !near(c.amount, Math.abs(c.value - c.ref), s))
        out.push(
          `quotes a difference of ${c.amount}, the figures differ by ${Math.abs(c.value - c.ref)}`,
        );
      // Against the table: the figures are one of its totals of that kind.
      const [fa, fb] = pair(c.cmp);
      const candidates: [number, number][] = [[sumOf(m, c.kind, fa), sumOf(m, c.kind, fb)]];
      if (m.type === "driftredovisning") {
        const other = c.kind === "cost" ? "revenue" : "cost";
        candidates.push([
          sumOf(m, c.kind, fa) - sumOf(m, other, fa),
          sumOf(m, c.kind, fb) - sumOf(m, other, fb),
        ]);
      }
      // A candidate that fits the quoted figures, the direction and the percentage clears the sentence.
      const judged = candidates.map(([v, r]) => {
        const fits =
          near(v, c.value, slackOf2(m, v)) &&
          near(r, c.ref, slackOf2(m, r)) &&
          (c.amount === null || near(c.amount, Math.abs(v - r), slackOf2(m, v - r)));
        if (!fits) return null;
        const wrong: string[] = [];
        if (c.above !== null && v > r !== c.above && v !== r)
          wrong.push(
            `${c.kind} total ${v} against ${r}, the text says ${c.above ? "above" : "below"}`,
          );
        // A percentage of the change in size, only where both figures lie on the kind's side of zero.
        const pct = r > 0 && v >= 0 ? (Math.abs(v - r) / r) * 100 : null;
        if (c.pct !== null && (pct === null || !near(c.pct, pct, 0.05 + 1e-6)))
          wrong.push(`quotes ${c.pct} %, the figures give ${pct}`);
        return wrong;
      });
      const fitting = judged.filter((j): j is string[] => j !== null);
      if (fitting.length === 0)
        out.push(
          `quoted ${c.kind} figures ${c.value} / ${c.ref} are no total of the table (${JSON.stringify(candidates)})`,
        );
      else if (!fitting.some((j) => j.length === 0)) out.push(...fitting[0]);
      break;
    }
    case "mirroredRevenue": {
      const [fa, fb] = pair(c.cmp);
      const v = sumOf(m, "revenue", fa);
      const r = sumOf(m, "revenue", fb);
      if (v !== r && v > r !== c.above)
        out.push(`revenue ${v} against ${r}, the text says ${c.above ? "above" : "below"}`);
      const unitSlack = Math.max(amountSlack(m, "row", v - r), amountSlack(m, "summary", v - r));
      if (c.amount !== null && !near(c.amount, Math.abs(v - r), unitSlack))
        out.push(`revenue difference quoted ${c.amount}, is ${Math.abs(v - r)}`);
      break;
    }
    case "allCosts": {
      const costs = m.lines.filter((l) => l.kind === "cost");
      if (costs.length < 2) out.push("'all cost lines' said of fewer than two");
      for (const l of costs)
        if (c.above ? !(l.v.actual > l.v.budget) : !(l.v.actual < l.v.budget))
          out.push(
            `${l.label}: ${l.v.actual} against budget ${l.v.budget}, the text says all are ${c.above ? "above" : "below"}`,
          );
      break;
    }
    case "runRate": {
      const s = slack.get(c) ?? 0;
      if (c.more === true && c.extrapolated < c.forecast - s) out.push("says more, quotes less");
      if (c.more === false && c.extrapolated > c.forecast + s) out.push("says less, quotes more");
      if (c.diff !== null && !near(c.diff, Math.abs(c.extrapolated - c.forecast), s))
        out.push("quoted difference does not add up");
      break;
    }
    case "row": {
      if (c.label.startsWith("\u0000list:")) {
        const lang = c.label.slice(6, 8) as "sv" | "en";
        const text = c.label.slice(9);
        const named = parseList(text, lang, m.lines);
        if (!named) out.push(`lists «${text}», which are no lines of the table`);
        else for (const l of named) out.push(...verify({ ...c, label: l.label }, input));
        break;
      }
      const line = matchLabel(c.label, m.lines);
      if (!line) {
        out.push(`names «${c.label}», which is no line of the table`);
        break;
      }
      const [fa, fb] = pair(c.cmp);
      const a = line.v[fa] * k;
      const b = line.v[fb] * k;
      const d = a - b;
      const where = `${line.label} (${line.kind}) ${fa} ${a} against ${fb} ${b}`;
      if (c.above !== undefined && (c.above ? !(d > 0) : !(d < 0)))
        out.push(`${where}: the text says ${c.above ? "above" : "below"}`);
      if (c.favourable !== undefined) {
        const fav = line.kind === "cost" ? d < 0 : d > 0;
        if (fav !== c.favourable)
          out.push(`${where}: the text calls it ${c.favourable ? "favourable" : "unfavourable"}`);
      }
      if (c.amount !== undefined) {
        if (!near(c.amount, Math.abs(d), amountSlack(m, "row", d)))
          out.push(`${where}: quotes ${c.amount}`);
        if (c.amount === 0) out.push(`${where}: a direction given to a zero amount`);
      }
      if (
        c.pct !== undefined &&
        c.pct !== null &&
        !(b > 0 && near(c.pct, (Math.abs(d) / b) * 100, 0.05 + 1e-6))
      )
        out.push(`${where}: quotes ${c.pct} %`);
      if (
        c.unbudgetedActual !== undefined &&
        (b !== 0 || !near(c.unbudgetedActual, a, amountSlack(m, "row", a)))
      )
        out.push(`${where}: said to have no budget and an outcome of ${c.unbudgetedActual}`);
      if (c.largest) {
        const level = (label: string) => input.statement.rows.find((r) => r.label === label)?.level;
        const mirror = summary.revenueFollowsCosts.budget;
        const larger = m.lines.find((o) => {
          if (o === line || level(o.label) !== level(line.label)) return false;
          if (mirror && o.kind === "revenue") return false;
          const od = (o.v.actual - o.v.budget) * k;
          const ofav = o.kind === "cost" ? od < 0 : od > 0;
          const fav = line.kind === "cost" ? d < 0 : d > 0;
          return od !== 0 && ofav === fav && Math.abs(od) > Math.abs(d);
        });
        if (larger)
          out.push(`${where}: called the largest, but ${larger.label} deviates more the same way`);
      }
      break;
    }
  }
  return out;
}

function slackOf2(m: Model, valueTkr: number): number {
  return amountSlack(m, "summary", valueTkr) + 1e-6;
}
