/**
 * From classified header cells to one column per field, resolving what the words alone leave open:
 * two year-labelled Utfall columns (the earlier is the prior year), and a lone "Budget 2025" beside a
 * forecast and a part-year actual (then it is the full-year budget).
 */
import type { StatementField } from "../analysis";
import type { StatementHeader } from "./statementHeaders";

export interface HeaderCell {
  col: number;
  text: string;
  header: StatementHeader;
  /** The parallel column group the column stands in (a heading above: Kommunen / Kommunkoncernen). */
  section?: number;
}

export interface ResolvedColumns {
  fields: Partial<Record<StatementField, number>>;
  headers: Partial<Record<StatementField, string>>;
  labelCols: number[];
  commentCol: number | null;
}

type FieldCell = HeaderCell & { header: Extract<StatementHeader, { role: "field" }> };

/**
 * Outcome columns in parallel groups (kommunen and kommunkoncernen, each with its years): the group the
 * budget stands in is the one followed up, so its outcome and prior year are read, wherever it stands.
 */
function inBudgetSection(actuals: FieldCell[], budgets: FieldCell[]): FieldCell[] {
  const sections = new Set(actuals.map((a) => a.section));
  if (sections.size < 2 || sections.has(undefined)) return actuals;
  // Parallel groups repeat their years: the latest year stands in more than one group.
  const latest = Math.max(...actuals.map((a) => a.header.year ?? -1));
  const withLatest = new Set(actuals.filter((a) => a.header.year === latest).map((a) => a.section));
  if (latest < 0 || withLatest.size < 2) return actuals;
  const section = budgets.find((b) => b.section !== undefined)?.section;
  const own = actuals.filter((a) => a.section === section);
  return own.length > 0 ? own : actuals;
}

export function resolveColumns(cells: HeaderCell[]): ResolvedColumns {
  const fields: Partial<Record<StatementField, number>> = {};
  const headers: Partial<Record<StatementField, string>> = {};
  const byField = new Map<StatementField, FieldCell[]>();
  const labelCols: number[] = [];
  let commentCol: number | null = null;
  for (const c of cells) {
    if (c.header.role === "label") labelCols.push(c.col);
    else if (c.header.role === "comment") commentCol ??= c.col;
    else if (c.header.role === "field") {
      const list = byField.get(c.header.field) ?? [];
      list.push(c as FieldCell);
      byField.set(c.header.field, list);
    }
  }
  /** A column read under one role belongs to another: it moves with its header text. */
  const move = (from: StatementField, to: StatementField): void => {
    fields[to] = fields[from];
    headers[to] = headers[from];
    delete fields[from];
    delete headers[from];
  };
  const take = (f: StatementField, c: FieldCell | undefined): void => {
    if (c && fields[f] === undefined) {
      fields[f] = c.col;
      headers[f] = c.text;
    }
  };

  // An explicit prior-year column wins over one inferred from years.
  take("priorYear", byField.get("priorYear")?.[0]);
  const actuals = inBudgetSection(byField.get("actual") ?? [], byField.get("budget") ?? []);
  if (actuals.length > 1 && actuals.every((a) => a.header.year !== null)) {
    const sorted = [...actuals].sort(
      (a, b) => (b.header.year ?? 0) - (a.header.year ?? 0) || a.col - b.col,
    );
    take("actual", sorted[0]);
    const prior = sorted.find((a) => (a.header.year ?? 0) < (sorted[0].header.year ?? 0));
    if (prior && prior.header.partial === sorted[0].header.partial) take("priorYear", prior);
  } else {
    const current = actuals.find((a) => a.header.year === null) ?? actuals[0];
    take("actual", current);
    const others = actuals.filter(
      (a) => a !== current && a.header.partial === current?.header.partial,
    );
    if (current && others.length > 0) take("priorYear", others[0]);
  }
  for (const f of ["fullYearBudget", "forecast", "budgetDiff", "forecastDiff", "yoyPct"] as const) {
    take(f, byField.get(f)?.[0]);
  }

  const budgets = byField.get("budget") ?? [];
  const actualPartial = actuals.find((a) => a.col === fields.actual)?.header.partial ?? false;
  if (budgets.length > 1 && fields.fullYearBudget === undefined) {
    // Two budget columns: the period one says so (ack, jan–mar), or else the first is the period budget.
    const period = budgets.find((b) => b.header.partial) ?? budgets[0];
    take("budget", period);
    take(
      "fullYearBudget",
      budgets.find((b) => b !== period),
    );
  } else if (
    budgets.length === 1 &&
    fields.fullYearBudget === undefined &&
    fields.forecast !== undefined &&
    actualPartial &&
    !budgets[0].header.partial
  ) {
    // "Utfall jan–aug 2025 | Budget 2025 | Prognos 2025": the budget is the year's, compared with the forecast.
    take("fullYearBudget", budgets[0]);
  } else {
    take("budget", budgets[0]);
  }
  // A deviation headed by an earlier year than the outcome's is last year's ("Avvikelse 2019" beside 2020).
  const actualYear = actuals.find((a) => a.col === fields.actual)?.header.year ?? null;
  const diffYear = (byField.get("budgetDiff") ?? []).find((d) => d.col === fields.budgetDiff)
    ?.header.year;
  if (actualYear !== null && diffYear != null && diffYear < actualYear) {
    const later = (byField.get("budgetDiff") ?? []).find(
      (d) => d.header.year === null || (d.header.year as number) >= actualYear,
    );
    delete fields.budgetDiff;
    delete headers.budgetDiff;
    take("budgetDiff", later);
  }
  // No outcome: a lone budget beside a forecast is the year's budget the forecast is measured against.
  if (
    fields.actual === undefined &&
    fields.forecast !== undefined &&
    fields.fullYearBudget === undefined &&
    fields.budget !== undefined
  ) {
    move("budget", "fullYearBudget");
  }
  // "Budgetavvikelse helår" in a year-end table without a forecast is the outcome's deviation.
  if (
    fields.forecast === undefined &&
    fields.forecastDiff !== undefined &&
    fields.budgetDiff === undefined &&
    fields.actual !== undefined &&
    fields.budget !== undefined
  ) {
    move("forecastDiff", "budgetDiff");
  }
  // With no period budget, a plain "Avvikelse" beside budget and forecast is the forecast's deviation.
  if (
    fields.budget === undefined &&
    fields.forecastDiff === undefined &&
    fields.budgetDiff !== undefined &&
    fields.forecast !== undefined &&
    fields.fullYearBudget !== undefined
  ) {
    move("budgetDiff", "forecastDiff");
  }
  return { fields, headers, labelCols, commentCol };
}
