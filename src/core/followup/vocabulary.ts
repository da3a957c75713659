/**
 * The words controllers use in follow-up tables, and what each one means. Matching is on the start
 * of the cell (after case and space folding, trailing punctuation dropped), so "Pågående (80 %)" and
 * "Risk för avvikelse från plan" read as their first words; negations are listed as their own words.
 * These are the sheet's words (input), not ours: the words we write live in the locale.
 */
import { normalize } from "../text";
import type {
  ActionState,
  ActionStatus,
  ControlLevel,
  FollowupStatus,
  GoalFamily,
  GreyReason,
} from "./types";

/** A letter after the word means it is another word ("klarta", "pågåendet"). */
const END = "(?![a-zåäöéü])";

function matcher<T>(entries: [string[], T][]): (text: string) => T | null {
  const list = entries.flatMap(([words, value]) => words.map((w) => [w, value] as [string, T]));
  // Longest first: "delvis uppfyllt" before "delvis", "ej påbörjad" before anything shorter.
  list.sort((a, b) => b[0].length - a[0].length);
  const compiled = list.map(([w, v]) => [new RegExp(`^${w}${END}`), v] as [RegExp, T]);
  return (text) => {
    const t = words(text);
    for (const [re, v] of compiled) if (re.test(t)) return v;
    return null;
  };
}

/** Lower case, one space, no surrounding quotes or trailing punctuation. */
export function words(text: string): string {
  return normalize(text)
    .replace(/^["'”“»«*\s]+/, "")
    .replace(/[.!:;,\s]+$/, "");
}

export const actionState = matcher<ActionState>([
  [
    [
      "klart",
      "klar",
      "genomförd",
      "genomfört",
      "avslutad",
      "avslutat",
      "slutförd",
      "slutfört",
      "färdig",
      "done",
      "completed",
    ],
    "done",
  ],
  [
    ["pågående", "pågår", "påbörjad", "påbörjat", "startad", "startat", "in progress"],
    "in-progress",
  ],
  [["försenad", "försenat", "försenade", "late", "delayed"], "late"],
  [
    [
      "planerat",
      "planerad",
      "ej startat",
      "ej startad",
      "ej påbörjad",
      "ej påbörjat",
      "inte påbörjad",
      "inte startad",
      "planned",
      "not started",
    ],
    "planned",
  ],
  [["löpande", "ongoing", "continuous"], "ongoing"],
  [
    [
      "avförd",
      "avfört",
      "borttagen",
      "borttaget",
      "stoppad",
      "stoppat",
      "struken",
      "struket",
      "cancelled",
      "canceled",
    ],
    "cancelled",
  ],
]);

type GoalMeaning = { status: FollowupStatus; family: GoalFamily | null; grey?: GreyReason };

export const goalMeaning = matcher<GoalMeaning>([
  [["går enligt plan", "enligt plan", "on track"], { status: "green", family: "plan" }],
  [
    [
      "uppfyllt",
      "uppfylld",
      "helt uppfyllt",
      "helt uppfylld",
      "uppnått",
      "uppnådd",
      "helt uppnått",
      "met",
      "achieved",
    ],
    { status: "green", family: "fulfilment" },
  ],
  [["risk för avvikelse", "risk of deviation", "at risk"], { status: "yellow", family: "plan" }],
  [
    [
      "delvis uppfyllt",
      "delvis uppfylld",
      "delvis uppnått",
      "delvis uppnådd",
      "delvis",
      "partly met",
      "partially met",
    ],
    { status: "yellow", family: "fulfilment" },
  ],
  [
    [
      "kommer inte att uppnås",
      "kommer ej att uppnås",
      "avvikelse från plan",
      "avviker från plan",
      "off track",
    ],
    { status: "red", family: "plan" },
  ],
  [
    [
      "ej uppfyllt",
      "ej uppfylld",
      "inte uppfyllt",
      "inte uppfylld",
      "ej uppnått",
      "ej uppnådd",
      "inte uppnått",
      "not met",
      "not achieved",
    ],
    { status: "red", family: "fulfilment" },
  ],
  [
    [
      "ej bedömd",
      "ej bedömt",
      "ej bedömt ännu",
      "kan ej bedömas",
      "kan inte bedömas",
      "not assessed",
      "cannot be assessed",
    ],
    { status: "grey", family: null, grey: "notAssessed" },
  ],
  [
    [
      "avser ej nämnd",
      "avser ej nämnden",
      "avser inte nämnden",
      "avser ej styrelsen",
      "ej nämndens mål",
      "not applicable",
    ],
    { status: "grey", family: null, grey: "notApplicable" },
  ],
]);

export const controlLevel = matcher<ControlLevel>([
  [
    [
      "ingen avvikelse",
      "inga avvikelser",
      "utan avvikelse",
      "utan anmärkning",
      "ingen anmärkning",
      "no deviation",
    ],
    "none",
  ],
  [["mindre avvikelse", "mindre avvikelser", "liten avvikelse", "minor deviation"], "minor"],
  [
    [
      "stor avvikelse",
      "stora avvikelser",
      "större avvikelse",
      "väsentlig avvikelse",
      "väsentliga avvikelser",
      "major deviation",
      "significant deviation",
    ],
    "major",
  ],
  [
    [
      "ej genomförd",
      "ej genomfört",
      "inte genomförd",
      "ej kontrollerad",
      "ej kontrollerat",
      "not carried out",
      "not performed",
    ],
    "notDone",
  ],
]);

export const CONTROL_STATUS: Record<ControlLevel, FollowupStatus> = {
  none: "green",
  minor: "yellow",
  major: "red",
  notDone: "grey",
  empty: "grey",
  unknown: "grey",
};

/** Colour of each action state (the reference map: white = löpande, grey = planerat). */
export const ACTION_STATUS: Record<ActionState, ActionStatus> = {
  done: "green",
  "in-progress": "yellow",
  late: "red",
  planned: "grey",
  ongoing: "none",
  cancelled: "grey",
  unknown: "grey",
};

/** States that can be overdue: the others are finished, continuous, or cannot be judged. */
export function canBeOverdue(state: ActionState): boolean {
  return state === "in-progress" || state === "planned" || state === "late";
}
