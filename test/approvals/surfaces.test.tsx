/**
 * @jest-environment jsdom
 *
 * One result on every surface. For every fixture workbook the same figures are read back from what
 * each surface shows a person — the pane (rendered with the real engine over an in-memory port,
 * after a click on Analysera), the command's printed summary (main() in-process, stdout), the Analys
 * sheet of the written workbook, and the commentary text — parsed from their Swedish formatting and
 * compared with the analysis's own findings (`analysis.summary`, the indicator and follow-up items).
 *
 * Which surface states which figure (a figure a surface does not show is not asserted there):
 * | figure                               | pane                      | command | Analys            | text |
 * | result against budget                | Sammanfattning            | yes     | key figures       | yes  |
 * | forecast result against budget       | Sammanfattning            | yes     | key figures       | yes  |
 * | cost / revenue totals (dev, budget, actual) | Avvikelser (dev)   | –       | Nyckeltal table   | yes  |
 * | material lines (and unfavourable)    | Sammanfattning            | listed  | –                 | –    |
 * | indicators met of judged             | Sammanfattning            | yes     | indicator table   | yes  |
 * | follow-up counts per status word     | Text tab (the same text)  | listed  | item table, Antal | yes  |
 */
import { act, fireEvent, render, screen, waitFor, within, cleanup } from "@testing-library/react";
import fs from "fs";
import os from "os";
import path from "path";
import type { Analysis } from "../../src/core/analysis";
import { analyzeAndWrite, type WriteOutcome } from "../../src/app/workflow";
import { commentaryToText } from "../../src/core/commentary";
import { actionWord, controlWord, goalWord } from "../../src/core/followup/words";
import { withDefaults } from "../../src/core/settings";
import { convertMoney, type MoneyUnit } from "../../src/core/units";
import { main } from "../../src/cli/main";
import { App } from "../../src/taskpane/App";
import { XlsxWorkbook } from "../../src/workbook/xlsx/adapter";
import { captureIo } from "../helpers/run";
import { fakeHost } from "../ui/doubles";
import { MemoryPort } from "../ui/memoryPort";
import { approvalFixtures } from "./fixtures";
import { shotOfXlsx, type SheetShot } from "./shot";

// The real engine and a full render per fixture on a shared 2-core machine.
jest.setTimeout(120_000);

// ---------------------------------------------------------------- reading what a surface shows

/** An amount as shown ("+545 tkr", "−1,5 mnkr", "545 tkr"), in tkr, with the rounding it carries. */
interface Shown {
  tkr: number;
  tolerance: number;
}

const AMOUNT =
  /([+\-\u2212]?)\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?[ \u00a0]*(mnkr|tkr|kr)(?![a-zåäö])/;

function shownAmount(text: string, where: string): Shown {
  if (/i nivå med budget/i.test(text) && !AMOUNT.test(text)) return { tkr: 0, tolerance: 0.5 };
  const m = AMOUNT.exec(text);
  if (!m) throw new Error(`${where}: no amount in ${JSON.stringify(text)}`);
  const digits = Number(`${m[2].replace(/[ \u00a0\u202f]/g, "")}.${m[3] ?? "0"}`);
  const sign = m[1] === "-" || m[1] === "\u2212" ? -1 : 1;
  const unit = m[4] as MoneyUnit;
  const decimals = m[3]?.length ?? 0;
  return {
    tkr: convertMoney(sign * digits, unit, "tkr"),
    tolerance: convertMoney(0.5 * 10 ** -decimals, unit, "tkr") + 1e-6,
  };
}

function expectAmount(shown: Shown, expected: number, unit: MoneyUnit, what: string): void {
  const want = convertMoney(expected, unit, "tkr");
  if (Math.abs(shown.tkr - want) > shown.tolerance)
    throw new Error(
      `${what}: shows ${shown.tkr} tkr (±${shown.tolerance}), the analysis ${want} tkr`,
    );
}

/** A plain count from text ("12", "1 234"). */
const count = (s: string): number => Number(s.replace(/[ \u00a0\u202f]/g, ""));

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------- the Analys sheet

const valueAt = (sheet: SheetShot, address: string): string | number | boolean | null =>
  sheet.cells.get(address)?.value ?? null;

function cellsByRow(sheet: SheetShot): Map<number, Map<number, string | number | boolean | null>> {
  const rows = new Map<number, Map<number, string | number | boolean | null>>();
  for (const [a, c] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    const r = Number(m[2]);
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)?.set(col, c.value);
  }
  return rows;
}

