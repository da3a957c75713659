/**
 * Diagnostics carry a code and parameters; the words come from the locale modules,
 * so the same finding reads in Swedish in the pane and in English with --lang en.
 */
import type { FollowupMessageCode } from "./locale/followupTypes";

export type Severity = "info" | "warning" | "error";

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Values inserted into the message; strings are shown as written. */
  params: Record<string, string | number>;
  /** Sheet-qualified cell or range address the finding is about, e.g. 'Resultaträkning'!C7. */
  cell: string | null;
}

export type DiagnosticCode =
  | "cellError" // {value}: an error value where a number was expected
  | "notANumber" // {text}: text that is not a number where a number was expected
  | "noStatement" // {sheets, headers}
  | "noIndicators" // {sheets}
  | "extraStatementTable" // {range}: a second statement table that was not analysed
  | "extraIndicatorTable" // {range}
  | "sheetNotFound" // {sheet, sheets}
  | "rangeInvalid" // {range}
  | "noStatementInRange" // {range}
  | "periodUnknown" // run-rate check skipped
  | "unitAssumed" // no unit found; tkr assumed
  | "indicatorUnitMismatch" // {targetUnit, actualUnit}
  | "indicatorDirectionFromName" // {name, target, word}: a plain target read as at most from the name
  | "indicatorDirectionConflict" // {name, target, direction}: the Riktning column overrules the target's word
  | "outputColumnMoved" // {column, header}: the column right of the table held user data
  | "foreignAnalysisSheet" // {sheet}
  | "sheetProtected" // {sheet}
  | "structureProtected" // {sheet}: a sheet must be added or deleted under workbook structure protection
  | "workbookReadOnly" // opened read-only or view-only
  | "sheetMissing" // {sheet}: deleted or renamed since the workbook was read
  | "notOurSheet" // {sheet}: a sheet to delete that we did not create
  | "lastSheet" // {sheet}: deleting it would leave no visible sheet
  | "invalidSheetName" // {sheet}
  | "invalidPlan" // {detail}: an internal inconsistency of the write plan
  | "tooLarge" // {cells, limit}
  | "unsupportedContent" // {parts}: charts, pivots, images, VBA dropped by the xlsx library
  | "macrosDropped"
  | "mergedOutputCell" // {cell}
  | "userDataInOutput" // {cell}
  | "columnsChosen" // {columns}: roles settled by arithmetic, the latest year or the user's choice
  | "columnOverrideUnknown" // {role, ref}: a chosen column that is not in the table
  | "deviationsOnlyTable" // {range}: a table of deviations without amounts, not analysed
  | "deviationColumnUsed" // {header}: no budget amounts; the sheet's own deviation column gives the deviations
  | "blockAfterStatement" // {range}: a block printed under the statement (balanskrav, nyckeltal) left out
  | FollowupMessageCode; // goals, action plans, internal control (locale/followupTypes.ts)

export function diag(
  severity: Severity,
  code: DiagnosticCode,
  cell: string | null = null,
  params: Record<string, string | number> = {},
): Diagnostic {
  return { severity, code, params, cell };
}
