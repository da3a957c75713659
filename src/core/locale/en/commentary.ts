/**
 * English commentary phrases: the same content as the Swedish in plain English. Workbook labels
 * are kept as written (no definite forms, no lower-casing), so sentences avoid verb agreement
 * with a label whose number English cannot know ("Personalkostnader came in below budget").
 */
import type { Period } from "../../analysis";
import type { CommentaryPhrases, MoneyKind } from "../../commentary/phrases";
import { above, count, plusMinus } from "../../commentary/shared";
import { formatNumber } from "../../format";
import { en as terms } from "./terms";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function monthsSoFar(period: Period): string {
  const last = terms.months[period.month - 1] ?? "";
  return period.month === 1 ? last : `${terms.months[0]}–${last}`;
}

function forPeriod(period: Period | null): string {
  if (period === null) return "for the period";
  if (period.month >= 12) return `for the full year ${period.year}`;
  return `for ${monthsSoFar(period)} ${period.year}`;
}

const KIND_SUBJECT: Record<MoneyKind, string> = { cost: "Costs", revenue: "Revenue" };
/** Verb agreement with the subject: "Costs are", "Revenue is". */
const BE: Record<MoneyKind, string> = { cost: "are", revenue: "is" };
const HAVE: Record<MoneyKind, string> = { cost: "have", revenue: "has" };

