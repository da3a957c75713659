/**
 * The pane's host inside Excel: the Office adapter's port, settings store and navigation helpers
 * (src/workbook/office), the clipboard, and Office's theme. Nothing here decides content.
 */
import {
  OfficeWorkbook,
  activateSheet,
  documentSettingsStore,
  selectRange,
  selectedRange,
  type ExcelRun,
  type SettingsStore,
} from "../workbook/office";
import { withWatchdog } from "../workbook/office/watchdog";
import { themeFromBackground } from "./bootstrap";
import { copyToClipboard } from "./clipboard";
import type { PaneHost, ThemeKind } from "./host";

/** Office's theme colours, when this Excel has them (desktop); undefined in Excel on the web. */
function officeBackground(office: typeof Office): string | undefined {
  try {
    return office.context?.officeTheme?.bodyBackgroundColor || undefined;
  } catch {
    // officeTheme throws on hosts that do not expose it (older Excel on Mac).
    return undefined;
  }
}

function darkQuery(): MediaQueryList | null {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return null;
  return window.matchMedia("(prefers-color-scheme: dark)");
}

/**
 * Office's theme where Excel has one; else (Excel on the web, where officeTheme is undefined) the
 * browser's prefers-color-scheme, which follows the system's light or dark mode.
 */
export function officeTheme(office: typeof Office): ThemeKind {
  const background = officeBackground(office);
  if (background) return themeFromBackground(background);
  return darkQuery()?.matches ? "dark" : "light";
}

export function createOfficeHost(
  deps: { run?: ExcelRun; settings?: SettingsStore; office?: typeof Office } = {},
): PaneHost {
  // Every Excel.run of the pane has a watchdog: context.sync() can hang on the web.
  const run: ExcelRun = withWatchdog(deps.run ?? ((batch) => Excel.run(batch)));
  const office = deps.office ?? Office;
  const settings = deps.settings ?? documentSettingsStore();
  return {
    port: new OfficeWorkbook(run),
    loadSettings: () => settings.load(),
    saveSettings: (s) => settings.save(s),
    selectCell: (sheet, address) => selectRange(run, sheet, address),
    activateSheet: (name) => activateSheet(run, name),
    getSelectedRange: async () => {
      const sel = await selectedRange(run);
      // Excel writes absolute-free addresses here, but a pasted "$A$4" must not reach the settings.
      return { sheet: sel.sheet, address: sel.address.replace(/\$/g, "") };
    },
    copy: (content) => copyToClipboard(content),
    displayLanguage: office.context?.displayLanguage,
    theme: officeTheme(office),
    onThemeChange(listener) {
      // Excel raises no theme event (OfficeThemeChanged is Outlook's), so none is subscribed to.
      // Without Office's theme the pane follows prefers-color-scheme, and that one does change.
      if (officeBackground(office)) return () => undefined;
      const query = darkQuery();
      if (!query || typeof query.addEventListener !== "function") return () => undefined;
      const handler = (e: MediaQueryListEvent) => listener(e.matches ? "dark" : "light");
      query.addEventListener("change", handler);
      return () => query.removeEventListener("change", handler);
    },
  };
}
