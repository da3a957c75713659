/**
 * The two use cases every surface runs — analyse-and-write and remove — over the workbook port, so the
 * pane, the ribbon command and the command line share one policy for what stops a write:
 *  1. nothing found (no statement, no indicators): nothing is written, not even an empty Analys sheet;
 *  2. refusals (a protected sheet, a foreign "Analys" sheet …): nothing is written;
 *  3. outputs the user edited since we wrote them: nothing is written unless the caller chose to
 *     replace them or to write beside them ("Analys 2"); the outcome names the changed cells.
 * The surfaces only word the outcome.
 */
import type { Analysis } from "../core/analysis";
import type { Diagnostic } from "../core/diagnostics";
import {
  planRemoval,
  removalRefusals,
  runEngine,
  type EngineOptions,
  type EngineResult,
} from "../core/engine";
import { foundAnything } from "../core/found";
import type { WorkbookSnapshot } from "../core/grid";
import type { EditedOutput } from "../core/plan/fingerprints";
import type { WritePlan } from "../core/plan/types";
import type { Settings } from "../core/settings";
import type { ApplyOptions, ApplyProgress, WorkbookPort } from "../workbook/port";

/** The pure core the use cases drive; injectable so component tests can pin results. */
export interface Engine {
  runEngine(snapshot: WorkbookSnapshot, settings: Settings, options?: EngineOptions): EngineResult;
  planRemoval(snapshot: WorkbookSnapshot): WritePlan;
  /** Why the removal must not be applied (our output sits on a protected sheet); empty when it may. */
  removalRefusals(snapshot: WorkbookSnapshot): Diagnostic[];
}

export const defaultEngine: Engine = { runEngine, planRemoval, removalRefusals };

/** What to do when the user changed outputs of ours: stop (and say which), replace them, or write beside. */
export type EditedChoice = "stop" | "replace" | "beside";

export interface WriteRequest {
  settings: Settings;
  onEdited: EditedChoice;
  onProgress?: (p: ApplyProgress) => void;
  /** Told the plan right before it is applied (the pane words what it is writing). */
  onPlanned?: (plan: WritePlan) => void;
  /** Show the analysis sheet once written (the ribbon: the sheet itself is the feedback). */
  activate?: boolean;
  engine?: Engine;
}

export type WriteOutcome = { snapshot: WorkbookSnapshot; result: EngineResult } & (
  | { kind: "written"; sheet: string | null }
  /** Nothing to analyse; `reasons` are the diagnostics that say why. Nothing was written. */
  | { kind: "nothingFound"; reasons: Diagnostic[] }
  | { kind: "refused"; refusals: Diagnostic[] }
  /** The user changed these outputs since we wrote them; nothing was written. */
  | { kind: "edited"; edited: EditedOutput[] }
);

/** The diagnostics that explain why nothing was found (errors, and "no statement" itself). */
export function nothingFoundReasons(analysis: Analysis): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.severity === "error" || d.code === "noStatement");
}

/** The sheet the plan creates or replaces (the Analys sheet). */
export function analysisSheetOf(plan: WritePlan): string | null {
  for (const step of plan.steps) if (step.kind === "replaceSheet") return step.sheet;
  return null;
}

/** Every changed cell of the edited outputs, in order, for a message. */
export function editedCells(edited: EditedOutput[]): string[] {
  return edited.flatMap((e) => e.cells);
}

/** Reads the workbook now (the plan must match it as it is), analyses, and writes unless a rule stops it. */
export async function analyzeAndWrite(
  port: WorkbookPort,
  req: WriteRequest,
): Promise<WriteOutcome> {
  const engine = req.engine ?? defaultEngine;
  const snapshot = await port.read();
  let result = engine.runEngine(snapshot, req.settings);
  if (!foundAnything(result.analysis))
    return {
      kind: "nothingFound",
      snapshot,
      result,
      reasons: nothingFoundReasons(result.analysis),
    };
  if (result.refusals.length > 0)
    return { kind: "refused", snapshot, result, refusals: result.refusals };
  if (result.edited.length > 0) {
    if (req.onEdited === "stop") return { kind: "edited", snapshot, result, edited: result.edited };
    if (req.onEdited === "beside") {
      result = engine.runEngine(snapshot, req.settings, { keepEdited: true });
      if (result.refusals.length > 0)
        return { kind: "refused", snapshot, result, refusals: result.refusals };
    }
  }
  const sheet = analysisSheetOf(result.plan);
  const options: ApplyOptions = req.activate && sheet ? { activate: sheet } : {};
  req.onPlanned?.(result.plan);
  await port.apply(result.plan, req.onProgress, options);
  return { kind: "written", snapshot, result, sheet };
}

export type RemoveOutcome =
  { kind: "removed" } | { kind: "nothingToRemove" } | { kind: "refused"; refusals: Diagnostic[] };

/** Removes exactly what we wrote (found by the markers); refuses when it sits on a protected sheet. */
export async function removeOutputs(
  port: WorkbookPort,
  options: { onProgress?: (p: ApplyProgress) => void; engine?: Engine } = {},
): Promise<RemoveOutcome> {
  const engine = options.engine ?? defaultEngine;
  const snapshot = await port.read();
  const refusals = engine.removalRefusals(snapshot);
  if (refusals.length > 0) return { kind: "refused", refusals };
  const plan = engine.planRemoval(snapshot);
  if (plan.steps.length === 0) return { kind: "nothingToRemove" };
  await port.apply(plan, options.onProgress);
  return { kind: "removed" };
}
