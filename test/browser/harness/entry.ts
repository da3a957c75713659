/**
 * Runs in the test page before the pane's bundle: a stub `Office` and the recording fake `Excel`
 * seeded with the fixture (the seed is computed in node and injected as window.__SEED__).
 * Exposes the fake as window.__fake so the test can inspect the workbook.
 */
import { createFakeExcel, type FakeExcel, type FakeSeed } from "../../fakes/excel";

interface HarnessWindow {
  __SEED__: FakeSeed;
  __THEME__?: string;
  __fake: FakeExcel;
  __settings: Record<string, unknown>;
  Excel: unknown;
  Office: unknown;
}

const w = window as unknown as HarnessWindow;
const fake = createFakeExcel(w.__SEED__);
w.__fake = fake;
w.Excel = fake.Excel;

// Office.context.document.settings: a key-value store saved with the workbook.
const stored: Record<string, unknown> = {};
w.__settings = stored;
const succeeded = (callback?: (r: { status: string; value: undefined; error: null }) => void) =>
  setTimeout(() => callback?.({ status: "succeeded", value: undefined, error: null }), 0);

const dark = w.__THEME__ === "dark";
w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { OfficeThemeChanged: "officeThemeChanged" },
  onReady: (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    cb?.(info);
    return Promise.resolve(info);
  },
  context: {
    requirements: { isSetSupported: () => true },
    displayLanguage: "sv-SE",
    officeTheme: dark
      ? {
          bodyBackgroundColor: "#262626",
          bodyForegroundColor: "#FFFFFF",
          controlBackgroundColor: "#1F1F1F",
          controlForegroundColor: "#FFFFFF",
        }
      : {
          bodyBackgroundColor: "#FFFFFF",
          bodyForegroundColor: "#000000",
          controlBackgroundColor: "#FFFFFF",
          controlForegroundColor: "#000000",
        },
    document: {
      settings: {
        get: (name: string) => (name in stored ? stored[name] : null),
        set: (name: string, value: unknown) => {
          stored[name] = value;
        },
        remove: (name: string) => {
          delete stored[name];
        },
        saveAsync: (optionsOrCallback?: unknown, maybeCallback?: unknown) => {
          const cb = (
            typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback
          ) as ((r: { status: string; value: undefined; error: null }) => void) | undefined;
          succeeded(cb);
        },
        refreshAsync: (cb?: (r: { status: string; value: undefined; error: null }) => void) =>
          succeeded(cb),
      },
      addHandlerAsync: (_type: string, _handler: unknown, cb?: (r: { status: string }) => void) =>
        succeeded(cb),
      removeHandlerAsync: (
        _type: string,
        _options: unknown,
        cb?: (r: { status: string }) => void,
      ) => succeeded(cb),
    },
  },
};
