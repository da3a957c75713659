/** The words of the follow-up tables (goals, action plans, internal control), one module per language. */
import type { ActionState, ControlLevel, FollowupStatus, GoalFamily } from "../followup/types";

export type FollowupMessageCode =
  | "followupUnknownWord" // {word, table}
  | "followupDateUnreadable" // {text}
  | "followupPeriodUnknown"
  | "extraFollowupTable"; // {range, table}

export type FollowupTable = "goals" | "actions" | "controls";

export interface FollowupTerms {
  /** Headers of the status columns we write beside each table. */
  headers: Record<FollowupTable, string>;
  /** The table, mid-sentence ("målen"), for messages. */
  tableNames: Record<FollowupTable, string>;
  goalWords: Record<GoalFamily, Record<Exclude<FollowupStatus, "grey">, string>> & {
    grey: string;
  };
  actionWords: Record<ActionState, string>;
  controlWords: Record<ControlLevel, string>;
  messages: Record<FollowupMessageCode, (p: Record<string, string | number>) => string>;
  /** Analys-sheet labels. */
  sheet: {
    /** Captions of the item tables in the report document and the Analys sheet. */
    tables: Record<FollowupTable, string>;
    /** Under each table: how many items have each word ("Antal: Klar 2, Pågår 1."). */
    counts: (entries: [word: string, count: number][]) => string;
    /** Under the action table: what Försenad was judged against. */
    overdueRule: (periodEnd: string) => string;
    periodUnknown: string;
    /** Under a shortened table: how many items were left out and where they are. */
    itemsOmitted: (count: number) => string;
    columns: {
      goal: string;
      assessment: string;
      comment: string;
      action: string;
      status: string;
      end: string;
      responsible: string;
      risk: string;
      controlObjective: string;
      result: string;
    };
  };
  /** Commentary. Names reach these functions already quoted and safe. */
  commentary: {
    titles: Record<FollowupTable, string>;
    placeholder: string;
    quote: (text: string) => string;
    list: (items: string[]) => string;
    /** Ends a list of names too long to give in full: "5 till". */
    others: (count: number) => string;
    goals: {
      count: (family: GoalFamily, green: number, total: number) => string;
      /** One sentence per goal at risk / not met. */
      item: (family: GoalFamily, status: "yellow" | "red", name: string) => string;
      grey: (names: string[], count: number) => string;
      more: (count: number) => string;
      empty: string;
    };
    actions: {
      /** Counts per state for the counting sentence ("Av 12 aktiviteter är 2 genomförda, …"). */
      count: (total: number, parts: { key: ActionCountKey; n: number }[]) => string;
      late: (count: number, items: string[], more: number) => string;
      /** "Satsning kategoristyrning (slutdatum 2022-12-31)". */
      withEnd: (name: string, end: string | null) => string;
      explain: (name: string, comment: string) => string;
      periodUnknown: string;
      empty: string;
    };
    controls: {
      count: (total: number, parts: { key: ControlLevel; n: number }[]) => string;
      item: (level: "major" | "minor", name: string) => string;
      grey: (level: "notDone" | "empty" | "unknown", names: string[], count: number) => string;
      more: (level: "major" | "minor", count: number) => string;
      empty: string;
    };
  };
  cli: {
    found: (table: FollowupTable, range: string, count: number) => string;
    line: (name: string, word: string, extra: string | null) => string;
  };
}

/** The groups of the actions' counting sentence: in progress on time and late are told apart. */
export type ActionCountKey =
  "done" | "in-progress" | "late" | "planned" | "ongoing" | "cancelled" | "unknown";
