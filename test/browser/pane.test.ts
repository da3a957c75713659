/**
 * The task pane in real headless Chromium: the production bundle served on 127.0.0.1, with a stub
 * Office and the recording fake Excel seeded from the fixture workbook instead of office.js.
 * Needs Debian's chromium (`apt-get install -y chromium`); fails, never skips, without it.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { seedFromXlsx } from "../fakes/excel/seedFromXlsx";
import type { FakeWorkbookSnapshot } from "../fakes/excel";
import { ROOT, buildHarness, buildPane, findChromium, serve, type Served } from "./support";

jest.setTimeout(240_000);

const FIXTURE = path.resolve(ROOT, "test/fixtures/inkop-q1-2025.xlsx");
const SCREENSHOT = path.join(ROOT, "out", "screenshots", "pane.png");
const WIDTH = 320;

let browser: Browser | null = null;
let served: Served | null = null;

beforeAll(async () => {
  const { executablePath, args } = await findChromium();
  buildPane();
  await buildHarness();
  const seed = await seedFromXlsx(FIXTURE);
  served = await serve(JSON.stringify(seed));
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args,
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** A page at the pane's default width that records every request and lets none leave 127.0.0.1. */
async function openPage(
  pathname: string,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  if (!browser || !served) throw new Error("beforeAll did not finish");
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 900 },
    locale: "sv-SE",
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.origin });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    // Abort rather than let anything reach the network; the assertion below still sees the attempt.
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") return route.abort();
    return route.continue();
  });
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(served.origin + pathname);
  return { page, requests, errors };
}

function cellsOf(snapshot: FakeWorkbookSnapshot, sheet: string) {
  return snapshot.sheets.find((s) => s.name === sheet)?.cells ?? {};
}

it("analyses, writes, copies and removes in the browser at 320 px, with no request leaving 127.0.0.1", async () => {
  const { page, requests, errors } = await openPage("/pane.html");
  const snap = () =>
    page.evaluate(() =>
      (window as unknown as { __fake: { snapshotCells(): unknown } }).__fake.snapshotCells(),
    ) as Promise<FakeWorkbookSnapshot>;
  const original = await snap();

  await page.getByText("Resultaträkning: 'Resultaträkning'!A4:I13").waitFor();

  // Keyboard only: Tab to Analysera and press Enter.
  let onAnalyse = false;
  for (let i = 0; i < 40 && !onAnalyse; i++) {
    await page.keyboard.press("Tab");
    onAnalyse = await page.evaluate(
      () => document.activeElement?.textContent?.trim() === "Analysera",
    );
  }
  expect(onAnalyse).toBe(true);
  await page.keyboard.press("Enter");

  const staff = page.locator('button[data-row="Personalkostnader"]');
  await staff.waitFor();
  await expect(staff.locator('[data-status="green"]').textContent()).resolves.toBe("Gynnsam");
  expect(await staff.textContent()).toContain("488");
  // Analysera writes nothing.
  expect(await snap()).toEqual(original);
  // Nothing is wider than the pane.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    WIDTH,
  );

  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  // The README shows the top of the pane (tables, buttons, summary, deviations); the full one is for review.
  await page.screenshot({
    path: SCREENSHOT,
    fullPage: true,
    clip: { x: 0, y: 0, width: WIDTH, height: 1100 },
  });
  await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, "-full.png"), fullPage: true });

  // Choosing a deviation selects its row in the sheet.
  await staff.click();
  await page.waitForFunction(() => {
    const m = (window as unknown as { __fake: { model: { selection: unknown } } }).__fake.model;
    return m.selection !== null;
  });

  await page.getByRole("button", { name: "Skriv till arbetsboken" }).click();
  await page.getByText("Analysen skrevs till arbetsboken.").first().waitFor();
  const written = await snap();
  const statement = cellsOf(written, "Resultaträkning");
  expect(Object.values(statement).some((c) => c.value === "Status")).toBe(true);
  expect(Object.values(statement).some((c) => c.value === "Gynnsam")).toBe(true);
  expect(written.sheets.map((s) => s.name)).toContain("Analys");

  // Copy one section and read the clipboard back.
  const section = page.locator("article[data-section]").first();
  const title = (await section.locator("h3").textContent()) ?? "";
  const paragraphs = await section.locator("p").allTextContents();
  await section.getByRole("button", { name: `Kopiera avsnittet ${title}` }).click();
  await page.locator("#announcer", { hasText: "Kopierat" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${title}\n\n${paragraphs.join("\n\n")}\n`);

  await page.getByRole("button", { name: "Ta bort analysen" }).click();
  await page.getByText("Analysen togs bort ur arbetsboken.").first().waitFor();
  expect(await snap()).toEqual(original);

  expect(errors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  const foreign = requests.filter(
    (u) => !u.startsWith("data:") && new URL(u).hostname !== "127.0.0.1",
  );
  expect(foreign).toEqual([]);
});

it("follows Office's dark theme", async () => {
  const { page } = await openPage("/pane-dark.html");
  await page.getByText("Resultaträkning: 'Resultaträkning'!A4:I13").waitFor();
  const background = await page.evaluate(
    () =>
      getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
  );
  const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);
  await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, "-dark.png") });
});

it("says to open it from Excel when office.js is missing, instead of hanging", async () => {
  const { page, requests } = await openPage("/outside.html");
  await page
    .getByRole("heading", { name: "Öppna Uppföljning från Excel" })
    .waitFor({ timeout: 10_000 });
  expect(requests.every((u) => new URL(u).hostname === "127.0.0.1")).toBe(true);
});
