/**
 * Everything the pane needs from its surroundings. The components never touch Office or Excel:
 * officeHost.ts implements this inside Excel, tests inject an in-memory one.
 */
import type { Settings } from "../core/settings";
import type { WorkbookPort } from "../workbook/port";

export interface SelectedRange {
  sheet: string;
  /** Unqualified address, "A4:I13". */
  address: string;
}

export type ThemeKind = "light" | "dark";

export interface PaneHost {
  port: WorkbookPort;
  /** Settings stored with the workbook; missing keys take their defaults. */
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  /** Activates the sheet and selects the range (a cell or a row of a table). */
  selectCell(sheet: string, address: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  getSelectedRange(): Promise<SelectedRange>;
  /** Resolves when the text is on the clipboard; rejects when every method was refused. */
  copyText(text: string): Promise<void>;
  /** Office's theme when the pane opened. */
  theme: ThemeKind;
  /** Subscribes to theme changes (Office.EventType.OfficeThemeChanged); returns an unsubscribe. */
  onThemeChange?(listener: (theme: ThemeKind) => void): () => void;
}
