import type { Analysis } from "./analysis";

/** True when the analysis found something to write about. */
export function foundAnything(analysis: Analysis): boolean {
  return (
    analysis.statement !== null ||
    (analysis.indicators !== null && analysis.indicators.items.length > 0) ||
    [analysis.goals, analysis.actions, analysis.controls].some(
      (t) => t !== null && t.items.length > 0,
    )
  );
}
