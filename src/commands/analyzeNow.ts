/**
 * "Analysera nu": the whole job from the ribbon, without the pane. Reads the workbook, runs the engine
 * with the workbook's saved settings and writes — 4 round trips in all. Office-free (everything is
 * injected) so it is testable on the fake; commands.ts wires it to Office.
 */
import { analyzeAndWrite, editedCells } from "../app/workflow";
import type { Diagnostic } from "../core/diagnostics";
import { renderDiagnostic, texts } from "../core/locale";
import { withDefaults, type Settings } from "../core/settings";
import { OfficeWorkbook, type ExcelRun } from "../workbook/office/adapter";
import { ensureExcelApi, type RequirementsLike } from "../workbook/office/requirements";
import { WorkbookError } from "../workbook/port";

export interface AnalyzeNowDeps {
  run: ExcelRun;
  loadSettings: () => Promise<Partial<Settings>>;
  /** Office.context, for the requirement check. */
  context: RequirementsLike | undefined;
}

export type AnalyzeNowOutcome =
  | { kind: "written"; sheet: string }
  /** Nothing was written; message says why, in the workbook's language. */
  | { kind: "refused" | "nothingFound" | "edited" | "failed"; message: string };

export async function analyzeNow(deps: AnalyzeNowDeps): Promise<AnalyzeNowOutcome> {
  let settings: Settings = withDefaults();
  try {
    settings = withDefaults(await deps.loadSettings());
    ensureExcelApi(deps.context, settings.lang);
    const wb = new OfficeWorkbook(deps.run, { lang: settings.lang });
    // Without the pane there is no one to ask: edited outputs stop the command, named in the message.
    const outcome = await analyzeAndWrite(wb, { settings, onEdited: "stop", activate: true });
    const render = (ds: Diagnostic[]): string =>
      ds.map((d) => renderDiagnostic(d, settings.lang)).join("\n");
    switch (outcome.kind) {
      case "written":
        return { kind: "written", sheet: outcome.sheet ?? "" };
      case "nothingFound":
        return { kind: "nothingFound", message: render(outcome.reasons) };
      case "refused":
        return { kind: "refused", message: render(outcome.refusals) };
      case "edited":
        return {
          kind: "edited",
          message: texts(settings.lang).terms.edited.stopped(editedCells(outcome.edited)),
        };
    }
  } catch (e) {
    if (e instanceof WorkbookError) return { kind: "failed", message: e.message };
    const code = (e as { code?: unknown } | null)?.code;
    const prefix = texts(settings.lang).terms.unexpectedError;
    return {
      kind: "failed",
      message: `${prefix}${typeof code === "string" ? ` (${code})` : ""}: ${(e as Error)?.message ?? String(e)}`,
    };
  }
}
