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
import type { EditedOutput } from "./plan/fingerprints";
import { editedOutputs } from "./plan/markers";
import type { WritePlan } from "./plan/types";
import { toReport } from "./toReport";
import type { Report } from "./report";
import type { Settings } from "./settings";

export interface EngineResult {
  analysis: Analysis;
  commentary: Commentary;
  /** The report JSON's object, built when first read (the command reads it only for --json). */
  readonly report: Report;
  /** What to write. Apply it only when refusals is empty. */
  plan: WritePlan;
  /** Reasons the plan must not be applied (a protected target sheet, a foreign "Analys" sheet …). */
  refusals: Diagnostic[];
  /**
   * Outputs of ours the user changed since we wrote them: the plan would overwrite these cells.
   * Empty when the plan was built with them disowned (written beside, see EngineOptions.keep).
   */
  edited: EditedOutput[];
}

export interface EngineOptions {
  /** Keep the edited outputs as the user's: the plan writes beside them ("Analys 2"), never over. */
  keepEdited?: boolean;
}

export function runEngine(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  options: EngineOptions = {},
): EngineResult {
  const analysis = analyzeSnapshot(snapshot, settings);
  const commentary = generateCommentary(analysis, settings);
  const edited = editedOutputs(snapshot);
  const disown = new Set(options.keepEdited ? edited.map((e) => e.marker) : []);
  const { plan, refusals, notes } = buildWritePlan(
    snapshot,
    analysis,
    commentary,
    settings,
    disown,
  );
  analysis.diagnostics.push(...notes);
  let report: Report | undefined;
  return {
    analysis,
    commentary,
    get report(): Report {
      return (report ??= toReport(analysis, commentary, settings.lang));
    },
    plan,
    refusals,
    edited: options.keepEdited ? [] : edited,
  };
}

/** A plan that removes exactly what the product wrote (found by its markers), and nothing else. */
export function planRemoval(snapshot: WorkbookSnapshot): WritePlan {
  return buildRemovalPlan(snapshot).plan;
}

/** Why the removal plan must not be applied (a protected sheet holds our output); empty when it may. */
export function removalRefusals(snapshot: WorkbookSnapshot): Diagnostic[] {
  return buildRemovalPlan(snapshot).refusals;
}

export { foundAnything } from "./found";
