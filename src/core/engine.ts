/**
 * The whole job in one pure call: snapshot in; analysis, commentary, report and write plan out.
 * Both the command and the add-in call this and then hand the plan to their adapter.
 */
import type { Analysis } from "./analysis";
import type { Commentary } from "./commentary/types";
import type { Diagnostic } from "./diagnostics";
import type { WorkbookSnapshot } from "./grid";
import type { WritePlan } from "./plan/types";
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

export function runEngine(_snapshot: WorkbookSnapshot, _settings: Settings): EngineResult {
  throw new Error("not implemented yet");
}

/** A plan that removes exactly what the product wrote (found by its markers), and nothing else. */
export function planRemoval(_snapshot: WorkbookSnapshot): WritePlan {
  throw new Error("not implemented yet");
}
