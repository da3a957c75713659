/**
 * The user's choice of columns ("utfall=C,budget=D" or a header text per role), applied over what the
 * reading found. The settings schema parses the text; this gives it meaning on a table.
 */
import type { StatementColumns, StatementField } from "../analysis";
import { columnIndex } from "../address";
import { normalize } from "../text";
import type { RoleNote } from "./arithmeticRoles";

export type ColumnOverrides = Partial<Record<StatementField, string>>;

/** A role given "-" (or "ingen" / "none") has no column: the pane's "ingen", `--columns "prognos=-"`. */
export const NO_COLUMN = "-";
const NO_COLUMN_WORDS = new Set([NO_COLUMN, "ingen", "none"]);

/** The column a reference names: a letter ("C") or the text of a header in the table's header row. */
function resolveRef(ref: string, columns: StatementColumns): number | null {
  const trimmed = ref.trim();
  if (/^[A-Za-z]{1,3}$/.test(trimmed)) {
    const byHeader = (columns.numeric ?? []).find(
      (n) => normalize(n.header) === normalize(trimmed),
    );
    return byHeader ? byHeader.col : columnIndex(trimmed);
  }
  const want = normalize(trimmed);
  const numeric = columns.numeric ?? [];
  const exact = numeric.find((n) => normalize(n.header) === want);
  if (exact) return exact.col;
  const partial = numeric.filter((n) => normalize(n.header).includes(want));
  return partial.length === 1 ? partial[0].col : null;
}

/** Applies the overrides; returns notes for those applied and the references that named no column. */
export function applyOverrides(
  columns: StatementColumns,
  overrides: ColumnOverrides | null,
): { notes: RoleNote[]; unknown: { field: StatementField; ref: string }[] } {
  const notes: RoleNote[] = [];
  const unknown: { field: StatementField; ref: string }[] = [];
  if (!overrides) return { notes, unknown };
  for (const [field, ref] of Object.entries(overrides) as [StatementField, string][]) {
    if (!ref) continue;
    if (NO_COLUMN_WORDS.has(normalize(ref))) {
      delete columns.fields[field];
      delete columns.headers[field];
      continue;
    }
    const col = resolveRef(ref, columns);
    if (col === null || col === columns.label) {
      unknown.push({ field, ref });
      continue;
    }
    // One column, one role: the role that held the column before gives it up.
    for (const [other, c] of Object.entries(columns.fields) as [StatementField, number][]) {
      if (c === col && other !== field) {
        delete columns.fields[other];
        delete columns.headers[other];
      }
    }
    const header = (columns.numeric ?? []).find((n) => n.col === col)?.header ?? ref;
    columns.fields[field] = col;
    columns.headers[field] = header;
    notes.push({ field, col, header, how: "override" });
  }
  return { notes, unknown };
}

/** Role names a user may write in --columns, in either language, normalised. */
const ROLE_NAMES: Record<string, StatementField> = {
  utfall: "actual",
  actual: "actual",
  budget: "budget",
  "budget helår": "fullYearBudget",
  helårsbudget: "fullYearBudget",
  årsbudget: "fullYearBudget",
  fullyearbudget: "fullYearBudget",
  "full-year budget": "fullYearBudget",
  prognos: "forecast",
  forecast: "forecast",
  "föregående år": "priorYear",
  "fg år": "priorYear",
  prioryear: "priorYear",
  "prior year": "priorYear",
  avvikelse: "budgetDiff",
  deviation: "budgetDiff",
  prognosavvikelse: "forecastDiff",
};

/**
 * Parses "utfall=C,budget=D,prognos=F" (a letter or a header text per role); the role names of both
 * languages are accepted. Returns the overrides, or the first part it could not read.
 */
export function parseColumnsSetting(
  text: string,
): { ok: true; value: ColumnOverrides } | { ok: false; part: string } {
  const value: ColumnOverrides = {};
  for (const part of text.split(/[,;]/)) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0) return { ok: false, part: part.trim() };
    const role = ROLE_NAMES[normalize(part.slice(0, eq)).replace(/_/g, " ")];
    const ref = part.slice(eq + 1).trim();
    if (!role || ref === "") return { ok: false, part: part.trim() };
    value[role] = ref;
  }
  return Object.keys(value).length > 0 ? { ok: true, value } : { ok: false, part: text.trim() };
}
