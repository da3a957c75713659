/**
 * Deciding whether there is an Excel to talk to. Outside Office, office.js either did not load
 * (no `Office` global), resolves onReady with no host, or never resolves: all three end in the
 * "open from Excel" message instead of a pane that hangs.
 */
import { excelApiSupported } from "../workbook/office/requirements";

export type OfficeState = "excel" | "outside" | "unsupported";

/** The part of the Office global this needs; typed loosely so a stub or a failed load both fit. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

export const OFFICE_READY_TIMEOUT_MS = 8000;

export async function waitForOffice(
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeState> {
  if (!office || typeof office.onReady !== "function") return "outside";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => null), timeout]);
    // Office.HostType.Excel is the string "Excel"; compared as text so no office.js enum is needed.
    if (!info || info.host !== "Excel") return "outside";
    // The one requirement (REQUIRED_API); its message is the locale's unsupported.body.
    if (office.context?.requirements && !excelApiSupported(office.context)) return "unsupported";
    return "excel";
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Office's theme as light or dark, from the body background's luminance (officeTheme has no flag). */
export function themeFromBackground(color: string | undefined | null): "light" | "dark" {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return "light";
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
}
