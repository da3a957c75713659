/**
 * The pane with its real Office host and the real engine, over the recording fake Excel seeded from
 * the fixture workbook: the same path as in Excel, minus the browser.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import path from "path";
import { createFakeExcel, type FakeExcel } from "../fakes/excel";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import type { Settings } from "../../src/core/settings";
import { App } from "../../src/taskpane/App";
import { createOfficeHost } from "../../src/taskpane/officeHost";

const FIXTURE = path.resolve(__dirname, "../fixtures/inkop-q1-2025.xlsx");

function officeStub(background: string): typeof Office {
  return {
    context: { officeTheme: { bodyBackgroundColor: background } },
  } as unknown as typeof Office;
}

async function setup(theme = "#FFFFFF") {
  const fake: FakeExcel = createFakeExcel(await seedFromXlsx(FIXTURE));
  const saved: Settings[] = [];
  const host = createOfficeHost({
    run: fake.Excel.run,
    office: officeStub(theme),
    settings: {
      load: async () => ({}),
      save: async (s) => {
        saved.push(s);
      },
    },
  });
  host.copy = async () => undefined;
  // The first read runs right after mount; let it settle inside act.
  await act(async () => {
    render(<App host={host} />);
  });
  return { fake, host, saved };
}

const notice = (text: string) =>
  waitFor(() => {
    const el = screen
      .getAllByText(text)
      .find((e) => !document.getElementById("announcer")?.contains(e));
    if (!el) throw new Error(`no notice ${text}`);
    return el;
  });

it("finds the tables, analyses, writes and removes on the fixture through the Office host", async () => {
  const { fake } = await setup();
  const original = fake.snapshotCells();
  await screen.findByText("Resultaträkning: 'Resultaträkning'!A4:I13", undefined, {
    timeout: 5000,
  });

  fireEvent.click(screen.getByRole("button", { name: "Analysera" }));
  await screen.findByRole("heading", { name: "Sammanfattning", level: 2 });
  fireEvent.click(screen.getByRole("tab", { name: "Avvikelser" }));
  const list = screen.getByRole("list", { name: "Väsentliga avvikelser (2)" });
  const staff = within(list)
    .getAllByRole("button")
    .find((b) => b.getAttribute("data-row") === "Personalkostnader") as HTMLElement;
  expect(within(staff).getByText("Gynnsam")).toBeTruthy();
  expect(staff.textContent).toContain("+488\u00a0tkr");
  expect(fake.snapshotCells()).toEqual(original);

  // Choosing a row selects it in the sheet.
  fireEvent.click(staff);
  await waitFor(() => expect(fake.model.selection).not.toBeNull());
  const sel = fake.model.selection as NonNullable<typeof fake.model.selection>;
  expect(fake.model.sheets.find((s) => s.id === sel.sheetId)?.name).toBe("Resultaträkning");
  expect(sel.range.left).toBe(0);
  expect(sel.range.right).toBe(8);

  fireEvent.click(screen.getByRole("button", { name: "Skriv till arbetsboken" }));
  await notice("Analysen skrevs till arbetsboken.");
  const written = fake.snapshotCells();
  const rr = written.sheets.find((s) => s.name === "Resultaträkning");
  expect(Object.values(rr?.cells ?? {}).some((c) => c.value === "Status")).toBe(true);
  expect(written.sheets.map((s) => s.name)).toContain("Analys");

  fireEvent.click(screen.getByRole("button", { name: "Visa bladet Analys" }));
  await waitFor(() =>
    expect(fake.model.sheets.find((s) => s.id === fake.model.activeSheetId)?.name).toBe("Analys"),
  );

  fireEvent.click(screen.getByRole("button", { name: "Ta bort analysen" }));
  await notice("Analysen togs bort ur arbetsboken.");
  expect(fake.snapshotCells()).toEqual(original);
}, 30000);

it("uses the selected range for the statement", async () => {
  const { fake, saved } = await setup();
  await screen.findByText("Resultaträkning: 'Resultaträkning'!A4:I13", undefined, {
    timeout: 5000,
  });
  fake.setSelection("Resultaträkning", "A4:I13");
  fireEvent.click(screen.getByRole("button", { name: "Ändra hur resultaträkning läses" }));
  fireEvent.click(
    screen.getByRole("button", { name: "Använd markerat område för resultaträkning" }),
  );
  await screen.findByText("Resultaträkning läses från 'Resultaträkning'!A4:I13");
  expect(saved[0]).toMatchObject({ statementSheet: "Resultaträkning", statementRange: "A4:I13" });
}, 30000);

it("follows a dark Office theme", async () => {
  const { fake } = await setup("#262626");
  void fake;
  await screen.findByText("Resultaträkning: 'Resultaträkning'!A4:I13", undefined, {
    timeout: 5000,
  });
  expect(document.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
}, 30000);
