/** The pane's settings: its own language saved with the workbook, and the always-material amount. */
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

import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeEngine, fakeHost } from "./doubles";

function setup(opts: Parameters<typeof fakeHost>[0] = {}, displayLanguage = "sv-SE") {
  const h = fakeHost(opts);
  h.host.displayLanguage = displayLanguage;
  const utils = render(<App host={h.host} engine={fakeEngine().engine} />);
  return { ...h, ...utils };
}

const opened = (text = "Resultaträkning: 'Resultaträkning'!A4:I13") => screen.findByText(text);

describe("the pane's own language", () => {
  it("is saved with the workbook's settings when switched, apart from the analysis language", async () => {
    const { calls } = setup();
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Inställningar" }));
    fireEvent.change(screen.getByLabelText("Fönstrets språk"), { target: { value: "en" } });
    expect(screen.getByRole("button", { name: "Analyse" })).toBeTruthy();
    await waitFor(() => expect(calls.saved).toHaveLength(1));
    expect(calls.saved[0]).toMatchObject({ uiLang: "en", lang: "sv" });
    // Back to Office's display language: saved as null.
    fireEvent.change(screen.getByLabelText("Pane language"), { target: { value: "" } });
    await waitFor(() => expect(calls.saved).toHaveLength(2));
    expect(calls.saved[1].uiLang).toBeNull();
    expect(screen.getByRole("button", { name: "Analysera" })).toBeTruthy();
  });

  it("opens in the saved language whatever Office's display language is", async () => {
    setup({ settings: { uiLang: "en" } }, "sv-SE");
    await opened("Income statement: 'Resultaträkning'!A4:I13");
    expect(screen.getByRole("button", { name: "Analyse" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    expect((screen.getByLabelText("Pane language") as HTMLSelectElement).value).toBe("en");
  });

  it("follows Office when none is saved", async () => {
    setup({ settings: { uiLang: null } }, "en-GB");
    await opened("Income statement: 'Resultaträkning'!A4:I13");
  });
});

describe("the always-material amount", () => {
  it("is typed the Swedish way, refused like everywhere else, and saved", async () => {
    const { calls } = setup({ settings: { materialityLargeTkr: 1500 } });
    await opened();
    fireEvent.click(screen.getByRole("button", { name: "Inställningar" }));
    const input = screen.getByLabelText("Alltid väsentligt belopp (tkr)") as HTMLInputElement;
    expect(input.value).toBe("1\u00a0500");
    fireEvent.change(input, { target: { value: "0x10" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara inställningar" }));
    await screen.findByText("Ange ett tal, till exempel 100.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(calls.saved).toHaveLength(0);
    fireEvent.change(input, { target: { value: "2 500 tkr" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara inställningar" }));
    await waitFor(() => expect(calls.saved).toHaveLength(1));
    expect(calls.saved[0].materialityLargeTkr).toBe(2500);
  });
});
