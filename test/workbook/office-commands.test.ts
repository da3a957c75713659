/**
 * The ribbon's function file and the pane's host, as Excel loads them: the command is registered at
 * the top level (office-js #2744, #3378), each Excel.run has a watchdog, and the theme falls back to
 * prefers-color-scheme where Office has none (Excel on the web) without subscribing to an event
 * Excel does not raise.
 */
import { analyzeNow } from "../../src/commands/analyzeNow";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import { withWatchdog } from "../../src/workbook/office/watchdog";
import { createFakeExcel } from "../fakes/excel";
import { statementSeed } from "../fakes/excel/statementSeed";

type Globals = Record<string, unknown>;
const g = globalThis as unknown as Globals;

function withGlobals(values: Globals, fn: () => void): void {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, g[k]]));
  Object.assign(g, values);
  try {
    fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  }
}

describe("commands.ts", () => {
  function load(search: string): { associate: jest.Mock; onReady: jest.Mock } {
    const associate = jest.fn();
    // onReady never calls back: registration must not wait for it.
    const onReady = jest.fn();
    withGlobals(
      {
        Office: { actions: { associate }, onReady },
        location: { search, origin: "https://localhost:3000", pathname: "/commands.html" },
      },
      () => {
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require("../../src/commands/commands");
        });
      },
    );
    return { associate, onReady };
  }

  it("registers analyzeNow when the script loads, before Office.onReady has called back", () => {
    const { associate, onReady } = load("");
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate).toHaveBeenCalledWith("analyzeNow", expect.any(Function));
    expect(onReady).toHaveBeenCalled();
  });

  it("registers nothing in dialog mode (the page showing a message)", () => {
    const { associate } = load("?meddelande=Inget%20skrevs");
    expect(associate).not.toHaveBeenCalled();
  });
});

describe("the command with a watchdog", () => {
  it("fails with the timeout message, not 'written', when Excel never answers", async () => {
    const fake = createFakeExcel(statementSeed(5));
    fake.model.hang = true;
    const outcome = await analyzeNow({
      run: withWatchdog(fake.Excel.run, 0.05),
      loadSettings: async () => ({}),
      context: { requirements: { isSetSupported: () => true } },
    });
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind !== "written" && outcome.message).toMatch(
      /^Excel svarade inte inom 0,05 sekunder\. Inget skrevs\./,
    );
  });

  it("says the one requirement message on an Excel older than ExcelApi 1.9", async () => {
    const fake = createFakeExcel(statementSeed(5));
    const outcome = await analyzeNow({
      run: fake.Excel.run,
      loadSettings: async () => ({}),
      context: { requirements: { isSetSupported: () => false } },
    });
    expect(outcome).toEqual({
      kind: "failed",
      message:
        "Uppföljning kräver ExcelApi 1.9: Excel 2021 eller senare, Microsoft 365 eller Excel på webben. Uppdatera Excel eller öppna arbetsboken i Excel på webben.",
    });
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("the pane's theme", () => {
  function media(dark: boolean) {
    const listeners: ((e: { matches: boolean }) => void)[] = [];
    const query = {
      matches: dark,
      addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.push(l),
      removeEventListener: (_: string, l: (e: { matches: boolean }) => void) =>
        listeners.splice(listeners.indexOf(l), 1),
    };
    return { query, listeners, window: { matchMedia: jest.fn(() => query) } };
  }

  function host(office: unknown) {
    const fake = createFakeExcel(statementSeed(3));
    return createOfficeHost({
      run: fake.Excel.run,
      office: office as typeof Office,
      settings: { load: async () => ({}), save: async () => undefined },
    });
  }

  it("Excel on the web (officeTheme undefined): follows prefers-color-scheme, and its changes", () => {
    const m = media(true);
    const addHandlerAsync = jest.fn();
    withGlobals({ window: m.window }, () => {
      const h = host({
        context: { officeTheme: undefined, document: { addHandlerAsync } },
        EventType: { OfficeThemeChanged: "officeThemeChanged" },
      });
      expect(h.theme).toBe("dark");
      const seen: string[] = [];
      const stop = h.onThemeChange?.((t) => seen.push(t));
      m.listeners.forEach((l) => l({ matches: false }));
      expect(seen).toEqual(["light"]);
      stop?.();
      expect(m.listeners).toHaveLength(0);
    });
    // The Outlook-only OfficeThemeChanged is never subscribed to.
    expect(addHandlerAsync).not.toHaveBeenCalled();
  });

  it("desktop Excel: Office's theme colours decide, and no event is subscribed to", () => {
    const m = media(true);
    const addHandlerAsync = jest.fn();
    withGlobals({ window: m.window }, () => {
      const h = host({
        context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" }, document: { addHandlerAsync } },
        EventType: { OfficeThemeChanged: "officeThemeChanged" },
      });
      expect(h.theme).toBe("light");
      h.onThemeChange?.(() => undefined);
      expect(m.listeners).toHaveLength(0);
    });
    expect(addHandlerAsync).not.toHaveBeenCalled();
  });

  it("an officeTheme that throws (older Mac) falls back the same way", () => {
    const m = media(false);
    withGlobals({ window: m.window }, () => {
      const context = {};
      Object.defineProperty(context, "officeTheme", {
        get: () => {
          throw new Error("not available");
        },
      });
      expect(host({ context }).theme).toBe("light");
    });
  });
});
