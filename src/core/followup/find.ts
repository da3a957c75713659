/**
 * One finder for the three follow-up tables: a header row whose cells name the table's roles (in any
 * order, anywhere on the sheet), then the rows under it until the table ends (scan.ts). Each table
 * kind only says which header words mean which role and which roles it needs.
 */
import { cellAt, gridRight, isBlank, type CellRange, type SheetGrid } from "../grid";
import { scanTables } from "../find/scan";
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

export interface FoundFollowup<R extends string> {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<R, number>>;
  /** Header row + rows, across the header's contiguous cells (unknown columns of the table included). */
  range: CellRange;
}

/** Header words we write ourselves: never read as the user's headers. */
const ownHeaders = new Set(FOLLOWUP_HEADERS.map((w) => normalize(w)));

function headerAt<R extends string>(
  sheet: SheetGrid,
  row: number,
  masked: ColumnMask,
  kind: FollowupKind<R>,
): Partial<Record<R, number>> | null {
  const found: Partial<Record<R, number>> = {};
  const texts: string[] = [];
  const right = gridRight(sheet);
  for (let c = sheet.left; c <= right; c++) {
    if (masked(row, c)) continue;
    const v = cellAt(sheet, row, c);
    if (typeof v !== "string") continue;
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
  return scanTables(
    sheet,
    within,
    (row) => headerAt(sheet, row, masked, kind),
    (_headerRow, columns, bottom) => ({
      limit: bottom,
      isBlankRow: (r) => colsOf(columns).every((c) => isBlank(cellAt(sheet, r, c))),
      counts: () => true,
    }),
    (headerRow, lastRow, columns) => {
      const cols = colsOf(columns);
      let left = Math.min(...cols);
      let right = Math.max(...cols);
      // The table's other columns (Ansvarig, Pluss, Nr) are part of it: its status goes right of them.
      const header = (c: number): boolean =>
        !masked(headerRow, c) &&
        !isBlank(cellAt(sheet, headerRow, c)) &&
        !ownHeaders.has(normalize(String(cellAt(sheet, headerRow, c))));
      while (left - 1 >= sheet.left && header(left - 1)) left--;
      while (right + 1 <= gridRight(sheet) && header(right + 1)) right++;
      if (within) {
        left = Math.max(left, within.left);
        right = Math.min(right, within.right);
      }
      return {
        sheet: sheet.name,
        headerRow,
        firstRow: headerRow + 1,
        lastRow,
        columns,
        range: { top: headerRow, left, bottom: lastRow, right },
      };
    },
  );
}

const starts = (t: string, words: string[]): boolean =>
  words.some((w) => t === w || new RegExp(`^${w}(?![a-zåäö])`).test(t));

export type GoalRole = "name" | "assessment" | "comment";
export const goalKind: FollowupKind<GoalRole> = {
  role: (t) => {
    if (
      starts(t, [
        "nämndens mål",
        "verksamhetens mål",
        "styrelsens mål",
        "målområde",
        "mål",
        "goal",
        "goals",
        "objective",
      ])
    )
      return "name";
    if (starts(t, ["bedömning", "status", "måluppfyllelse", "prognos", "assessment"]))
      return "assessment";
    if (starts(t, ["kommentar", "kommentarer", "analys", "comment", "comments"])) return "comment";
    return null;
  },
  required: ["name", "assessment"],
  // An indicator table ("Indikator | Mål | Utfall"), an action table ("Mål | Aktivitet | Status") or a
  // statement is not a goal table.
  rejects: (hs) =>
    hs.some((h) =>
      starts(h, [
        "indikator",
        "indikatorer",
        "nyckeltal",
        "målvärde",
        "utfall",
        "budget",
        "handlingsplan",
        "handlingsplaner",
        "aktivitet",
        "aktiviteter",
        "åtgärd",
        "åtgärder",
        "uppdrag",
        "risk",
        "kontrollmål",
        "kontrollmoment",
      ]),
    ),
};

export type ActionRole = "name" | "status" | "responsible" | "period" | "start" | "end" | "comment";
export const actionKind: FollowupKind<ActionRole> = {
  role: (t) => {
    if (
      starts(t, [
        "ingående aktiviteter/status",
        "ingående aktiviteter / status",
        "status",
        "läge",
        "state",
      ])
    )
      return "status";
    if (
      starts(t, [
        "handlingsplan",
        "handlingsplaner",
        "aktivitet",
        "aktiviteter",
        "åtgärd",
        "åtgärder",
        "uppdrag",
        "action",
        "actions",
        "activity",
        "activities",
      ])
    )
      return "name";
    if (starts(t, ["ansvarig", "ansvar", "responsible", "owner"])) return "responsible";
    if (starts(t, ["startdatum", "start", "påbörjas", "start date"])) return "start";
    if (
      starts(t, [
        "slutdatum",
        "klart senast",
        "klart datum",
        "klardatum",
        "slut",
        "end date",
        "due",
        "deadline",
      ])
    )
      return "end";
    if (starts(t, ["period", "tidplan", "tidsplan", "tidsperiod"])) return "period";
    if (starts(t, ["kommentar", "kommentarer", "comment", "comments"])) return "comment";
    return null;
  },
  required: ["name", "status"],
  rejects: (hs) => hs.some((h) => starts(h, ["risk", "kontrollmål", "kontrollmoment"])),
};

export type ControlRole = "risk" | "objective" | "result" | "comment" | "plannedActions";
export const controlKind: FollowupKind<ControlRole> = {
  role: (t) => {
    if (starts(t, ["risk", "risker", "riskbeskrivning"])) return "risk";
    if (starts(t, ["kontrollmål", "kontrollmoment", "kontroll", "control objective", "control"]))
      return "objective";
    if (starts(t, ["resultat av genomförda kontroller", "resultat", "bedömning", "result"]))
      return "result";
    if (starts(t, ["analys av resultat", "analys", "kommentar", "kommentarer", "comment"]))
      return "comment";
    if (starts(t, ["planerade åtgärder", "åtgärder", "planned actions"])) return "plannedActions";
    return null;
  },
  required: ["risk", "objective", "result"],
};
