/** English words of the follow-up tables (--lang en). */
import { formatNumber } from "../../format";
import type { FollowupTerms } from "../followupTypes";

const n = (v: number): string => formatNumber(v, 0, "en");
const list = (items: string[]): string =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const enFollowup: FollowupTerms = {
  headers: { goals: "Goal status", actions: "Action status", controls: "Control status" },
  tableNames: {
    goals: "the goals",
    actions: "the action plans",
    controls: "the internal control plan",
  },
  goalWords: {
    plan: { green: "On track", yellow: "At risk", red: "Off track" },
    fulfilment: { green: "Met", yellow: "Partly met", red: "Not met" },
    grey: "Cannot be assessed",
  },
  actionWords: {
    done: "Done",
    "in-progress": "In progress",
    late: "Late",
    planned: "Not started",
    ongoing: "Ongoing",
    cancelled: "Cancelled",
    unknown: "Cannot be assessed",
  },
  controlWords: {
    none: "No deviation",
    minor: "Minor deviation",
    major: "Major deviation",
    notDone: "Not carried out",
    empty: "Cannot be assessed",
    unknown: "Cannot be assessed",
  },
  messages: {
    followupUnknownWord: (p) =>
      `The word "${p.word}" in ${p.table} is not recognised; the cell is marked Cannot be assessed.`,
    followupDateUnreadable: (p) => `"${p.text}" cannot be read as a date; it is not used.`,
    followupPeriodUnknown: () =>
      "The reporting period is unknown, so end dates were not judged for delays. Give the period (YYYY-MM) in the settings or with --period, or write the report date in a title row (“Uppföljning per 2025-08-31”).",
    extraFollowupTable: (p) =>
      `Another table of ${p.table} is in ${p.range}; the first one was analysed.`,
  },
  sheet: {
    tables: {
      goals: "Goals and assessment",
      actions: "Activities and status",
      controls: "Controls and results",
    },
    counts: (entries) => `Count: ${entries.map(([w, c]) => `${w} ${n(c)}`).join(", ")}.`,
    overdueRule: (end) =>
      `Late: not done, not ongoing and the end date on or before ${end} (end of the period).`,
    periodUnknown:
      "Delays were not judged: the reporting period is unknown (set it in the settings).",
    itemsOmitted: (count) =>
      `${n(count)} more rows are not shown here; each row has its status in the column beside the table.`,
    columns: {
      goal: "Goal",
      assessment: "Assessment",
      comment: "Comment",
      action: "Activity",
      status: "Status",
      end: "End date",
      responsible: "Responsible",
      risk: "Risk",
      controlObjective: "Control objective",
      result: "Result",
    },
  },
  commentary: {
    titles: {
      goals: "Goal follow-up",
      actions: "Action plans and activities",
      controls: "Internal control follow-up",
    },
    placeholder: "[Cause: …]",
    quote: (t) => `“${t}”`,
    list,
    others: (count) => `${n(count)} more`,
    goals: {
      count: (family, green, total) =>
        family === "plan"
          ? `${n(green)} of ${n(total)} ${plural(total, "goal is", "goals are")} on track.`
          : `${n(green)} of ${n(total)} ${plural(total, "goal is", "goals are")} met.`,
      item: (family, status, name) => {
        if (family === "plan")
          return status === "yellow"
            ? `The goal ${name} is at risk of deviating from plan.`
            : `The goal ${name} is not expected to be reached as planned.`;
        return status === "yellow"
          ? `The goal ${name} is partly met.`
          : `The goal ${name} is not met.`;
      },
      grey: (names, count) =>
        `${n(count)} ${plural(count, "goal cannot", "goals cannot")} be assessed: ${list(names)}.`,
      more: (count) =>
        `A further ${n(count)} ${plural(count, "goal is", "goals are")} at risk or not met.`,
      empty: "The goal table holds no goals.",
    },
    actions: {
      count: (total, parts) => {
        const words: Record<string, (k: number) => string> = {
          done: (k) => `${n(k)} ${plural(k, "is", "are")} done`,
          "in-progress": (k) => `${n(k)} ${plural(k, "is", "are")} in progress on schedule`,
          late: (k) => `${n(k)} ${plural(k, "is", "are")} late`,
          planned: (k) => `${n(k)} ${plural(k, "has", "have")} not started`,
          ongoing: (k) => `${n(k)} ${plural(k, "is", "are")} ongoing`,
          cancelled: (k) => `${n(k)} ${plural(k, "was", "were")} cancelled`,
          unknown: (k) => `${n(k)} cannot be assessed`,
        };
        return `Of ${n(total)} ${plural(total, "activity", "activities")}, ${list(parts.map((p) => words[p.key](p.n)))}.`;
      },
      late: (count, items, more) =>
        `${n(count)} ${plural(count, "is", "are")} late: ${list(more > 0 ? [...items, `${n(more)} more`] : items)}.`,
      withEnd: (name, end) => (end ? `${name} (end date ${end})` : `${name} (no end date)`),
      explain: (name, comment) => `${name}: ${comment}`,
      periodUnknown: "Delays were not judged because the reporting period is not given.",
      empty: "The action plan table holds no activities.",
    },
    controls: {
      count: (total, parts) => {
        const words: Record<string, string> = {
          none: "no deviation",
          minor: "a minor deviation",
          major: "a major deviation",
        };
        const shown = parts.filter((p) => words[p.key]);
        const head = `Of ${n(total)} ${plural(total, "control", "controls")}`;
        if (shown.length === 0) return `${head}, none has a reported result.`;
        return `${head}, ${list(shown.map((p) => `${n(p.n)} ${plural(p.n, "shows", "show")} ${words[p.key]}`))}.`;
      },
      item: (level, name) =>
        level === "major" ? `Major deviation: ${name}.` : `Minor deviation: ${name}.`,
      grey: (level, names, count) => {
        const what =
          level === "notDone"
            ? plural(count, "was not carried out", "were not carried out")
            : level === "empty"
              ? plural(count, "has no result", "have no result")
              : plural(
                  count,
                  "has a result that cannot be assessed",
                  "have results that cannot be assessed",
                );
        return `${n(count)} ${plural(count, "control", "controls")} ${what}: ${list(names)}.`;
      },
      more: (level, count) =>
        `A further ${n(count)} ${plural(count, "control shows", "controls show")} a ${level === "major" ? "major" : "minor"} deviation.`,
      empty: "The internal control plan holds no controls.",
    },
  },
  cli: {
    found: (table, range, count) => {
      const what = { goals: "Goals", actions: "Action plans", controls: "Internal control" }[table];
      return `${what}: ${range} (${n(count)} rows)`;
    },
    line: (name, word, extra) => `  ${name}: ${word}${extra ? ` (${extra})` : ""}`,
  },
};
