/**
 * Settings stored in the workbook (Office.context.document.settings), so they travel with the file
 * and the ribbon command uses the same values as the pane. Read values are validated field by field:
 * a file edited elsewhere or saved by an older version must never break the analysis. Every field
 * is kept, the chosen columns and the pane's own language (`uiLang`) included.
 */
import type { Settings } from "../../core/settings";
import { validateSettings } from "../../core/settingsSchema";

export const SETTINGS_KEY = "uppfoljning.settings";

/** The part of Office.Settings this store uses (a stub in tests). */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: { status: string; error?: { message: string } | null }) => void,
  ): void;
}

export interface SettingsStore {
  load(): Promise<Partial<Settings>>;
  save(settings: Settings): Promise<void>;
}

/**
 * Keeps only fields with valid values, by the core's settings schema (the same answer the pane's
 * form and the command's flags get); the caller fills the rest with defaults.
 */
export function sanitizeSettings(raw: unknown): Partial<Settings> {
  return validateSettings(raw).settings;
}

export function officeSettingsStore(settings: DocumentSettingsLike): SettingsStore {
  return {
    async load() {
      return sanitizeSettings(settings.get(SETTINGS_KEY));
    },
    save(value: Settings) {
      // What is written is what a load gives back: a field the schema refuses is not stored.
      settings.set(SETTINGS_KEY, sanitizeSettings(value));
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === "failed")
            reject(new Error(result.error?.message ?? "saveAsync failed"));
          else resolve();
        });
      });
    },
  };
}

/** The store for the workbook this add-in runs in. */
export function documentSettingsStore(): SettingsStore {
  return officeSettingsStore(Office.context.document.settings as unknown as DocumentSettingsLike);
}
