/**
 * Everything the pane needs from its surroundings. The components never touch Office or Excel:
 * officeHost.ts implements this inside Excel, tests inject an in-memory one.
 */
import type { Settings } from "../core/settings";
import type { WorkbookPort } from "../workbook/port";
import type { ClipContent } from "./clipboard";

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
  /**
   * Puts text and HTML on the clipboard. Must be called inside the click, before any await: the
   * clipboard call starts synchronously. Resolves when copied; rejects when every method was refused.
   */
  copy(content: ClipContent): Promise<void>;
  /** Office's display language ("sv-SE"), for the pane's words when the user chose none. */
  displayLanguage?: string;
  /** Office's theme when the pane opened. */
  theme: ThemeKind;
  /** Subscribes to theme changes (Office.EventType.OfficeThemeChanged); returns an unsubscribe. */
  onThemeChange?(listener: (theme: ThemeKind) => void): () => void;
}
