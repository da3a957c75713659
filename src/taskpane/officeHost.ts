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
import { themeFromBackground } from "./bootstrap";
import { copyToClipboard } from "./clipboard";
import type { PaneHost, ThemeKind } from "./host";

export function officeTheme(office: typeof Office): ThemeKind {
  try {
    return themeFromBackground(office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme throws on hosts that do not expose it (older Excel on Mac).
    return "light";
  }
}

export function createOfficeHost(
  deps: { run?: ExcelRun; settings?: SettingsStore; office?: typeof Office } = {},
): PaneHost {
  const run: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
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
    copyText: (text) => copyToClipboard(text),
    theme: officeTheme(office),
    onThemeChange(listener) {
      // OfficeThemeChanged is raised only on some hosts; elsewhere the theme stays as the pane opened.
      const doc = office.context?.document;
      const type = office.EventType?.OfficeThemeChanged;
      if (!doc || !type || typeof doc.addHandlerAsync !== "function") return () => undefined;
      const handler = () => listener(officeTheme(office));
      try {
        doc.addHandlerAsync(type, handler);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          doc.removeHandlerAsync(type, { handler });
        } catch {
          // The pane is closing anyway.
        }
      };
    },
  };
}