/** A table on the Analys sheet: the header row's cells by name, and the rows under it until a gap. */
interface SheetTable {
  heading: string | null;
  header: Map<string, number>;
  rows: Map<number, string | number | boolean | null>[];
}

/**
 * Tables whose header row starts with `firstHeader`; the body runs while `bodyColumn` (a header name;
 * default the first) has a value, so a note under the table ("Antal: …") and a risk written once for
 * several controls are read as a reader reads them.
 */
function tablesOf(sheet: SheetShot, firstHeader: string, bodyColumn?: string): SheetTable[] {
  const rows = cellsByRow(sheet);
  const out: SheetTable[] = [];
  for (const [r, cells] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
    if (cells.get(1) !== firstHeader) continue;
    const header = new Map<string, number>();
    for (const [c, v] of cells) if (typeof v === "string") header.set(v, c);
    const key = bodyColumn === undefined ? 1 : header.get(bodyColumn);
    if (key === undefined) continue;
    const body: Map<number, string | number | boolean | null>[] = [];
    for (let k = r + 1; (rows.get(k)?.get(key) ?? null) !== null; k++)
      body.push(rows.get(k) as Map<number, string | number | boolean | null>);
    const above = rows.get(r - 1)?.get(1);
    out.push({ heading: typeof above === "string" ? above : null, header, rows: body });
  }
  return out;
}

/** "Resultat mot budget" → its value in column B of the key-figure block at the top. */
function keyFigure(sheet: SheetShot, label: string): string | null {
  for (const [a, c] of sheet.cells)
    if (/^A\d+$/.test(a) && c.value === label) {
      const v = valueAt(sheet, `B${a.slice(1)}`);
      return v === null ? null : String(v);
    }
  return null;
}

// ---------------------------------------------------------------- the pane

async function paneSurface(outcomeAnalysisFound: boolean, snapshot: MemoryPort) {
  const h = fakeHost({ port: snapshot });
  render(<App host={h.host} />);
  const button = await screen.findByRole("button", { name: "Analysera" });
  await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
  await act(async () => {
    fireEvent.click(button);
  });
  await screen.findByRole("heading", { name: "Sammanfattning", level: 2 }, { timeout: 60_000 });
  const figures = new Map<string, string>();
  for (const dt of document.querySelectorAll("dt"))
    figures.set(dt.textContent ?? "", dt.nextElementSibling?.textContent ?? "");
  const tab = (name: string): HTMLElement => {
    fireEvent.click(screen.getByRole("tab", { name }));
    return screen.getByRole("tabpanel");
  };
  const deviation = (label: string): string | null => {
    if (!outcomeAnalysisFound) return null;
    const item = within(tab("Avvikelser"))
      .queryAllByRole("button")
      .find((b) => b.getAttribute("data-row") === label);
    return item?.textContent ?? null;
  };
  return { figures, deviation, text: () => tab("Text").textContent ?? "" };
}

// ---------------------------------------------------------------- the comparisons

interface Surfaces {
  analysis: Analysis;
  outcome: WriteOutcome;
  cli: { code: number; out: string; err: string };
  sheet: SheetShot | null;
  text: string;
  pane: Awaited<ReturnType<typeof paneSurface>>;
}

