/**
 * Pure derivations from an engine result to what the pane shows: sorting, amounts in the chosen
 * style, the summary figures and the address of a row to select. Kept out of the components so
 * they stay declarative and this stays unit-testable.
 */
import { cellAddress } from "../core/address";
import type { Analysis, StatementRow } from "../core/analysis";
import { commentaryToText } from "../core/commentary";
import type { Commentary, CommentarySection } from "../core/commentary/types";
import { formatAmount, formatPercent, roundTo } from "../core/format";
import { terms } from "../core/locale";
import type { UiStrings } from "../core/locale/sv/ui";
import type { WritePlan } from "../core/plan/types";
import type { AmountStyle, Lang } from "../core/settings";
import { convertMoney, type MoneyUnit } from "../core/units";

/** Rows with a budget to compare, material first, then by size of the deviation, then sheet order. */
export function sortDeviations(rows: StatementRow[]): StatementRow[] {
  return rows
    .filter((r) => r.budgetDeviation !== null)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if (a.r.material !== b.r.material) return a.r.material ? -1 : 1;
      const d = Math.abs(b.r.budgetDeviation ?? 0) - Math.abs(a.r.budgetDeviation ?? 0);
      return d !== 0 ? d : a.i - b.i;
    })
    .map((x) => x.r);
}

function displayUnit(unit: MoneyUnit, style: AmountStyle): MoneyUnit {
  return style === "auto" ? unit : style;
}

/** "+488 tkr", "-545 tkr", "0 tkr": favourable-positive amounts carry their sign, as reports write them. */
export function signedAmount(
  value: number,
  unit: MoneyUnit,
  style: AmountStyle,
  lang: Lang,
): string {
  const to = displayUnit(unit, style);
  const v = convertMoney(value, unit, to);
  const text = formatAmount(v, to, lang);
  return roundTo(v, to === "mnkr" ? 1 : 0) > 0 ? `+${text}` : text;
}

export function signedPercent(value: number | null, lang: Lang, none: string): string {
  if (value === null) return none;
  const text = formatPercent(value, 1, lang);
  return roundTo(value, 1) > 0 ? `+${text}` : text;
}

/** The range of a table row, so selecting an item selects the whole row of the table. */
export function rowAddress(row: number, table: { range: { left: number; right: number } }): string {
  return `${cellAddress(row, table.range.left)}:${cellAddress(row, table.range.right)}`;
}

export interface SummaryView {
  period: string;
  result: string | null;
  forecast: string | null;
  material: string;
  indicatorsMet: string | null;
}

export function summarise(
  analysis: Analysis,
  style: AmountStyle,
  lang: Lang,
  t: UiStrings,
): SummaryView {
  const p = analysis.period;
  const period = p
    ? t.summary.periodUntil(terms(lang).months[p.month - 1] ?? String(p.month), p.year)
    : t.summary.periodUnknown;
  const st = analysis.statement;
  let result: string | null = null;
  let forecast: string | null = null;
  let material = t.summary.noStatement;
  if (st) {
    // The last result line is the bottom line (Resultat, Nettokostnad); earlier ones are intermediate.
    const resultRows = st.rows.filter((r) => r.kind === "result");
    const bottom = resultRows[resultRows.length - 1];
    if (bottom?.budgetDeviation != null)
      result = signedAmount(bottom.budgetDeviation, st.unit, style, lang);
    if (bottom?.forecastDeviation != null)
      forecast = signedAmount(bottom.forecastDeviation, st.unit, style, lang);
    const mat = st.rows.filter((r) => r.material && !r.subtotal);
    material = t.summary.materialCount(mat.length, mat.filter((r) => r.status === "red").length);
  }
  let indicatorsMet: string | null = null;
  const items = analysis.indicators?.items ?? [];
  const judged = items.filter((i) => i.status !== "grey");
  if (judged.length > 0) {
    indicatorsMet = t.summary.ofTotal(
      judged.filter((i) => i.status === "green").length,
      judged.length,
    );
  }
  return { period, result, forecast, material, indicatorsMet };
}

/** One section as plain text, laid out as the command's --text output (commentaryToText). */
export function sectionText(s: CommentarySection, lang: Lang): string {
  return commentaryToText({ lang, sections: [s] });
}

/** The sheet the plan creates or replaces (the Analys sheet), for the "show sheet" link. */
export function analysisSheetOf(plan: WritePlan): string | null {
  for (const step of plan.steps) if (step.kind === "replaceSheet") return step.sheet;
  return null;
}

/** The sections the pane shows (those with text) as plain text, laid out as the command writes it. */
export function commentaryText(c: Commentary): string {
  return commentaryToText({ ...c, sections: c.sections.filter((s) => s.paragraphs.length > 0) });
}