export const en: CommentaryPhrases = {
  titles: {
    summary: "Summary of the financial position",
    budget: "Material deviations from budget",
    priorYear: "Material changes from the prior year",
    forecast: "Full-year forecast",
    indicators: "Target fulfilment",
    checks: "Checks",
  },
  placeholder: "[Cause: …]",
  neutralSubject: "The organisation",
  quote: (text) => `“${text}”`,
  definite: (label) => label,
  inline: (label) => label,
  labelList: list,
  otherLines: (n) => `${formatNumber(n, 0, "en")} other lines`,
  moreRows: (n) =>
    n === 1
      ? "One more line shows a material deviation."
      : `${formatNumber(n, 0, "en")} more lines show material deviations.`,
  list,
  unitValue: (n, unit) => (unit === "" ? n : unit === "%" ? `${n}%` : `${n} ${unit}`),
  negative: (text) => `minus ${text}`,
  forPeriod,
  monthsSoFar,

  summary: {
    result: (who, period, r) =>
      r.dir === 0
        ? `${who} reports a result in line with budget ${period}.`
        : `${who} reports a ${r.dir > 0 ? "surplus" : "deficit"} against budget of ${r.text} ${period}.`,
    total: (kind, dev, budget, actual) =>
      dev.dir === 0
        ? `${KIND_SUBJECT[kind]} ${BE[kind]} in line with budget (budget ${budget}, actual ${actual}).`
        : `${KIND_SUBJECT[kind]} ${BE[kind]} ${dev.text} ${above(kind, dev.dir) ? "above" : "below"} budget (budget ${budget}, actual ${actual}).`,
    resultTotal: (label, dev, budget, actual) =>
      dev.dir === 0
        ? `${label} reports a result in line with budget (budgeted result ${budget}, actual ${actual}).`
        : `${label} reports a ${dev.dir > 0 ? "surplus" : "deficit"} against budget of ${dev.text} (budgeted result ${budget}, actual ${actual}).`,
    revenueMirrors: (dev, budget, actual) =>
      dev.dir === 0
        ? `Revenue follows costs and is in line with budget (budget ${budget}, actual ${actual}).`
        : `Revenue follows costs and is ${dev.text} ${dev.dir < 0 ? "below" : "above"} budget (budget ${budget}, actual ${actual}).`,
    resultLine: (label, actual) =>
      `${label} in the income statement is therefore ${actual}, in line with budget.`,
    forecast: (r) =>
      r.dir === 0
        ? "The full-year forecast is in line with budget."
        : `The full-year forecast shows a ${r.dir > 0 ? "surplus" : "deficit"} against budget of ${r.text}.`,
  },

  budget: {
    allCosts: (dir) => `All cost lines are ${dir > 0 ? "below" : "above"} budget.`,
    row: (label, kind, dev, largest) => {
      const tail = largest
        ? `, the largest ${dev.dir > 0 ? "favourable" : "unfavourable"} deviation`
        : "";
      return `${label} came in ${above(kind, dev.dir) ? "above" : "below"} budget, ${plusMinus(dev)}${tail}.`;
    },
    resultRow: (label, dev, largest) => {
      const tail = largest
        ? `, the largest ${dev.dir > 0 ? "favourable" : "unfavourable"} deviation`
        : "";
      return `${label} reports a ${dev.dir > 0 ? "surplus" : "deficit"} against budget of ${dev.text}${tail}.`;
    },
    unbudgeted: (label, _kind, actual, dev) =>
      `${label} has no budget for the period but an actual of ${actual}, ${plusMinus(dev)}.`,
    noMaterial: (threshold, pct) =>
      `There are no material deviations from budget for the period (materiality threshold ${threshold} and ${pct} of budget).`,
    noBudget: "The table has no budget for the period, so actuals cannot be compared with budget.",
    noOutcome: "The table has no actuals for the period, so no comparison with budget can be made.",
    largest: (label, dev) => `The largest deviation is in ${label}, ${plusMinus(dev)}.`,
    minor: (labels, n, dir, also) => {
      const adj = dir > 0 ? "favourable" : "unfavourable";
      if (also)
        return `${labels} also ${n === 1 ? `shows ${dir > 0 ? "a" : "an"} ${adj} deviation` : `show ${adj} deviations`}.`;
      return n === 1
        ? `A minor ${adj} deviation is found in ${labels}.`
        : `Minor ${adj} deviations are found in ${labels}.`;
    },
    revenueMirrors: (label, dev) =>
      `Revenue follows costs: ${label} is ${dev.text} ${dev.dir < 0 ? "below" : "above"} budget, matching the costs, which suggests that costs are re-invoiced. This is therefore not a separate revenue ${dev.dir < 0 ? "shortfall" : "gain"}.`,
  },

  priorYear: {
    noData: "The statement has no prior-year actuals, so no comparison can be made.",
    total: (kind, change, pct, actual, prior) => {
      const figures = `(actual ${actual}, prior year ${prior})`;
      if (change.dir === 0)
        return `${KIND_SUBJECT[kind]} ${BE[kind]} in line with the prior year ${figures}.`;
      const verb = above(kind, change.dir) ? "increased" : "decreased";
      return `${KIND_SUBJECT[kind]} ${HAVE[kind]} ${verb} by ${change.text}${pct ? ` or ${pct}` : ""} compared with the prior year ${figures}.`;
    },
    revenueMirrors: (change) =>
      change.dir === 0
        ? "Revenue follows costs and is in line with the prior year."
        : `Revenue follows costs and has ${change.dir > 0 ? "increased" : "decreased"} by ${change.text}.`,
    row: (label, kind, change, pct) =>
      `${label} ${above(kind, change.dir) ? "increased" : "decreased"} by ${change.text}${pct ? ` or ${pct}` : ""} compared with the prior year.`,
    noMaterial: "No single line shows a material change compared with the prior year.",
  },

  forecast: {
    noData: "The statement has no full-year forecast, so the forecast cannot be discussed.",
    total: (kind, dev, fyb, fc) => {
      const tail = `(full-year budget ${fyb}, forecast ${fc}).`;
      if (dev.dir === 0)
        return `${KIND_SUBJECT[kind]} ${BE[kind]} forecast in line with budget ${tail}`;
      return `${KIND_SUBJECT[kind]} ${BE[kind]} forecast ${dev.text} ${above(kind, dev.dir) ? "above" : "below"} budget ${tail}`;
    },
    revenueMirrors: "Revenue follows costs in the forecast.",
    rowClause: (label, kind, dev, first) =>
      `${first ? "The" : "the"} forecast for ${label} is ${dev.text} ${above(kind, dev.dir) ? "above" : "below"} budget`,
    contrast: (a, b) => `${a}, while ${b}.`,
    noMaterial: "No single line is expected to deviate materially from budget for the full year.",
    runRate: (kind, months, extrapolated, fc, diff) => {
      const head = `${KIND_SUBJECT[kind]} for ${months} extrapolated linearly to a full year come to ${extrapolated}`;
      if (diff === null) return `${head}, in line with the forecast of ${fc}.`;
      return `${head}, which is ${diff.text} ${diff.dir > 0 ? "more" : "less"} than the forecast of ${fc}. The difference exceeds the materiality threshold, so the forecast needs to be justified.`;
    },
  },

  indicators: {
    count: (met, judged) => {
      if (judged === 0) return "None of the indicators can be assessed.";
      if (met === judged) return `${count(met, "indicator is met", "indicators are met")}.`;
      if (met === 0) {
        return judged === 1
          ? "1 indicator is not met."
          : `None of the ${judged} indicators is met.`;
      }
      return `${met} of ${judged} indicators ${met === 1 ? "is" : "are"} met.`;
    },
    notMet: (name, actual, isAbove, target, fulfilment, close, gap) => {
      const near = close ? " but close" : "";
      if (gap !== null) return `${name}, ${actual}, is ${gap} the target ${target}${near}.`;
      const verb = isAbove ? "is above" : "is below";
      const f = fulfilment ? ` (fulfilment ${fulfilment})` : "";
      return `${name}, ${actual}, ${verb} the target ${target}${near}${f}.`;
    },
    pointsGap: (points, above) =>
      `${points} percentage point${points === "1" ? "" : "s"} ${above ? "above" : "below"}`,
    met: (items) =>
      `The target is met for ${list(
        items.map((i) =>
          i.gap !== null
            ? `${i.name} (outcome ${i.actual}, ${i.gap} the target ${i.target})`
            : `${i.name} (outcome ${i.actual}, target ${i.target})`,
        ),
      )}.`,
    grey: (items) => {
      const what = count(items.length, "indicator", "indicators");
      const names = list(items.map((i) => (i.reason ? `${i.name} (${i.reason})` : i.name)));
      return `${what} cannot be assessed: ${names}.`;
    },
    empty: "The indicator table holds no indicators.",
  },

  checks: {
    intro: (n) =>
      `The reconciliation of the income statement found ${count(n, "value", "values")} that do${n === 1 ? "es" : ""} not agree. Correct ${n === 1 ? "it" : "them"} before the report is published.`,
    item: (cell, sheet, message) =>
      `Cell ${cell}${sheet === null ? "" : ` on sheet ${sheet}`}: ${message}`,
  },
};
