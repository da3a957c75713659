/**
 * Turns anything thrown by the port or Office into a message for the MessageBar: our own
 * WorkbookError is already worded for the user; an Office error (OfficeExtension.Error) gets a
 * Swedish sentence plus its code, which is what support and Microsoft's docs key on.
 */
import type { UiStrings } from "../core/locale/sv/ui";
import { WorkbookError } from "../workbook/port";

export interface ErrorView {
  message: string;
  code: string | null;
  sheet: string | null;
  /** The original English text from Office, kept as a detail for support. */
  detail: string | null;
}

function stringProp(e: unknown, key: string): string | null {
  if (typeof e !== "object" || e === null) return null;
  const v = (e as Record<string, unknown>)[key];
  return typeof v === "string" && v !== "" ? v : null;
}

export function describeError(e: unknown, t: UiStrings): ErrorView {
  if (e instanceof WorkbookError || (e instanceof Error && e.name === "WorkbookError")) {
    return {
      message: e.message,
      code: stringProp(e, "code"),
      sheet: stringProp(e, "sheet"),
      detail: null,
    };
  }
  const code = stringProp(e, "code");
  const detail = stringProp(e, "message");
  if (code) return { message: t.errors.excel, code, sheet: null, detail };
  return { message: t.errors.unknown, code: null, sheet: null, detail };
}
