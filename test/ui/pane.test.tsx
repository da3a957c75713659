/** The pane's flows with an injected host and engine: what it shows, and what it asks the workbook to do. */
// The engine is injected as a double here; keep the real one (and whatever it imports) out of this suite.
jest.mock("../../src/core/engine", () => ({
  runEngine: () => {
    throw new Error("the real engine must not run in this suite");
  },
  planRemoval: () => {
    throw new Error("the real engine must not run in this suite");
  },
  removalRefusals: () => {
    throw new Error("the real engine must not run in this suite");
  },
}));

import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { diag } from "../../src/core/diagnostics";
import { App } from "../../src/taskpane/App";
import { WorkbookError } from "../../src/workbook/port";
import { fakeEngine, fakeHost, fixtureResult, REMOVAL_PLAN, WRITE_PLAN } from "./doubles";

function setup(opts: Parameters<typeof fakeHost>[0] = {}, result = () => fixtureResult()) {
  const h = fakeHost(opts);
  const e = fakeEngine(result);
  const utils = render(<App host={h.host} engine={e.engine} />);
  return { ...h, ...e, ...utils };
}

const announcer = () => document.getElementById("announcer") as HTMLElement;

/** A message shown in the pane (the live region repeats it for screen readers; that copy is skipped). */
async function findNotice(text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const el = screen.getAllByText(text).find((e) => !announcer().contains(e));
    if (!el) throw new Error(`no notice "${text}"`);
    return el;
  });
}

async function opened() {
  await screen.findByText("Resultaträkning: 'Resultaträkning'!A4:I13");
}

async function analysed() {
  await opened();
  fireEvent.click(screen.getByRole("button", { name: "Analysera" }));
  await screen.findByRole("heading", { name: "Sammanfattning", level: 2 });
}

function openTab(name: string) {
  const tab = screen.getByRole("tab", { name });
  if (tab.getAttribute("aria-selected") !== "true") fireEvent.click(tab);
  return screen.getByRole("tabpanel");
}

/** A row of the Avvikelser tab (material group or the rest). */
function deviationItem(label: string): HTMLElement {
  const panel = openTab("Avvikelser");
  const item = within(panel)
    .getAllByRole("button")
    .find((b) => b.getAttribute("data-row") === label);
  if (!item) throw new Error(`no deviation item ${label}`);
  return item;
}

function openChange(kind: "resultaträkning" | "indikatorer") {
  fireEvent.click(screen.getByRole("button", { name: `Ändra hur ${kind} läses` }));
}

describe("opening the pane", () => {
  it("reads the workbook once and shows where the tables were found, writing nothing", async () => {
    const { port, runs } = setup();
    await opened();
    expect(screen.getByText("Indikatorer: Indikatorer!A4:E6")).toBeTruthy();
    expect(port.reads).toBe(1);
    expect(runs).toHaveLength(1);
    expect(port.applied).toHaveLength(0);
    // Nothing is presented as analysed until the user asks.
    expect(screen.queryByRole("heading", { name: "Sammanfattning", level: 2 })).toBeNull();
  });

  it("says a table was not found", async () => {
    setup({}, () => {
      const r = fixtureResult();
      r.analysis.indicators = null;
      return r;
    });
    await screen.findByText("Indikatorer: hittades inte");
  });

  it("runs the engine with the settings stored in the workbook", async () => {
    const { runs } = setup({ settings: { materialityAmountTkr: 250, period: "2025-03" } });
    await opened();
    expect(runs[0].materialityAmountTkr).toBe(250);
    expect(runs[0].period).toBe("2025-03");
    fireEvent.click(screen.getByRole("button", { name: "Inställningar" }));
    expect(screen.getByLabelText("Väsentlighet, belopp (tkr)")).toHaveProperty("value", "250");
  });

  it("shows a read failure in Swedish with the Office error code", async () => {
    const h = fakeHost();
    h.port.read = async () => {
      throw Object.assign(new Error("The requested resource doesn't exist."), {
        code: "ItemNotFound",
      });
    };
    render(<App host={h.host} engine={fakeEngine().engine} />);
    await screen.findByText("Felkod: ItemNotFound");
    expect(screen.getByText("Excel kunde inte slutföra åtgärden. Inget skrevs.")).toBeTruthy();
  });
});

