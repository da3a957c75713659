/**
 * The adapter needs ExcelApi 1.9 (Range.setCellProperties, suspendScreenUpdatingUntilNextSync; it
 * also covers workbook.protection, 1.7, and workbook.readOnly, 1.8). In Microsoft's requirement-set
 * table 1.9 means Excel 2021 or later, Microsoft 365, and Excel on the web — not Excel 2019. The
 * manifest asks for the same set; the one message is the pane's (locale ui.ts, unsupported.body).
 * Checked before any Excel call so older Excel says why in words instead of failing on an API call.
 */
import type { Lang } from "../../core/settings";
import { WorkbookError } from "../port";
import { texts } from "../../core/locale";

export const REQUIRED_API = { set: "ExcelApi", version: "1.9" } as const;

/** The part of Office.context this check uses (a stub in tests). */
export interface RequirementsLike {
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
}

export function excelApiSupported(context: RequirementsLike | undefined): boolean {
  return context?.requirements?.isSetSupported(REQUIRED_API.set, REQUIRED_API.version) === true;
}

/** Throws a WorkbookError with a clear message when this Excel is too old. */
export function ensureExcelApi(context: RequirementsLike | undefined, lang: Lang = "sv"): void {
  if (!excelApiSupported(context))
    throw new WorkbookError(texts(lang).office.requirement, "RequirementNotMet");
}
