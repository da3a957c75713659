/**
 * The pane on real workbooks with the real engine: the follow-up tables of issue 13 (goals, action
 * plans, internal control) as found lines, badges and lists, and issue 11's column per role behind
 * Ändra, saved in the columns setting and analysed again.
 */
import fs from "fs";
import path from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultEngine } from "../../src/app/workflow";
import type { WorkbookSnapshot } from "../../src/core/grid";
import { App } from "../../src/taskpane/App";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { fakeHost } from "./doubles";
import { MemoryPort } from "./memoryPort";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const snapshots = new Map<string, WorkbookSnapshot>();

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  const known = snapshots.get(file);
  if (known) return known;
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(FIXTURES, file)));
  const snap = await wb.read();
  snapshots.set(file, snap);
  return snap;
}

async function open(file: string, settings = {}) {
  const h = fakeHost({ port: new MemoryPort(await snapshotOf(file)), settings });
  render(<App host={h.host} engine={defaultEngine} />);
  await screen.findByRole("heading", { name: "Hittade tabeller", level: 2 });
  await waitFor(() => expect(screen.queryByText("inte läst ännu", { exact: false })).toBeNull());
  return h;
}

async function analyse() {
  fireEvent.click(screen.getByRole("button", { name: "Analysera" }));
  await screen.findByRole("heading", { name: "Sammanfattning", level: 2 });
}

function goalsTab(): HTMLElement {
  fireEvent.click(screen.getByRole("tab", { name: "Mål" }));
  return screen.getByRole("tabpanel");
}

/** The rows of one titled group, by their data-row names. */
function group(panel: HTMLElement, name: RegExp): HTMLElement[] {
  return within(within(panel).getByRole("list", { name })).getAllByRole("button");
}

const names = (buttons: HTMLElement[]) => buttons.map((b) => b.getAttribute("data-row"));