describe("Analysera", () => {
  it("shows the summary, deviations and indicators without writing anything", async () => {
    const { port } = setup();
    await analysed();
    expect(port.applied).toHaveLength(0);
    const summary = screen
      .getByRole("heading", { name: "Sammanfattning", level: 2 })
      .closest("section") as HTMLElement;
    expect(summary.textContent).toContain("t.o.m. mars 2025");
    // The summary's result, as the commentary states it: revenue follows the costs, so the surplus
    // against budget is the cost saving (the bottom line itself shows 0).
    expect(summary.textContent?.replace(/\s/g, " ")).toContain("Resultat mot budget+545 tkr");
    expect(summary.textContent).toContain("Väsentliga avvikelser");
    expect(summary.textContent).toContain("1 (varav 0 ogynnsamma)");
    expect(summary.textContent).toContain("1 av 1");
    expect(announcer().textContent).toContain("Analysen är klar");
  });

  it("lists Personalkostnader as Gynnsam, +488 tkr, material, with a green badge", async () => {
    setup();
    await analysed();
    const item = deviationItem("Personalkostnader");
    expect(item.textContent).toContain("+488\u00a0tkr");
    expect(item.textContent).toContain("+6,2\u00a0%");
    expect(item.textContent).toContain("väsentlig");
    const badge = within(item).getByText("Gynnsam");
    expect(badge.getAttribute("data-status")).toBe("green");
    // An icon beside the word, so the status is not carried by colour alone.
    expect(badge.querySelector("svg")).not.toBeNull();
    // The accessible name is the visible text (WCAG 2.5.3); how to use the row is its description.
    expect(item.getAttribute("aria-label")).toBeNull();
    expect(screen.getByRole("button", { name: /^Personalkostnader Gynnsam väsentlig/ })).toBe(item);
    expect(document.getElementById(item.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Väsentliga först. Välj en rad för att markera den i bladet.",
    );
    // The total reads "summa" and a zero line "I nivå med budget".
    expect(deviationItem("Verksamhetens kostnader").textContent).toContain("summa");
    expect(within(deviationItem("Resultat")).getByText("I nivå med budget")).toBeTruthy();
    // Revenue that follows the costs reads as the text explains it: a word, not red Ogynnsam.
    const revenue = deviationItem("Verksamhetens intäkter");
    expect(within(revenue).queryByText("Ogynnsam")).toBeNull();
    expect(within(revenue).getByText("Följer kostnaderna").getAttribute("data-status")).toBe(
      "none",
    );
  });

  it("lists the material lines the summary counts first, then the other rows by size", async () => {
    setup();
    await analysed();
    openTab("Avvikelser");
    const rows = (name: RegExp) =>
      within(screen.getByRole("list", { name }))
        .getAllByRole("button")
        .map((b) => b.getAttribute("data-row"));
    expect(rows(/^Väsentliga avvikelser \(1\)$/)).toEqual(["Personalkostnader"]);
    expect(rows(/^Övriga rader \(5\)$/)).toEqual([
      "Verksamhetens intäkter",
      "Verksamhetens kostnader",
      "Lokalkostnader",
      "Övriga kostnader",
      "Resultat",
    ]);
  });

  it("draws the material deviations as bars with their names and amounts, and a text alternative", async () => {
    setup();
    await analysed();
    const chart = screen.getByRole("img", { name: /^Stapeldiagram över väsentliga avvikelser/ });
    expect(chart.getAttribute("aria-label")).toContain("Personalkostnader +488\u00a0tkr");
    const bars = chart.querySelectorAll("[data-bar]");
    expect([...bars].map((b) => b.getAttribute("data-bar"))).toEqual(["Personalkostnader"]);
    expect(bars[0].textContent).toContain("+488\u00a0tkr");
    // Favourable: the bar starts at the zero line and goes right.
    const rect = bars[0].querySelector("rect") as SVGRectElement;
    expect(Number(rect.getAttribute("x"))).toBe(150);
  });

  it("puts an unfavourable bar left of the zero line", async () => {
    setup({}, () => {
      const r = fixtureResult();
      const st = r.analysis.statement;
      if (st) st.rows[1] = { ...st.rows[1], budgetDeviation: -300, status: "red" };
      return r;
    });
    await analysed();
    const chart = screen.getByRole("img", { name: /^Stapeldiagram över väsentliga/ });
    const bar = chart.querySelector('[data-bar="Personalkostnader"]') as Element;
    const rect = bar.querySelector("rect") as SVGRectElement;
    expect(Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"))).toBe(150);
    expect(bar.textContent).toContain("-300\u00a0tkr");
  });

  it("selects the row of the table in the sheet when an item is chosen", async () => {
    const { calls } = setup();
    await analysed();
    fireEvent.click(deviationItem("Personalkostnader"));
    await waitFor(() => expect(calls.selected).toEqual([["Resultaträkning", "A8:I8"]]));
    openTab("Mål");
    const indicators = screen.getByRole("list", { name: "Indikatorer" });
    fireEvent.click(within(indicators).getByRole("button", { name: /^Sjukfrånvaro/ }));
    await waitFor(() => expect(calls.selected[1]).toEqual(["Indikatorer", "A5:E5"]));
  });

  it("shows indicators with outcome, target, fulfilment, status word and the reason for grey", async () => {
    setup();
    await analysed();
    openTab("Mål");
    const list = screen.getByRole("list", { name: "Indikatorer" });
    const sick = within(list).getByRole("button", { name: /^Sjukfrånvaro Uppfyllt/ });
    // Formatted like amounts, in the unit, "%" spaced the Swedish way.
    expect(sick.textContent).toContain("Utfall 1,7\u00a0%");
    expect(sick.textContent).toContain("Mål högst 6\u00a0%");
    // A ceiling target says how far under it, never "353 %".
    expect(sick.textContent).toContain("4,3 procentenheter under taket");
    expect(sick.textContent).not.toContain("353");
    const bars = screen.getByRole("img", { name: /^Stapeldiagram över indikatorernas/ });
    expect(bars.getAttribute("aria-label")).toContain(
      "Sjukfrånvaro 1,7\u00a0%, mål högst 6\u00a0%, Uppfyllt",
    );
    const staff = within(list).getByRole("button", { name: /^Antal anställda/ });
    expect(within(staff).getByText("Kan ej bedömas").getAttribute("data-status")).toBe("grey");
    expect(staff.textContent).toContain("Målvärde saknas");
  });

  it("shows diagnostics and reconciliation checks", async () => {
    setup({}, () => {
      const r = fixtureResult();
      r.analysis.diagnostics = [diag("warning", "unitAssumed", null)];
      r.analysis.statement?.checks.push({
        severity: "warning",
        type: "subtotal",
        message: "Summa: summaraden visar 10 men raderna ovanför summerar till 12.",
        cell: "'Resultaträkning'!B11",
        expected: 12,
        found: 10,
        label: "Summa",
      });
      return r;
    });
    await analysed();
    expect(
      screen.getByText("Ingen enhet angiven i tabellen; beloppen antas vara i tkr."),
    ).toBeTruthy();
    expect(screen.getByText(/B11: Summa: summaraden visar 10/)).toBeTruthy();
  });

  it("shows amounts in mnkr when the amount style says so", async () => {
    setup({ settings: { amountStyle: "mnkr" } });
    await analysed();
    expect(deviationItem("Personalkostnader").textContent).toContain("+0,5\u00a0mnkr");
  });
});

describe("commentary", () => {
  it("previews each section and copies one section, then all, announcing Kopierat", async () => {
    const { calls } = setup();
    await analysed();
    openTab("Text");
    expect(
      screen.getByText("Personalkostnaderna är lägre än budgeterat, plus 488 tkr."),
    ).toBeTruthy();
    // Empty sections are not shown.
    expect(screen.queryByRole("heading", { name: "Kontroller" })).toBeNull();
    fireEvent.click(
      screen.getByRole("button", { name: "Kopiera avsnittet Avvikelser mot budget" }),
    );
    // Inside the click: the copy started before anything was awaited.
    expect(calls.copied).toHaveLength(1);
    expect(calls.copied[0]).toEqual({
      text: "Avvikelser mot budget\n\nPersonalkostnaderna är lägre än budgeterat, plus 488 tkr.\n\nLokalkostnaderna är lägre.\n",
      html:
        "<h2>Avvikelser mot budget</h2>\n<p>Personalkostnaderna är lägre än budgeterat, plus 488 tkr.</p>\n" +
        "<p>Lokalkostnaderna är lägre.</p>",
    });
    await waitFor(() => expect(announcer().textContent).toContain("Kopierat"));
    expect(announcer().textContent).toContain("Kopierat");
    fireEvent.click(screen.getByRole("button", { name: "Kopiera allt" }));
    expect(calls.copied).toHaveLength(2);
    const all = calls.copied[1];
    expect(all.html).toContain("<h2>Sammanfattning</h2>");
    expect(all.html).toContain("<p>Nämnden redovisar ett överskott på 545 tkr.</p>");
    expect(all.html).not.toContain("Kontroller");
    // The key-figure table as an HTML table, with the rows of the statement.
    const doc = new DOMParser().parseFromString(all.html, "text/html");
    const tables = [...doc.querySelectorAll("table")];
    expect(tables.length).toBeGreaterThanOrEqual(1);
    expect(tables[0].querySelector("caption")?.textContent).toBe("Nyckeltal");
    const labels = [...tables[0].querySelectorAll<HTMLTableRowElement>("tbody tr")].map(
      (r) => r.cells[0].textContent,
    );
    expect(labels).toContain("Personalkostnader");
    expect(all.text).toContain(
      "Sammanfattning\n\nNämnden redovisar ett överskott på 545 tkr.\n\n" +
        "Avvikelser mot budget\n\nPersonalkostnaderna är lägre än budgeterat, plus 488 tkr.\n\nLokalkostnaderna är lägre.",
    );
    expect(all.text).toMatch(/^Personalkostnader/m);
  });

  it("says so when copying failed", async () => {
    setup({ copyFails: true });
    await analysed();
    openTab("Text");
    fireEvent.click(screen.getByRole("button", { name: "Kopiera allt" }));
    await findNotice("Det gick inte att kopiera. Markera texten och tryck Ctrl+C.");
    expect(announcer().textContent).not.toContain("Kopierat");
  });
});

describe("Skriv till arbetsboken", () => {
  it("re-reads, applies the plan with progress, then confirms with a link to the Analys sheet", async () => {
    const { port, calls, runs } = setup();
    await analysed();
    let release: () => void = () => undefined;
    port.hold = new Promise<void>((r) => (release = r));
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    await screen.findByRole("progressbar", { name: "Skriver till arbetsboken …" });
    // Progress in words: what is being written.
    await screen.findByText("Skriver statuskolumner i Resultaträkning, bladet Analys …");
    release();
    await findNotice("Analysen skrevs till arbetsboken.");
    // What was written where, and the undo.
    expect(screen.getByText(/^Skrivet: Resultaträkning: kolumn J; bladet Analys\./)).toBeTruthy();
    expect(screen.getByText(/^Ångra med Ta bort analysen\. Excels Ctrl\+Z/)).toBeTruthy();
    expect(port.applied).toEqual([WRITE_PLAN]);
    expect(runs).toHaveLength(3); // open, Analysera, and a fresh run before writing
    expect(port.snapshot.sheets.map((s) => s.name)).toContain("Analys");
    expect(screen.queryByRole("progressbar")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Visa bladet Analys" }));
    await waitFor(() => expect(calls.activated).toEqual(["Analys"]));
  });

  it("does not apply a plan the engine refused, and says why", async () => {
    const { port } = setup({}, () =>
      fixtureResult([diag("error", "sheetProtected", null, { sheet: "Resultaträkning" })]),
    );
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    await screen.findByText(
      'Bladet "Resultaträkning" är skyddat. Inget skrevs. Ta bort skyddet och försök igen.',
    );
    expect(screen.getByText("Inget skrevs")).toBeTruthy();
    expect(port.applied).toHaveLength(0);
  });

  it("shows the adapter's Swedish message, the sheet and the error code when the write fails", async () => {
    const { port } = setup();
    await opened();
    port.failNextApply = new WorkbookError(
      "Bladet Analys kunde inte skapas.",
      "InvalidOperation",
      "Analys",
    );
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    await screen.findByText("Bladet Analys kunde inte skapas.");
    expect(screen.getByText("Felkod: InvalidOperation")).toBeTruthy();
    expect(screen.getByText("Blad: Analys")).toBeTruthy();
    expect(screen.getByText("Något gick fel")).toBeTruthy();
    expect(port.applied).toHaveLength(0);
  });
});

describe("Skriv till arbetsboken after the user edited our output", () => {
  const edited = () =>
    fixtureResult([], [{ marker: "Uppfoljning_Analys", sheet: "Analys", cells: ["Analys!A34"] }]);

  it("asks, naming the changed cells, and writes nothing on Avbryt", async () => {
    const { port } = setup({}, edited);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("Analys!A34");
    fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(port.applied).toHaveLength(0);
  });

  it("writes beside the edit (a new sheet) when the user chooses so", async () => {
    const { port, runOptions } = setup({}, edited);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Skriv till ett nytt blad" }));
    await findNotice("Analysen skrevs till arbetsboken.");
    expect(runOptions).toContainEqual({ keepEdited: true });
    expect(port.applied).toEqual([WRITE_PLAN]);
  });

  it("replaces the edit when the user chooses so", async () => {
    const { port, runOptions } = setup({}, edited);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Ersätt ändringarna" }));
    await findNotice("Analysen skrevs till arbetsboken.");
    expect(runOptions).not.toContainEqual({ keepEdited: true });
    expect(port.applied).toEqual([WRITE_PLAN]);
  });
});

describe("Ta bort analysen", () => {
  it("plans the removal from a fresh read and applies it", async () => {
    const { port, removals } = setup();
    await opened();
    // Each read asks whether there is output of ours: that decides whether Ta bort is enabled.
    expect(removals).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Ta bort analysen" }));
    await findNotice("Analysen togs bort ur arbetsboken.");
    expect(removals).toHaveLength(2);
    expect(port.reads).toBe(2);
    expect(port.applied).toEqual([REMOVAL_PLAN]);
  });

  it("applies nothing when our output sits on a protected sheet, and says why", async () => {
    const { port, setRemoval } = setup();
    setRemoval(REMOVAL_PLAN, [diag("error", "sheetProtected", null, { sheet: "Resultaträkning" })]);
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Ta bort analysen" }));
    await findNotice(
      'Bladet "Resultaträkning" är skyddat. Inget skrevs. Ta bort skyddet och försök igen.',
    );
    expect(port.applied).toHaveLength(0);
  });

  it("disables Ta bort when there is nothing of ours", async () => {
    const { port, setRemoval } = setup();
    setRemoval({ steps: [] });
    await opened();
    const remove = screen.getByRole("button", { name: "Ta bort analysen" });
    await waitFor(() => expect(remove.getAttribute("aria-disabled")).toBe("true"));
    fireEvent.click(remove);
    expect(port.applied).toHaveLength(0);
  });
});

describe("settings", () => {
  function openSettings() {
    fireEvent.click(screen.getByRole("button", { name: "Inställningar" }));
  }

  it("validates next to the field and neither saves nor analyses invalid settings", async () => {
    const { calls, runs } = setup();
    await opened();
    openSettings();
    fireEvent.change(screen.getByLabelText("Väsentlighet, belopp (tkr)"), {
      target: { value: "mycket" },
    });
    fireEvent.change(screen.getByLabelText("Väsentlighet, procent av budget"), {
      target: { value: "150" },
    });
    fireEvent.change(screen.getByLabelText(/^Period/), { target: { value: "2025-13" } });
    fireEvent.click(screen.getByRole("button", { name: "Analysera" }));
    await screen.findByText("Ange ett tal, till exempel 100.");
    expect(screen.getByText("Ange ett värde mellan 0 och 100.")).toBeTruthy();
    expect(screen.getByText("Ange perioden som ÅÅÅÅ-MM, till exempel 2025-03.")).toBeTruthy();
    // The message is tied to its input for screen readers.
    const input = screen.getByLabelText("Väsentlighet, belopp (tkr)");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(calls.saved).toHaveLength(0);
    expect(runs).toHaveLength(1);
    expect(announcer().textContent).toContain("Rätta de markerade inställningarna först.");
  });

  it("saves valid settings typed the Swedish way and analyses with them", async () => {
    const { calls, runs } = setup();
    await opened();
    openSettings();
    fireEvent.change(screen.getByLabelText("Väsentlighet, belopp (tkr)"), {
      target: { value: "1 000" },
    });
    fireEvent.change(screen.getByLabelText("Väsentlighet, procent av budget"), {
      target: { value: "2,5" },
    });
    fireEvent.change(screen.getByLabelText(/^Period/), { target: { value: "2025-03" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Lägg in [Orsak: …] där orsak saknas" }));
    fireEvent.click(screen.getByRole("button", { name: "Spara inställningar" }));
    await findNotice("Inställningarna sparades i arbetsboken.");
    expect(calls.saved).toHaveLength(1);
    expect(calls.saved[0]).toMatchObject({
      materialityAmountTkr: 1000,
      materialityPct: 2.5,
      period: "2025-03",
      placeholders: false,
    });
    fireEvent.click(screen.getByRole("button", { name: "Analysera" }));
    await screen.findByRole("heading", { name: "Sammanfattning", level: 2 });
    expect(runs[runs.length - 1]).toMatchObject({
      materialityAmountTkr: 1000,
      materialityPct: 2.5,
    });
    // Unchanged settings are not saved again.
    expect(calls.saved).toHaveLength(1);
  });

  it("keeps the pane's language apart from the analysis language", async () => {
    const { calls } = setup();
    await opened();
    openSettings();
    fireEvent.change(screen.getByLabelText("Språk i analysen"), { target: { value: "en" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara inställningar" }));
    await findNotice("Inställningarna sparades i arbetsboken.");
    expect(calls.saved[0].lang).toBe("en");
    // The analysis is English now; the pane still speaks Swedish.
    expect(screen.getByRole("button", { name: "Analysera" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Fönstrets språk"), { target: { value: "en" } });
    expect(screen.getByRole("button", { name: "Analyse" })).toBeTruthy();
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("en");
    // The switch is saved with the workbook's settings (the analysis language stays English).
    await waitFor(() => expect(calls.saved[1]).toMatchObject({ uiLang: "en", lang: "en" }));
  });

  it("follows Office's display language when no pane language is chosen", async () => {
    const h = fakeHost();
    h.host.displayLanguage = "en-US";
    render(<App host={h.host} engine={fakeEngine().engine} />);
    await screen.findByText("Income statement: 'Resultaträkning'!A4:I13");
    expect(screen.getByRole("button", { name: "Analyse" })).toBeTruthy();
  });

  it("marks the result stale when the settings change, until analysed again", async () => {
    setup();
    await analysed();
    expect(document.querySelector('[data-state="stale"]')).toBeNull();
    openSettings();
    fireEvent.change(screen.getByLabelText("Väsentlighet, belopp (tkr)"), {
      target: { value: "500" },
    });
    expect(
      screen.getByText(
        "Inställningarna har ändrats sedan analysen. Välj Analysera för att uppdatera resultatet.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Analysera" }));
    await waitFor(() => expect(document.querySelector('[data-state="stale"]')).toBeNull());
  });
});

describe("choosing the tables", () => {
  it("uses another sheet for the statement, saves the choice and re-reads", async () => {
    const { calls, runs, port } = setup();
    await opened();
    // One compact line per table; the choices are behind Ändra.
    expect(screen.queryByLabelText("Blad för resultaträkning")).toBeNull();
    openChange("resultaträkning");
    fireEvent.change(screen.getByLabelText("Blad för resultaträkning"), {
      target: { value: "Indikatorer" },
    });
    await waitFor(() => expect(runs).toHaveLength(2));
    expect(calls.saved[0]).toMatchObject({ statementSheet: "Indikatorer", statementRange: null });
    expect(runs[1].statementSheet).toBe("Indikatorer");
    expect(port.reads).toBe(2);
    // The way back is always in view once a table was chosen by hand.
    fireEvent.click(
      await screen.findByRole("button", { name: "Sök automatiskt igen: resultaträkning" }),
    );
    await waitFor(() => expect(runs).toHaveLength(3));
    expect(calls.saved[1]).toMatchObject({ statementSheet: null, statementRange: null });
  });

  it("uses the selected range for the indicators", async () => {
    const { calls, runs } = setup({ selection: { sheet: "Indikatorer", address: "A4:E6" } });
    await opened();
    openChange("indikatorer");
    fireEvent.click(screen.getByRole("button", { name: "Använd markerat område för indikatorer" }));
    await screen.findByText("Indikatorer läses från Indikatorer!A4:E6");
    expect(calls.saved[0]).toMatchObject({
      indicatorSheet: "Indikatorer",
      indicatorRange: "A4:E6",
    });
    expect(runs[1]).toMatchObject({ indicatorSheet: "Indikatorer", indicatorRange: "A4:E6" });
  });
});

describe("checking a selected range", () => {
  it.each([
    ["Resultaträkning", "B20:C30", "Det markerade området Resultaträkning!B20:C30 är tomt."],
    ["Resultaträkning", "B6:C6", "Det markerade området Resultaträkning!B6:C6 har ingen rubrikrad"],
    ["Resultaträkning", "A4:C5", "Det markerade området Resultaträkning!A4:C5 har inga tal"],
  ])("refuses %s!%s and says what is missing", async (sheet, address, message) => {
    const { calls, runs } = setup({ selection: { sheet, address } });
    await opened();
    openChange("resultaträkning");
    fireEvent.click(
      screen.getByRole("button", { name: "Använd markerat område för resultaträkning" }),
    );
    await waitFor(() => {
      const shown = screen
        .getAllByText((text) => text.startsWith(message))
        .filter((e) => !announcer().contains(e));
      expect(shown).toHaveLength(1);
    });
    expect(calls.saved).toHaveLength(0);
    expect(runs).toHaveLength(1);
  });
});

describe("nothing found", () => {
  it("says so at the top with what was looked for, and disables Skriv", async () => {
    const { port } = setup({}, () => {
      const r = fixtureResult();
      r.analysis.statement = null;
      r.analysis.indicators = null;
      return r;
    });
    await screen.findByText("Resultaträkning: hittades inte");
    expect(screen.getByText("Ingen tabell hittades")).toBeTruthy();
    expect(screen.getByText(/letade i alla blad efter en resultaträkning/)).toBeTruthy();
    const write = screen.getByRole("button", { name: "Skriv till arbetsboken" });
    expect(write.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(write);
    expect(port.applied).toHaveLength(0);
  });
});

describe("layout", () => {
  it("has one level-1 heading, and Analysera before the results in reading order", async () => {
    setup();
    await analysed();
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "Uppföljning",
    ]);
    const bar = screen.getByRole("region", { name: "Åtgärder" });
    expect(within(bar).getByRole("button", { name: "Analysera" })).toBeTruthy();
    expect(within(bar).getByRole("button", { name: "Skriv till arbetsboken" })).toBeTruthy();
    const results = document.querySelector("[data-results]") as Element;
    expect(bar.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const name of ["Översikt", "Avvikelser", "Mål", "Text"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    // The tabs pattern: one tab stop, arrow keys move between tabs.
    const overview = screen.getByRole("tab", { name: "Översikt" });
    expect(overview.getAttribute("tabindex")).toBe("0");
    fireEvent.keyDown(overview, { key: "ArrowRight" });
    const deviations = screen.getByRole("tab", { name: "Avvikelser" });
    expect(deviations.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(deviations);
    fireEvent.keyDown(deviations, { key: "ArrowLeft" });
    fireEvent.keyDown(screen.getByRole("tab", { name: "Översikt" }), { key: "ArrowLeft" });
    expect(screen.getByRole("tab", { name: "Text" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("theme", () => {
  it("follows Office's theme and its changes", async () => {
    const { container, setTheme } = setup({ theme: "dark" });
    await opened();
    const provider = container.querySelector("[data-theme]") as HTMLElement;
    expect(provider.getAttribute("data-theme")).toBe("dark");
    act(() => setTheme("light"));
    await waitFor(() => expect(provider.getAttribute("data-theme")).toBe("light"));
  });
});
