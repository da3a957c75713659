/**
 * The pane's host inside Excel. The workbook port and the settings store come from the Office
 * adapter (src/workbook/office); the few UI-only calls (select, activate, read the selection)
 * are single Excel.run batches here, since they are about the user's view, not the content.
 */
import { parseQualifiedAddress } from "../core/address";
import type { Settings } from "../core/settings";
import type { WorkbookPort } from "../workbook/port";
import { themeFromBackground } from "./bootstrap";
import { copyToClipboard } from "./clipboard";
import type { PaneHost, SelectedRange, ThemeKind } from "./host";

export interface SettingsStore {
  load(): Promise<Partial<Settings>>;
  save(settings: Settings): Promise<void>;
}

type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function officeTheme(office: typeof Office): ThemeKind {
  try {
    return themeFromBackground(office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme throws on hosts that do not support it (older Excel on Mac).
    return "light";
  }
}

export function createOfficeHost(deps: {
  port: WorkbookPort;
  settings: SettingsStore;
  run?: ExcelRun;
  office?: typeof Office;
}): PaneHost {
  const run: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
  const office = deps.office ?? Office;
  return {
    port: deps.port,
    loadSettings: () => deps.settings.load(),
    saveSettings: (s) => deps.settings.save(s),
    selectCell: (sheet, address) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
    activateSheet: (name) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
      }),
    getSelectedRange: () =>
      run(async (ctx): Promise<SelectedRange> => {
        const range = ctx.workbook.getSelectedRange();
        range.load("address");
        await ctx.sync();
        // address is qualified: "'Resultaträkning'!A4:I13".
        const parsed = parseQualifiedAddress(range.address);
        const bang = range.address.lastIndexOf("!");
        return {
          sheet: parsed?.sheet ?? range.address.slice(0, Math.max(0, bang)),
          address: range.address.slice(bang + 1).replace(/\$/g, ""),
        };
      }),
    copyText: (text) => copyToClipboard(text),
    theme: officeTheme(office),
    onThemeChange(listener) {
      // OfficeThemeChanged is only raised on some hosts; where it is not, the theme stays as opened.
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
          // Pane is closing anyway.
        }
      };
    },
  };
}
