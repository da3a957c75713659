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

function deviationItem(label: string): HTMLElement {
  const list = screen.getByRole("list", { name: "Avvikelser mot budget" });
  const item = within(list)
    .getAllByRole("button")
    .find((b) => b.getAttribute("data-row") === label);
  if (!item) throw new Error(`no deviation item ${label}`);
  return item;
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
    expect(summary.textContent).toContain("Resultat mot budget");
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
    expect(item.getAttribute("aria-label")).toBe(
      "Personalkostnader: +488\u00a0tkr, +6,2\u00a0%, Gynnsam. Markera raden i bladet.",
    );
    expect(
      within(deviationItem("Verksamhetens intäkter"))
        .getByText("Ogynnsam")
        .getAttribute("data-status"),
    ).toBe("red");
  });

  it("sorts deviations by materiality, then by size", async () => {
    setup();
    await analysed();
    const list = screen.getByRole("list", { name: "Avvikelser mot budget" });
    const order = within(list)
      .getAllByRole("button")
      .map((b) => b.getAttribute("data-row"));
    expect(order).toEqual([
      "Verksamhetens intäkter",
      "Verksamhetens kostnader",
      "Personalkostnader",
      "Lokalkostnader",
      "Övriga kostnader",
      "Resultat",
    ]);
  });

  it("selects the row of the table in the sheet when an item is chosen", async () => {
    const { calls } = setup();
    await analysed();
    fireEvent.click(deviationItem("Personalkostnader"));
    await waitFor(() => expect(calls.selected).toEqual([["Resultaträkning", "A8:I8"]]));
    const indicators = screen.getByRole("list", { name: "Indikatorer" });
    fireEvent.click(within(indicators).getByRole("button", { name: /^Sjukfrånvaro/ }));
    await waitFor(() => expect(calls.selected[1]).toEqual(["Indikatorer", "A5:E5"]));
  });

  it("shows indicators with outcome, target, fulfilment, status word and the reason for grey", async () => {
    setup();
    await analysed();
    const list = screen.getByRole("list", { name: "Indikatorer" });
    const sick = within(list).getByRole("button", {
      name: "Sjukfrånvaro: Uppfyllt. Markera raden i bladet.",
    });
    expect(sick.textContent).toContain("Utfall: 1,7 %");
    expect(sick.textContent).toContain("Mål: Högst 6 %");
    expect(sick.textContent).toContain("Måluppfyllelse: 353\u00a0%");
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
    expect(
      screen.getByText("Personalkostnaderna är lägre än budgeterat, plus 488 tkr."),
    ).toBeTruthy();
    // Empty sections are not shown.
    expect(screen.queryByRole("heading", { name: "Kontroller" })).toBeNull();
    fireEvent.click(
      screen.getByRole("button", { name: "Kopiera avsnittet Avvikelser mot budget" }),
    );
    await waitFor(() =>
      expect(calls.copied).toEqual([
        "Avvikelser mot budget\n\nPersonalkostnaderna är lägre än budgeterat, plus 488 tkr.\n\nLokalkostnaderna är lägre.\n",
      ]),
    );
    expect(announcer().textContent).toContain("Kopierat");
    fireEvent.click(screen.getByRole("button", { name: "Kopiera allt" }));
    await waitFor(() => expect(calls.copied).toHaveLength(2));
    expect(calls.copied[1]).toBe(
      "Sammanfattning\n\nNämnden redovisar ett överskott på 545 tkr.\n\n" +
        "Avvikelser mot budget\n\nPersonalkostnaderna är lägre än budgeterat, plus 488 tkr.\n\nLokalkostnaderna är lägre.\n",
    );
  });

  it("says so when copying failed", async () => {
    setup({ copyFails: true });
    await analysed();
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
    release();
    await findNotice("Analysen skrevs till arbetsboken.");
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

describe("Ta bort analysen", () => {
  it("plans the removal from a fresh read and applies it", async () => {
    const { port, removals } = setup();
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Ta bort analysen" }));
    await findNotice("Analysen togs bort ur arbetsboken.");
    expect(removals).toHaveLength(1);
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

  it("applies nothing when there is nothing of ours", async () => {
    const { port, setRemoval } = setup();
    setRemoval({ steps: [] });
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Ta bort analysen" }));
    await findNotice("Det finns ingen analys från Uppföljning att ta bort.");
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
    fireEvent.click(screen.getByRole("switch", { name: "Lägg in [Orsak: …] där orsak saknas" }));
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

  it("switches the pane to English with the analysis language", async () => {
    const { calls } = setup();
    await opened();
    openSettings();
    fireEvent.change(screen.getByLabelText("Språk i analysen"), { target: { value: "en" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara inställningar" }));
    await findNotice("Settings saved in the workbook.");
    expect(calls.saved[0].lang).toBe("en");
    expect(screen.getByRole("button", { name: "Analyse" })).toBeTruthy();
  });
});

describe("choosing the tables", () => {
  it("uses another sheet for the statement, saves the choice and re-reads", async () => {
    const { calls, runs, port } = setup();
    await opened();
    fireEvent.change(screen.getByLabelText("Blad för resultaträkning"), {
      target: { value: "Indikatorer" },
    });
    await waitFor(() => expect(runs).toHaveLength(2));
    expect(calls.saved[0]).toMatchObject({ statementSheet: "Indikatorer", statementRange: null });
    expect(runs[1].statementSheet).toBe("Indikatorer");
    expect(port.reads).toBe(2);
  });

  it("uses the selected range for the indicators", async () => {
    const { calls, runs } = setup({ selection: { sheet: "Indikatorer", address: "A4:E6" } });
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Använd markerat område för indikatorer" }));
    await screen.findByText("Indikatorer läses från Indikatorer!A4:E6");
    expect(calls.saved[0]).toMatchObject({
      indicatorSheet: "Indikatorer",
      indicatorRange: "A4:E6",
    });
    expect(runs[1]).toMatchObject({ indicatorSheet: "Indikatorer", indicatorRange: "A4:E6" });
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