/** Which figures were compared on which fixture: a test that compared nothing must not pass. */
const compared = new Map<string, Set<string>>();
let current = "";
const noteCompared = (figure: string): void => {
  if (!compared.has(current)) compared.set(current, new Set());
  compared.get(current)?.add(figure);
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "uppf-surfaces-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(cleanup);

async function surfaces(file: string, name: string): Promise<Surfaces> {
  const settings = withDefaults({});
  const input = fs.readFileSync(file);
  const wb = await XlsxWorkbook.fromBuffer(input);
  const snapshot = await wb.read();
  const outcome = await analyzeAndWrite(wb, { settings, onEdited: "stop" });
  const written = outcome.kind === "written" ? await shotOfXlsx(await wb.toBuffer()) : null;
  const sheet = written?.sheets.find((s) => s.name === "Analys") ?? null;

  const copy = path.join(tmp, name);
  fs.copyFileSync(file, copy);
  const cap = captureIo();
  const code = await main(["analyze", copy, "-o", path.join(tmp, `out-${name}`)], cap.io);

  const pane = await paneSurface(outcome.kind !== "nothingFound", new MemoryPort(snapshot));
  return {
    analysis: outcome.result.analysis,
    outcome,
    cli: { code, out: cap.out(), err: cap.err() },
    sheet,
    text: commentaryToText(outcome.result.commentary),
    pane,
  };
}

/** The summary section's sentences: the result, the totals, the forecast. */
function commentarySummary(s: Surfaces): string {
  return (
    s.outcome.result.commentary.sections.find((x) => x.id === "summary")?.paragraphs.join(" ") ?? ""
  );
}

function checkResult(s: Surfaces): void {
  const st = s.analysis.statement;
  const sum = s.analysis.summary;
  if (!st || !sum) return;
  const unit = st.unit;
  const lines = s.cli.out.split("\n");
  const cliLine = (prefix: string): string | null =>
    lines.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? null;
  const text = commentarySummary(s);

  for (const [value, paneLabel, cliPrefix, sheetLabel] of [
    [sum.result, "Resultat mot budget", "Resultat mot budget: ", "Resultat mot budget"],
    [
      sum.forecastResult,
      "Prognos helår mot budget",
      "Prognos helår mot budget: ",
      "Prognos helår mot budget",
    ],
  ] as const) {
    const pane = s.pane.figures.get(paneLabel) ?? null;
    const cli = cliLine(cliPrefix);
    const sheet = s.sheet ? keyFigure(s.sheet, sheetLabel) : null;
    if (value === null) {
      // Nothing to compare: no surface may invent a figure.
      expect({ pane, cli, sheet }).toEqual({ pane: null, cli: null, sheet: null });
      continue;
    }
    expect({ pane: pane !== null, cli: cli !== null, sheet: sheet !== null }).toEqual({
      pane: true,
      cli: true,
      sheet: true,
    });
    expectAmount(shownAmount(pane as string, "pane"), value, unit, `pane ${paneLabel}`);
    expectAmount(shownAmount(cli as string, "command"), value, unit, `command ${cliPrefix}`);
    expectAmount(shownAmount(sheet as string, "Analys"), value, unit, `Analys ${sheetLabel}`);
    noteCompared(paneLabel);
  }

  // The commentary's words for the result: överskott (+) / underskott (−) / i nivå med budget.
  if (sum.result !== null) {
    const m =
      /redovisar ett (?:resultat i nivå med budget|(överskott|underskott) mot budget med ([^()]+?) (?:för|under|per|i|$))/.exec(
        text,
      );
    if (!m) throw new Error(`commentary states no result: ${text}`);
    const shown = m[1] ? shownAmount(m[2], "commentary") : { tkr: 0, tolerance: 0.5 };
    if (m[1] === "underskott") shown.tkr = -shown.tkr;
    expectAmount(shown, sum.result, unit, "commentary result");
    noteCompared("commentary result");
  }
  if (sum.forecastResult !== null) {
    const m =
      /Helårsprognosen (?:är i nivå med budget|visar ett (överskott|underskott) mot budget med ([^.]+?)\.)/.exec(
        text,
      );
    if (!m) throw new Error(`commentary states no forecast result: ${text}`);
    const shown = m[1] ? shownAmount(m[2], "commentary") : { tkr: 0, tolerance: 0.5 };
    if (m[1] === "underskott") shown.tkr = -shown.tkr;
    expectAmount(shown, sum.forecastResult, unit, "commentary forecast result");
    noteCompared("commentary forecast result");
  }
}

/** "Kostnaderna understiger budget med 545 tkr (budget 10,7 mnkr, utfall 10,1 mnkr)": a cost or revenue total. */
function checkTotalWords(
  kind: "cost" | "revenue",
  t: { budgetDeviation: number; budget: number; actual: number },
  text: string,
  unit: MoneyUnit,
): void {
  const subject = kind === "cost" ? "Kostnaderna" : "Intäkterna";
  // "Kostnaderna understiger budget med 545 tkr (budget 10,7 mnkr, utfall 10,1 mnkr)."
  const m = new RegExp(
    `${subject} (?:följer kostnaderna och )?(?:(överstiger|understiger) budget med ([^()]+?)|är i nivå med budget) \\(budget (.+?), utfall ([^)]+)\\)`,
  ).exec(text);
  if (!m) throw new Error(`commentary states no ${kind} total: ${text}`);
  const dev = m[1] ? shownAmount(m[2], "commentary") : { tkr: 0, tolerance: 0.5 };
  // Costs above budget and revenue below it are unfavourable (negative).
  const unfavourable = kind === "cost" ? m[1] === "överstiger" : m[1] === "understiger";
  if (unfavourable) dev.tkr = -dev.tkr;
  expectAmount(dev, t.budgetDeviation, unit, `commentary ${kind} deviation`);
  expectAmount(shownAmount(m[3], "commentary"), Math.abs(t.budget), unit, `${kind} budget`);
  expectAmount(shownAmount(m[4], "commentary"), Math.abs(t.actual), unit, `${kind} actual`);
  noteCompared(`commentary ${kind} total`);
}

function checkTotals(s: Surfaces): void {
  const st = s.analysis.statement;
  const sum = s.analysis.summary;
  if (!st || !sum) return;
  const text = commentarySummary(s);
  const keyTable = s.sheet ? tablesOf(s.sheet, "Rad")[0] : undefined;
  for (const [kind, t] of [
    ["cost", sum.costs],
    ["revenue", sum.revenue],
  ] as const) {
    if (!t || t.budgetDeviation === null || t.budget === null || t.actual === null) continue;
    if (st.resultUnits) {
      // A table of results: "Summa nämnder redovisar ett underskott mot budget med 7,3 mnkr
      // (budgeterat resultat minus 4,5 mnkr, utfall minus 11,8 mnkr)."
      const esc = t.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const r = new RegExp(
        `${esc} redovisar (?:ett (överskott|underskott) mot budget med ([^()]+?)|ett resultat i nivå med budget) \\(budgeterat resultat (.+?), utfall ([^)]+)\\)`,
      ).exec(text);
      if (!r) throw new Error(`commentary states no result of ${t.label}: ${text}`);
      const signed = (x: string): Shown => {
        const a = shownAmount(x.replace(/^minus /, ""), "commentary");
        return x.startsWith("minus ") ? { ...a, tkr: -a.tkr } : a;
      };
      const dev = r[1] ? shownAmount(r[2], "commentary") : { tkr: 0, tolerance: 0.5 };
      if (r[1] === "underskott") dev.tkr = -dev.tkr;
      expectAmount(dev, t.budgetDeviation, st.unit, `commentary ${t.label} deviation`);
      expectAmount(signed(r[3]), t.budget, st.unit, `${t.label} budgeted result`);
      expectAmount(signed(r[4]), t.actual, st.unit, `${t.label} result`);
      noteCompared(`commentary ${kind} total`);
    } else
      checkTotalWords(
        kind,
        { budgetDeviation: t.budgetDeviation, budget: t.budget, actual: t.actual },
        text,
        st.unit,
      );
    // A total line of the table: the Analys key-figure table and the pane's deviation list show it.
    if (t.cell === null) continue;
    const paneItem = s.pane.deviation(t.label);
    if (paneItem === null) throw new Error(`the pane lists no ${t.label}`);
    expectAmount(shownAmount(paneItem, "pane"), t.budgetDeviation, st.unit, `pane ${t.label}`);
    if (!keyTable) throw new Error("Analys has no key-figure table");
    const row = keyTable.rows.find((r) => r.get(1) === t.label);
    if (!row) throw new Error(`Analys key figures lack ${t.label}`);
    const col = (h: string): number | null => {
      const c = keyTable.header.get(h);
      const v = c === undefined ? null : row.get(c);
      return typeof v === "number" ? v : null;
    };
    expect({ actual: col("Utfall"), budget: col("Budget"), deviation: col("Avvikelse") }).toEqual({
      actual: t.actual,
      budget: t.budget,
      deviation: t.budgetDeviation,
    });
    noteCompared(`pane and Analys ${kind} total`);
  }
}

function checkMaterial(s: Surfaces): void {
  const st = s.analysis.statement;
  const sum = s.analysis.summary;
  if (!st || !sum) {
    expect(s.pane.figures.get("Väsentliga avvikelser")).toBe("Ingen resultaträkning analyserades.");
    return;
  }
  const pane = /^(\d[\d\u00a0 ]*) \(varav (\d+) ogynnsamm?a?\)$/.exec(
    s.pane.figures.get("Väsentliga avvikelser") ?? "",
  );
  if (!pane) throw new Error(`pane: ${s.pane.figures.get("Väsentliga avvikelser")}`);
  // The command lists the material lines under its heading, one "  label: amount (word)" each.
  const lines = s.cli.out.split("\n");
  const start = lines.indexOf("Väsentliga avvikelser mot budget:");
  const listed =
    start < 0
      ? []
      : lines
          .slice(start + 1)
          .filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith("  ")));
  expect({
    pane: count(pane[1]),
    paneUnfavourable: count(pane[2]),
    command: listed.length,
    commandUnfavourable: listed.filter((l) => l.endsWith("(Ogynnsam)")).length,
  }).toEqual({
    pane: sum.materialLines,
    paneUnfavourable: sum.unfavourableMaterialLines,
    command: sum.materialLines,
    commandUnfavourable: sum.unfavourableMaterialLines,
  });
  noteCompared("material lines");
}

