/** The analysis as the documented report JSON: stable field names, no internal positions. */
import { figuresOf, LINE_FIGURES, type Analysis } from "./analysis";
import type { Commentary } from "./commentary/types";
import { columnLetters, qualifiedAddress } from "./address";
import { followupReport } from "./followup/report";
import { renderDiagnostic } from "./locale";
import type { Report } from "./report";
import type { Lang } from "./settings";
import { budgetVerdict } from "./statement/summary";

export function toReport(analysis: Analysis, commentary: Commentary, lang: Lang): Report {
  const st = analysis.statement;
  const ind = analysis.indicators;
  const p = analysis.period;
  const sum = analysis.summary;
  return {
    statement: st && {
      sheet: st.sheet,
      range: qualifiedAddress(st.sheet, st.range),
      unit: st.unit,
      signConvention: st.signConvention,
      netCost: st.netCost,
      columns: Object.fromEntries(
        Object.entries(st.columns.fields).map(([k, c]) => [k, columnLetters(c as number)]),
      ),
      period: p ? `${p.year}-${String(p.month).padStart(2, "0")}` : null,
      rows: st.rows.map((r) => ({
        label: r.label,
        cell: r.cell,
        kind: r.kind,
        subtotal: r.subtotal,
        level: r.level,
        varav: r.varav,
        ...figuresOf(r, LINE_FIGURES),
        material: r.material,
        status: r.status,
        forecastStatus: r.forecastStatus,
        followsCosts: budgetVerdict(r, analysis.summary) === "followsCosts",
      })),
      checks: st.checks.map((c) => ({
        severity: c.severity,
        message: c.message,
        cell: c.cell,
        expected: c.expected,
        found: c.found,
      })),
    },
    summary: sum && {
      result: sum.result,
      resultSource: sum.resultSource,
      forecastResult: sum.forecastResult,
      forecastResultSource: sum.forecastResultSource,
      revenueFollowsCosts: { ...sum.revenueFollowsCosts },
      costs: sum.costs && { ...sum.costs },
      revenue: sum.revenue && { ...sum.revenue },
      resultRow: sum.resultRow && { label: sum.resultRow.label, cell: sum.resultRow.cell },
      materialLines: sum.materialLines,
      unfavourableMaterialLines: sum.unfavourableMaterialLines,
      runRate: sum.runRate.map((r) => ({ ...r })),
    },
    indicators: ind && {
      sheet: ind.sheet,
      range: qualifiedAddress(ind.sheet, ind.range),
      items: ind.items.map((i) => ({
        name: i.name,
        cell: i.cell,
        target: i.target && {
          direction: i.target.direction,
          value: i.target.value,
          unit: i.target.unit,
          text: i.target.text,
        },
        actual: i.actual,
        unit: i.unit,
        fulfilment: i.fulfilment,
        status: i.status,
        reason: i.reason,
      })),
    },
    ...followupReport(analysis),
    commentary,
    diagnostics: analysis.diagnostics.map((d) => ({
      severity: d.severity,
      message: renderDiagnostic(d, lang),
      cell: d.cell,
    })),
  };
}
