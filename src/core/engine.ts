/**
 * The whole job in one pure call: snapshot in; analysis, commentary, report and write plan out.
 * Both the command and the add-in call this and then hand the plan to their adapter.
 */
import type { Analysis } from "./analysis";
import { analyzeSnapshot } from "./analyze";
import { generateCommentary } from "./commentary";
import type { Commentary } from "./commentary/types";
import type { Diagnostic } from "./diagnostics";
import type { WorkbookSnapshot } from "./grid";
import { buildRemovalPlan, buildWritePlan } from "./plan/build";
import type { WritePlan } from "./plan/types";
import { toReport } from "./toReport";
import type { Report } from "./report";
import type { Settings } from "./settings";

export interface EngineResult {
  analysis: Analysis;
  commentary: Commentary;
  report: Report;
  /** What to write. Apply it only when refusals is empty. */
  plan: WritePlan;
  /** Reasons the plan must not be applied (a protected target sheet, a foreign "Analys" sheet …). */
  refusals: Diagnostic[];
}

export function runEngine(snapshot: WorkbookSnapshot, settings: Settings): EngineResult {
  const analysis = analyzeSnapshot(snapshot, settings);
  const commentary = generateCommentary(analysis, settings);
  const { plan, refusals, notes } = buildWritePlan(snapshot, analysis, commentary, settings);
  analysis.diagnostics.push(...notes);
  const report = toReport(analysis, commentary, settings.lang);
  return { analysis, commentary, report, plan, refusals };
}

/** A plan that removes exactly what the product wrote (found by its markers), and nothing else. */
export function planRemoval(snapshot: WorkbookSnapshot): WritePlan {
  return buildRemovalPlan(snapshot).plan;
}

/** Why the removal plan must not be applied (a protected sheet holds our output); empty when it may. */
export function removalRefusals(snapshot: WorkbookSnapshot): Diagnostic[] {
  return buildRemovalPlan(snapshot).refusals;
}

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