function checkIndicators(s: Surfaces): void {
  const items = s.analysis.indicators?.items ?? [];
  const judged = items.filter((i) => i.status !== "grey");
  const met = judged.filter((i) => i.status === "green").length;
  const pane = s.pane.figures.get("Uppfyllda mål") ?? null;
  const cli = /Måluppfyllelse: (\d+) av (\d+) uppfyllda/.exec(s.cli.out);
  if (judged.length === 0) {
    expect(pane).toBeNull();
    return;
  }
  expect({ pane, cli: cli ? `${cli[1]} av ${cli[2]}` : null }).toEqual({
    pane: `${met} av ${judged.length}`,
    cli: `${met} av ${judged.length}`,
  });
  // The Analys indicator table: one Bedömning word per indicator.
  const table = s.sheet ? tablesOf(s.sheet, "Indikator")[0] : undefined;
  if (!table) throw new Error("Analys has no indicator table");
  const col = table.header.get("Bedömning") as number;
  const words = table.rows.map((r) => String(r.get(col)));
  expect(words.length).toBe(items.length);
  expect(words.filter((w) => w === "Uppfyllt").length).toBe(met);
  expect(words.filter((w) => w !== "Kan ej bedömas").length).toBe(judged.length);
  // The commentary: "2 indikatorer är uppfyllda." / "1 av 3 indikatorer är uppfyllda."
  const ind = s.outcome.result.commentary.sections.find((x) => x.id === "indicators");
  const para = ind?.paragraphs.join(" ") ?? "";
  const m =
    /(?:^|\. )(?:(\d+) av (\d+)|(Inga|Ingen|\d+)) indikatorer? (?:är|av dem är) uppfyllda?/.exec(
      para,
    );
  // "Ingen av de 2 indikatorerna är uppfylld.": none of the judged ones met.
  const none = /(?:^|\. )Ingen av de (\d+) indikatorerna är uppfylld/.exec(para);
  if (!m && none) {
    expect([0, count(none[1])]).toEqual([met, judged.length]);
    noteCompared("indicators");
    return;
  }
  if (!m) throw new Error(`commentary states no indicator count: ${para}`);
  if (m[1]) expect([count(m[1]), count(m[2])]).toEqual([met, judged.length]);
  else expect(/^\d/.test(m[3]) ? count(m[3]) : 0).toBe(met);
  noteCompared("indicators");
}

