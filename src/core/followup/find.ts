/**
 * One finder for the three follow-up tables: a header row whose cells name the table's roles (in any
 * order, anywhere on the sheet), then the rows under it until the table ends (scan.ts). Each table
 * kind only says which header words mean which role and which roles it needs.
 */
import { cellAt, gridRight, hasTextCells, isBlank, type CellRange, type SheetGrid } from "../grid";
import { scanColumnTables, type FoundTable } from "../find/scan";
import type { ColumnMask } from "../find/statementTable";
import { FOLLOWUP_HEADERS } from "../locale/followup";
import { normalize } from "../text";

export interface FollowupKind<R extends string> {
  /** The role a header cell names, or null. Called with the normalised text. */
  role: (header: string) => R | null;
  required: R[];
  /** A header row that also reads as another table (an indicator table's "Mål") is not this one. */
  rejects?: (headers: string[]) => boolean;
}

/** Its range spans the header's contiguous cells (unknown columns of the table included). */
export type FoundFollowup<R extends string> = FoundTable<Partial<Record<R, number>>>;

/** Header words we write ourselves: never read as the user's headers. */
const ownHeaders = new Set(FOLLOWUP_HEADERS.map((w) => normalize(w)));

function headerAt<R extends string>(
  sheet: SheetGrid,
  row: number,
  masked: ColumnMask,
  kind: FollowupKind<R>,
): Partial<Record<R, number>> | null {
  // Each required role is named by a text cell of its own.
  if (!hasTextCells(sheet, row, kind.required.length)) return null;
  const found: Partial<Record<R, number>> = {};
  const texts: string[] = [];
  const right = gridRight(sheet);
  for (let c = sheet.left; c <= right; c++) {
    if (masked(row, c)) continue;
    const v = cellAt(sheet, row, c);
    // Headers are short; long texts (labels, comments) need no normalising.
    if (typeof v !== "string" || v.length > 80) continue;
    const t = normalize(v);
    if (t === "" || ownHeaders.has(t)) continue;
    texts.push(t);
    const role = kind.role(t);
    if (role !== null && found[role] === undefined) found[role] = c;
  }
  if (!kind.required.every((r) => found[r] !== undefined)) return null;
  if (kind.rejects?.(texts)) return null;
  return found;
}

export function findFollowupTables<R extends string>(
  sheet: SheetGrid,
  kind: FollowupKind<R>,
  masked: ColumnMask = () => false,
  within?: CellRange,
): FoundFollowup<R>[] {
  const colsOf = (c: Partial<Record<R, number>>): number[] =>
    Object.values(c).filter((x): x is number => typeof x === "number");
  // The table's other columns (Ansvarig, Pluss, Nr) are part of it: its status goes right of them.
  const header = (row: number, c: number): boolean =>
    !masked(row, c) &&
    !isBlank(cellAt(sheet, row, c)) &&
    !ownHeaders.has(normalize(String(cellAt(sheet, row, c))));
  const widen = (row: number, left: number, right: number): [number, number] => {
    while (left - 1 >= sheet.left && header(row, left - 1)) left--;
    while (right + 1 <= gridRight(sheet) && header(row, right + 1)) right++;
    return within ? [Math.max(left, within.left), Math.min(right, within.right)] : [left, right];
  };
  return scanColumnTables(
    sheet,
    within,
    (row) => headerAt(sheet, row, masked, kind),
    colsOf,
    widen,
  );
}

/** "Bedömning" and "Bedömning helår 2025", not "Bedömningsgrund". The words need no escaping. */
function wordsRe(words: string[]): RegExp {
  return new RegExp(`^(?:${words.join("|")})(?![a-zåäö])`);
}

/** A kind from its roles' header words (first match wins) and the words of tables it is not. */
function kind<R extends string>(
  roles: [R, string[]][],
  required: R[],
  notThis: string[] = [],
): FollowupKind<R> {
  const compiled = roles.map(([r, words]) => [r, wordsRe(words)] as [R, RegExp]);
  const reject = notThis.length > 0 ? wordsRe(notThis) : null;
  // Remembered per text: the scan asks about every cell of every row, three kinds over.
  const seen = new Map<string, R | null>();
  return {
    role: (t) => {
      let r = seen.get(t);
      if (r === undefined) {
        r = compiled.find(([, re]) => re.test(t))?.[0] ?? null;
        if (seen.size >= 20_000) seen.clear();
        seen.set(t, r);
      }
      return r;
    },
    required,
    rejects: reject ? (hs) => hs.some((h) => reject.test(h)) : undefined,
  };
}

/** The Swedish headers naming an action table's name column; a goal table is never one with these. */
const ACTION_NAMES_SV = [
  "handlingsplan",
  "handlingsplaner",
  "aktivitet",
  "aktiviteter",
  "åtgärd",
  "åtgärder",
  "uppdrag",
];

export type GoalRole = "name" | "assessment" | "comment";
export const goalKind = kind<GoalRole>(
  [
    [
      "name",
      [
        "nämndens mål",
        "verksamhetens mål",
        "styrelsens mål",
        "målområde",
        "mål",
        "goals?",
        "objectives?",
      ],
    ],
    ["assessment", ["bedömning", "status", "måluppfyllelse", "prognos", "assessment"]],
    ["comment", ["kommentar", "kommentarer", "analys", "comments?"]],
  ],
  ["name", "assessment"],
  // An indicator table ("Indikator | Mål | Utfall"), an action table ("Mål | Aktivitet | Status"),
  // a statement or a control plan is not a goal table.
  [
    "indikator",
    "indikatorer",
    "nyckeltal",
    "målvärde",
    "utfall",
    "budget",
    ...ACTION_NAMES_SV,
    "risk",
    "kontrollmål",
    "kontrollmoment",
  ],
);

export type ActionRole = "name" | "status" | "responsible" | "period" | "start" | "end" | "comment";
export const actionKind = kind<ActionRole>(
  [
    ["status", ["ingående aktiviteter ?/ ?status", "status", "läge", "state"]],
    ["name", [...ACTION_NAMES_SV, "actions?", "activity", "activities"]],
    ["responsible", ["ansvarig", "ansvar", "responsible", "owner"]],
    ["start", ["startdatum", "start", "påbörjas", "start date"]],
    [
      "end",
      [
        "slutdatum",
        "klart senast",
        "klart datum",
        "klardatum",
        "slut",
        "end date",
        "due",
        "deadline",
      ],
    ],
    ["period", ["period", "tidplan", "tidsplan", "tidsperiod"]],
    ["comment", ["kommentar", "kommentarer", "comments?"]],
  ],
  ["name", "status"],
  ["risk", "kontrollmål", "kontrollmoment"],
);

export type ControlRole = "risk" | "objective" | "result" | "comment" | "plannedActions";
export const controlKind = kind<ControlRole>(
  [
    ["risk", ["risk", "risker", "riskbeskrivning"]],
    ["objective", ["kontrollmål", "kontrollmoment", "kontroll", "control objective", "control"]],
    ["result", ["resultat av genomförda kontroller", "resultat", "bedömning", "result"]],
    ["comment", ["analys av resultat", "analys", "kommentar", "kommentarer", "comments?"]],
    ["plannedActions", ["planerade åtgärder", "åtgärder", "planned actions"]],
  ],
  ["risk", "objective", "result"],
);