describe("follow-up tables (handlingsplaner-mal-2022.xlsx)", () => {
  it("lists the three tables one line each in Hittade tabeller, and the workbook is writable", async () => {
    await open("handlingsplaner-mal-2022.xlsx");
    expect(screen.getByTestId("found-goals").textContent).toBe("Mål: 'Mål'!A3:C8");
    expect(screen.getByTestId("found-actions").textContent).toBe(
      "Handlingsplaner: Handlingsplaner!A4:F16",
    );
    expect(screen.getByTestId("found-controls").textContent).toBe(
      "Internkontroll: Internkontroll!A1:D4",
    );
    // Only follow-up tables: not "nothing found", and there is something to write.
    expect(document.querySelector('[data-state="nothing-found"]')).toBeNull();
    expect(
      screen.getByRole("button", { name: "Skriv till arbetsboken" }).getAttribute("aria-disabled"),
    ).not.toBe("true");
  });

  it("puts the overdue actions first with their end dates, badges in word, colour and icon", async () => {
    await open("handlingsplaner-mal-2022.xlsx");
    await analyse();
    const panel = goalsTab();
    const late = group(panel, /^Försenade \(4\)$/);
    // Earliest end date first: Scania ended 2022-09-30, the others 2022-12-31 in sheet order.
    expect(names(late)).toEqual([
      "Scania projektet",
      "Satsning kategoristyrning",
      "Internkontrollplan",
      "Omhändertagande av förbättringsförslag",
    ]);
    expect(late[0].textContent).toContain("slutdatum 2022-09-30");
    for (const b of late) {
      const badge = within(b).getByText("Försenad");
      expect(badge.getAttribute("data-status")).toBe("red");
      expect(badge.querySelector("svg")).not.toBeNull();
    }
    // The sheet's own word is shown when the badge says otherwise.
    expect(late[0].textContent).toContain("i tabellen: Pågående");
    expect(late[3].textContent).toContain("i tabellen: Ej startat");
    const rest = group(panel, /^Övriga aktiviteter \(8\)$/);
    const word = (name: string) =>
      within(rest.find((b) => b.getAttribute("data-row") === name) as HTMLElement).getByText(
        (_t, el) => el?.getAttribute("data-status") !== null && el?.tagName !== "BUTTON",
      );
    expect(word("Strategi hållbarhets utveckling").textContent).toBe("Klar");
    expect(word("Strategi hållbarhets utveckling").getAttribute("data-status")).toBe("green");
    expect(word("Tillgänglighetskrav (vid upphandling)").textContent).toBe("Pågår");
    expect(word("Uppföljning Nöjd kund (NKI)").textContent).toBe("Löpande");
    expect(word("Uppföljning Nöjd kund (NKI)").getAttribute("data-status")).toBe("none");
    expect(word("Ta fram en digital strategi för Inköps eget arbetssätt").textContent).toBe(
      "Ej påbörjad",
    );
    expect(panel.textContent).toContain("Förseningar är bedömda mot 2022-12-31.");
  });

  it("counts per word exactly what the lists show, and the summary agrees", async () => {
    await open("handlingsplaner-mal-2022.xlsx");
    await analyse();
    const summary = screen
      .getByRole("heading", { name: "Sammanfattning", level: 2 })
      .closest("section") as HTMLElement;
    const text = summary.textContent?.replace(/\s+/g, " ") ?? "";
    expect(text).toContain("Mål med risk eller avvikelse2 av 5");
    expect(text).toContain("Försenade aktiviteter4 av 12");
    expect(text).toContain("Kontroller med stor avvikelse1 av 3");
    const panel = goalsTab();
    for (const [id, total] of [
      ["goals-heading", 5],
      ["actions-heading", 12],
      ["controls-heading", 3],
    ] as const) {
      const section = panel.querySelector(`[data-followup="${id}"]`) as HTMLElement;
      const buttons = within(section).getAllByRole("button");
      expect(buttons).toHaveLength(total);
      // "Antal per status: Klar 2 · Pågår 2 · …": each count is the number of badges with that word.
      const counts = (section.querySelector("[data-counts]")?.textContent ?? "")
        .replace(/^[^:]*:\s*/, "")
        .split(" · ")
        .map((part) => /^(.*) (\d+)$/.exec(part) as RegExpExecArray);
      expect(counts.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(total);
      for (const m of counts) {
        const shown = buttons.filter(
          (b) => b.querySelector("[data-status]")?.textContent === m[1],
        ).length;
        expect([m[1], shown]).toEqual([m[1], Number(m[2])]);
      }
    }
  });

  it("shows goals at risk first and Stor avvikelse first, in the table's own words", async () => {
    await open("handlingsplaner-mal-2022.xlsx");
    await analyse();
    const panel = goalsTab();
    const attention = group(panel, /^Risk för avvikelse eller ej uppfyllda \(2\)$/);
    expect(names(attention).map((n) => n?.slice(0, 5))).toEqual(["3.6.1", "3.1.1"]);
    expect(within(attention[0]).getByText("Ej uppfyllt").getAttribute("data-status")).toBe("red");
    expect(within(attention[1]).getByText("Delvis uppfyllt").getAttribute("data-status")).toBe(
      "yellow",
    );
    const goals = group(panel, /^Övriga mål \(3\)$/);
    const unassessed = goals.find((b) => b.getAttribute("data-row")?.startsWith("4.2.1"));
    expect(within(unassessed as HTMLElement).getByText("Kan ej bedömas").dataset.status).toBe(
      "grey",
    );
    const major = group(panel, /^Stor avvikelse \(1\)$/);
    expect(major[0].getAttribute("data-row")).toMatch(/^Risk att byte av tredjepartsdistributör/);
    expect(within(major[0]).getByText("Stor avvikelse").getAttribute("data-status")).toBe("red");
    expect(major[0].textContent).toContain("Distributören havererade i oktober.");
    expect(names(group(panel, /^Övriga kontrollmoment \(2\)$/))).toHaveLength(2);
  });

  it("gives the badges in the analysis language", async () => {
    await open("handlingsplaner-mal-2022.xlsx", { lang: "en" });
    await analyse();
    const panel = goalsTab();
    const late = group(panel, /^Försenade \(4\)$/);
    expect(within(late[0]).getByText("Late").getAttribute("data-status")).toBe("red");
    expect(within(group(panel, /^Stor avvikelse/)[0]).getByText("Major deviation")).toBeTruthy();
  });

  it("selects the item's row of its table through the host", async () => {
    const { calls } = await open("handlingsplaner-mal-2022.xlsx");
    await analyse();
    const panel = goalsTab();
    fireEvent.click(group(panel, /^Försenade/)[0]);
    fireEvent.click(group(panel, /^Risk för avvikelse/)[0]);
    fireEvent.click(group(panel, /^Stor avvikelse/)[0]);
    await waitFor(() =>
      expect(calls.selected).toEqual([
        ["Handlingsplaner", "A11:F11"],
        ["Mål", "A7:C7"],
        ["Internkontroll", "A4:D4"],
      ]),
    );
    const first = group(panel, /^Försenade/)[0];
    expect(document.getElementById(first.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Välj en rad för att markera den i bladet.",
    );
  });

  it("says overdue was not judged when the period is unknown", async () => {
    const snap = JSON.parse(
      JSON.stringify(await snapshotOf("handlingsplaner-mal-2022.xlsx")),
    ) as WorkbookSnapshot;
    // Without the report date in the title rows there is no period end to judge against.
    const sheet = snap.sheets.find((s) => s.name === "Handlingsplaner");
    if (!sheet) throw new Error("no Handlingsplaner sheet");
    sheet.values = sheet.values.map((r, i) => (sheet.top + i < 3 ? r.map(() => null) : r));
    const h = fakeHost({ port: new MemoryPort(snap) });
    render(<App host={h.host} engine={defaultEngine} />);
    await screen.findByTestId("found-actions");
    await analyse();
    const panel = goalsTab();
    expect(panel.textContent).toContain("Förseningar har inte bedömts: rapportperioden är okänd.");
    expect(within(panel).queryByRole("list", { name: /^Försenade/ })).toBeNull();
  });
});

describe("column per role behind Ändra (inkop-q1-2025.xlsx)", () => {
  function roleSelect(role: string): HTMLSelectElement {
    return document.querySelector(`select[data-role="${role}"]`) as HTMLSelectElement;
  }

  it("presets each role to the column the reading chose, with the table's columns and ingen", async () => {
    await open("inkop-q1-2025.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "Ändra hur resultaträkning läses" }));
    const group = screen.getByRole("group", { name: "Kolumn per roll" });
    expect(within(group).getAllByRole("combobox")).toHaveLength(5);
    expect(roleSelect("actual").value).toBe("B");
    expect(roleSelect("budget").value).toBe("C");
    expect(roleSelect("fullYearBudget").value).toBe("E");
    expect(roleSelect("forecast").value).toBe("F");
    expect(roleSelect("priorYear").value).toBe("H");
    const options = [...roleSelect("actual").options].map((o) => o.textContent);
    expect(options[0]).toBe("ingen");
    expect(options).toContain("B – Ack utfall");
    expect(options).toContain("H – Ack utfall fg år");
    expect(screen.getByLabelText("Prognos")).toBe(roleSelect("forecast"));
  });

  it("saves a choice in the columns setting, analyses again, and goes back to automatic", async () => {
    const { calls } = await open("inkop-q1-2025.xlsx");
    await analyse();
    const summary = () =>
      screen.getByRole("heading", { name: "Sammanfattning", level: 2 }).closest("section")
        ?.textContent ?? "";
    expect(summary()).toContain("Prognos helår mot budget");
    fireEvent.click(screen.getByRole("button", { name: "Ändra hur resultaträkning läses" }));
    fireEvent.change(roleSelect("forecast"), { target: { value: "" } });
    await waitFor(() => expect(calls.saved.at(-1)?.columns).toEqual({ forecast: "-" }));
    // Analysed again with the choice: no forecast now, and the choice shows as read.
    await waitFor(() => expect(summary()).not.toContain("Prognos helår mot budget"));
    expect(roleSelect("forecast").value).toBe("");
    expect(screen.getByText("Kolumner valda av dig: Prognos ingen")).toBeTruthy();
    fireEvent.change(roleSelect("budget"), { target: { value: "E" } });
    await waitFor(() =>
      expect(calls.saved.at(-1)?.columns).toEqual({ forecast: "-", budget: "E" }),
    );
    await waitFor(() => expect(roleSelect("budget").value).toBe("E"));
    // One column, one role: Budget helår gave E up.
    expect(roleSelect("fullYearBudget").value).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Läs kolumnerna automatiskt" }));
    await waitFor(() => expect(calls.saved.at(-1)?.columns).toBeNull());
    await waitFor(() => expect(roleSelect("forecast").value).toBe("F"));
    expect(roleSelect("budget").value).toBe("C");
    expect(screen.queryByText(/^Kolumner valda av dig/)).toBeNull();
    expect(summary()).toContain("Prognos helår mot budget");
  });

  it("shows a saved choice on opening, with the way back in view", async () => {
    await open("inkop-q1-2025.xlsx", { columns: { actual: "H" } });
    expect(screen.getByText("Kolumner valda av dig: Utfall H")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Läs kolumnerna automatiskt" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ändra hur resultaträkning läses" }));
    expect(roleSelect("actual").value).toBe("H");
    // Föregående år gave H up to Utfall.
    expect(roleSelect("priorYear").value).toBe("");
  });
});