function checkFollowup(s: Surfaces): void {
  const a = s.analysis;
  // Per kind: the analysis's words, and the Analys item table (first header, the word's column).
  const kinds = [
    ["goals", a.goals?.items.map((i) => goalWord(i, a.goals!.family, "sv")), "Mål", "Bedömning"],
    ["actions", a.actions?.items.map((i) => actionWord(i, "sv")), "Aktivitet", "Status"],
    ["controls", a.controls?.items.map((i) => controlWord(i, "sv")), "Risk", "Resultat"],
  ] as const;
  const cliLines = s.cli.out.split("\n");
  for (const [kind, words, first, wordColumn] of kinds) {
    const tables = s.sheet ? tablesOf(s.sheet, first, wordColumn) : [];
    if (!words || words.length === 0) {
      expect(tables).toEqual([]);
      continue;
    }
    const expected = countBy(words, (w) => w);
    // The command: "Mål: 'Mål'!A3:C8 (5 rader)" then one "  name: word" line per item.
    const what = { goals: "Mål", actions: "Handlingsplaner", controls: "Internkontroll" }[kind];
    const start = cliLines.findIndex((l) => l.startsWith(`${what}: `));
    const found = /\((\d+) rader\)$/.exec(cliLines[start] ?? "");
    expect(found ? count(found[1]) : null).toBe(words.length);
    const itemLines = cliLines.slice(start + 1, start + 1 + words.length);
    const cliWords = itemLines.map((l) => {
      const m = /^ {2}.*: ([^:()]+?)(?: \([^)]*\))?$/.exec(l);
      return m ? m[1] : `?${l}`;
    });
    expect(countBy(cliWords, (w) => w)).toEqual(expected);
    // The Analys sheet: one row per item with its word, then "Antal: Klar 2, Pågår 1, …".
    expect(tables).toHaveLength(1);
    const table = tables[0];
    const col = table.header.get(wordColumn) as number;
    expect(countBy(table.rows, (r) => String(r.get(col)))).toEqual(expected);
    const rows = cellsByRow(s.sheet as SheetShot);
    const noteRow = [...rows.values()].find(
      (r) =>
        typeof r.get(1) === "string" &&
        (r.get(1) as string).startsWith("Antal: ") &&
        Object.keys(expected).every((w) => (r.get(1) as string).includes(`${w} `)),
    );
    if (!noteRow) throw new Error(`Analys states no counts for ${kind}`);
    const noted: Record<string, number> = {};
    const note = (noteRow.get(1) as string).slice("Antal: ".length).split(".")[0];
    for (const part of note.split(", ")) {
      const m = /^(.+) (\d+)$/.exec(part);
      if (m) noted[m[1]] = count(m[2]);
    }
    expect(noted).toEqual(expected);
    noteCompared(kind);
  }
  // The commentary's totals: "2 av 5 mål är uppfyllda", "Av 12 aktiviteter …", "Av 3 kontrollmoment …".
  const text = s.text;
  if (a.goals && a.goals.items.length > 0) {
    const m = /(\d+) av (\d+) mål är uppfyllda/.exec(text);
    const met = a.goals.items.filter((i) => i.status === "green").length;
    expect(m ? [count(m[1]), count(m[2])] : null).toEqual([met, a.goals.items.length]);
  }
  if (a.actions && a.actions.items.length > 0) {
    const m = /Av (\d+) aktiviteter/.exec(text);
    expect(m ? count(m[1]) : null).toBe(a.actions.items.length);
    const late = a.actions.items.filter((i) => i.overdue).length;
    const l = /(\d+|En|Ingen) (?:är|aktivitet är) försenade?/.exec(text);
    if (late > 0) expect(l ? (/^\d/.test(l[1]) ? count(l[1]) : 1) : null).toBe(late);
  }
  if (a.controls && a.controls.items.length > 0) {
    const m = /Av (\d+) kontrollmoment/.exec(text);
    expect(m ? count(m[1]) : null).toBe(a.controls.items.length);
  }
}

