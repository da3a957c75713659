/**
 * "Analysera nu": the whole job from the ribbon, without the pane. Reads the workbook, runs the engine
 * with the workbook's saved settings and writes — 4 round trips in all. Office-free (everything is
 * injected) so it is testable on the fake; commands.ts wires it to Office.
 */
import { foundAnything, runEngine } from "../core/engine";
import { renderDiagnostic, terms } from "../core/locale";
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
  | { kind: "refused" | "nothingFound" | "failed"; message: string };

export async function analyzeNow(deps: AnalyzeNowDeps): Promise<AnalyzeNowOutcome> {
  let settings: Settings = withDefaults();
  try {
    settings = withDefaults(await deps.loadSettings());
    ensureExcelApi(deps.context, settings.lang);
    const wb = new OfficeWorkbook(deps.run, { lang: settings.lang });
    const result = runEngine(await wb.read(), settings);
    if (result.refusals.length > 0) {
      return {
        kind: "refused",
        message: result.refusals.map((d) => renderDiagnostic(d, settings.lang)).join("\n"),
      };
    }
    if (!foundAnything(result.analysis)) {
      const errors = result.analysis.diagnostics.filter(
        (d) => d.severity === "error" || d.code === "noStatement",
      );
      return {
        kind: "nothingFound",
        message: errors.map((d) => renderDiagnostic(d, settings.lang)).join("\n"),
      };
    }
    const sheet = settings.analysisSheetName?.trim() || terms(settings.lang).analysisSheet;
    await wb.apply(result.plan, undefined, { activate: sheet });
    return { kind: "written", sheet };
  } catch (e) {
    if (e instanceof WorkbookError) return { kind: "failed", message: e.message };
    const code = (e as { code?: unknown } | null)?.code;
    const prefix = settings.lang === "en" ? "Unexpected error" : "Oväntat fel";
    return {
      kind: "failed",
      message: `${prefix}${typeof code === "string" ? ` (${code})` : ""}: ${(e as Error)?.message ?? String(e)}`,
    };
  }
}