const fixtures = approvalFixtures();

describe.each(fixtures.map((f) => [f.label, f] as const))("%s", (_label, f) => {
  it("the pane, the command, the Analys sheet and the text state the same result", async () => {
    current = f.label;
    const s = await surfaces(f.file, f.name.replace(/\//g, "_"));
    if (s.outcome.kind === "nothingFound") {
      // One policy: nothing found is said everywhere and nothing is written.
      expect(s.cli.code).toBe(1);
      expect(s.cli.err).toContain("Inget att analysera");
      expect(s.sheet).toBeNull();
      expect(s.text).toBe("");
      expect(s.pane.figures.get("Väsentliga avvikelser")).toBe(
        "Ingen resultaträkning analyserades.",
      );
      noteCompared("nothing found");
      return;
    }
    expect(s.outcome.kind).toBe("written");
    expect(s.cli.code).toBe(0);
    expect(s.sheet).not.toBeNull();
    checkResult(s);
    checkTotals(s);
    checkMaterial(s);
    checkIndicators(s);
    checkFollowup(s);
    // The pane's Text tab shows the commentary itself (so its counts are the text's).
    const shown = s.pane.text().replace(/\s+/g, " ");
    for (const section of s.outcome.result.commentary.sections)
      for (const p of section.paragraphs) expect(shown).toContain(p.replace(/\s+/g, " "));
  });
});

it("compared every kind of figure, on the fixtures that carry it", () => {
  const on = (label: string): string[] => [...(compared.get(label) ?? [])].sort();
  expect(on("test/fixtures/inkop-q1-2025.xlsx")).toEqual(
    [
      "Prognos helår mot budget",
      "Resultat mot budget",
      "commentary cost total",
      "commentary forecast result",
      "commentary result",
      "commentary revenue total",
      "indicators",
      "material lines",
      "pane and Analys cost total",
      "pane and Analys revenue total",
    ].sort(),
  );
  expect(on("test/fixtures/handlingsplaner-mal-2022.xlsx")).toEqual([
    "actions",
    "controls",
    "goals",
  ]);
  expect(on("test/fixtures/corpus/malmo-prognosavvikelse-2014.xlsx")).toEqual(["nothing found"]);
  // Every fixture compared something.
  expect(fixtures.filter((f) => on(f.label).length === 0).map((f) => f.label)).toEqual([]);
});
