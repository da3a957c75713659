/**
 * Deterministic generators for benchmark workbooks, laid out as a controller keeps them:
 * a resultaträkning (title rows, the usual header, revenue and cost accounts grouped under
 * "Summa …" lines, costs stored as negative numbers, Diff columns as formulas) and an
 * indicator sheet (Indikator | Målvärde | Utfall) with the target syntaxes the product reads.
 *
 * One model (GenSheet) is turned into the three inputs the benchmark needs: an engine snapshot,
 * a seed for the recording fake of Excel, and an .xlsx file written with ExcelJS.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookSnapshot } from "../src/core/grid";
import type { FakeSeed, FakeSeedCell } from "../test/fakes/excel/model";

export interface GenCell {
  v: CellValue;
  /** Formula with leading "=", cached result in v. */
  f?: string;
  nf?: string;
}

export interface GenSheet {
  name: string;
  /** Row-major from A1; null = empty cell. Rows may be shorter than the widest row. */
  rows: (GenCell | null)[][];
  /** Counts of what was generated, for the report. */
  info: Record<string, number>;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AMOUNT_FORMAT = "#,##0";
export const STATEMENT_HEADER = [
  "Resultatrader",
  "Ack utfall",
  "Ack budget",
  "Diff",
  "Budget helår",
  "Prognos helår",
  "Diff helår",
  "Ack utfall fg år",
];

interface AccountGroup {
  title: string;
  base: number;
  accounts: string[];
}

const REVENUE_GROUPS: AccountGroup[] = [
  {
    title: "Patientavgifter",
    base: 3010,
    accounts: [
      "Patientavgifter öppenvård",
      "Patientavgifter slutenvård",
      "Tandvårdsavgifter",
      "Hjälpmedelsavgifter",
    ],
  },
  {
    title: "Försäljning av tjänster",
    base: 3110,
    accounts: [
      "Försäljning av vård",
      "Försäljning av verksamhetstjänster",
      "Försäljning av laboratorietjänster",
    ],
  },
  {
    title: "Statsbidrag",
    base: 3410,
    accounts: ["Statsbidrag läkemedelsförmånen", "Riktade statsbidrag", "Övriga statsbidrag"],
  },
  {
    title: "Ersättning från andra regioner",
    base: 3510,
    accounts: ["Ersättning för utomlänsvård", "Ersättning för rikssjukvård"],
  },
  {
    title: "Hyresintäkter",
    base: 3610,
    accounts: ["Hyresintäkter lokaler", "Hyresintäkter bostäder"],
  },
  {
    title: "Övriga intäkter",
    base: 3910,
    accounts: ["Övriga ersättningar", "Erhållna bidrag", "Försäljning av material"],
  },
];

const COST_GROUPS: AccountGroup[] = [
  {
    title: "Personalkostnader",
    base: 5010,
    accounts: [
      "Löner tillsvidareanställda",
      "Löner visstidsanställda",
      "Sociala avgifter",
      "Pensionskostnader",
      "Övriga personalkostnader",
    ],
  },
  {
    title: "Inhyrd personal",
    base: 5510,
    accounts: ["Inhyrda läkare", "Inhyrda sjuksköterskor", "Inhyrd övrig personal"],
  },
  {
    title: "Köpt vård",
    base: 6010,
    accounts: ["Köpt vård andra regioner", "Köpt vård privata vårdgivare", "Köpt tandvård"],
  },
  {
    title: "Läkemedelskostnader",
    base: 6210,
    accounts: ["Läkemedel inom förmånen", "Läkemedel slutenvård", "Läkemedel öppenvård"],
  },
  {
    title: "Material och varor",
    base: 6410,
    accounts: ["Sjukvårdsmaterial", "Förbrukningsmaterial", "Livsmedel"],
  },
  {
    title: "Lokalkostnader",
    base: 6510,
    accounts: ["Lokalhyror", "Energi och uppvärmning", "Städning och underhåll"],
  },
  { title: "IT-kostnader", base: 6610, accounts: ["IT-tjänster", "Licenser", "IT-utrustning"] },
  {
    title: "Avskrivningar",
    base: 7810,
    accounts: ["Avskrivningar byggnader", "Avskrivningar inventarier"],
  },
  {
    title: "Övriga kostnader",
    base: 7910,
    accounts: ["Konsulttjänster", "Resor och transporter", "Försäkringar", "Övriga driftkostnader"],
  },
];

const UNITS = [
  "Vårdcentral Norr",
  "Vårdcentral Söder",
  "Akutmottagning",
  "Medicinkliniken",
  "Kirurgkliniken",
  "Ortopedkliniken",
  "Barn- och ungdomskliniken",
  "Psykiatrin",
  "Radiologi",
  "Laboratoriemedicin",
  "Habilitering",
  "Folktandvården",
];

const num = (v: number, f?: string): GenCell =>
  f ? { v, f, nf: AMOUNT_FORMAT } : { v, nf: AMOUNT_FORMAT };
const text = (v: string): GenCell => ({ v });

/** Excel column letter for a 0-based index below 26 (the statement is 8 columns wide). */
const col = (c: number): string => String.fromCharCode(65 + c);

/** A roughly normal deviate from the uniform source (Irwin–Hall with 4 terms). */
function normal(r: () => number): number {
  return (r() + r() + r() + r() - 2) * Math.sqrt(3);
}

/**
 * A statement with exactly `lines` table lines below the header (accounts, group sums, section
 * headings, totals, results). About a fifth of the accounts are revenue, the rest costs. A few
 * Diff cells are typed over with a wrong figure (one per 5 000 lines, at least one), as happens in
 * real sheets, so the reconciliation checks and their commentary are exercised too.
 */
export function statementSheet(lines: number, seed = 20250630): GenSheet {
  if (lines < 12) throw new Error("a statement needs at least 12 lines");
  const r = rng(seed ^ lines);
  const rows: (GenCell | null)[][] = [
    [text("Region Exempelland – Hälso- och sjukvårdsnämnden")],
    [text("Resultaträkning per 2025-06-30 (tkr)")],
    [],
    STATEMENT_HEADER.map(text),
  ];
  const fixed = 6; // Intäkter, Verksamhetens intäkter, Kostnader, Verksamhetens kostnader, nettokostnader, Årets resultat
  const revenueLines = Math.max(4, Math.round((lines - fixed) * 0.2));
  const costLines = lines - fixed - revenueLines;
  const wrongDiffs = Math.max(1, Math.floor(lines / 5000));
  // Accounts are about 85 % of the lines: spread the typed-over Diff cells evenly among them.
  const wrongEvery = Math.max(1, Math.floor(((revenueLines + costLines) * 0.8) / wrongDiffs));
  let accountCount = 0;
  let lineNo = 0;
  let wrongWritten = 0;

  const excelRow = (): number => rows.length + 1;

  /** Writes a figures line; values in the order actual, budget, fullYearBudget, forecast, priorYear. */
  const figures = (
    label: string,
    a: number,
    b: number,
    fy: number,
    fc: number,
    py: number,
    sumOf: [number, number] | null,
  ): void => {
    const n = excelRow();
    lineNo++;
    const f = (c: number): string | undefined =>
      sumOf ? `=SUM(${col(c)}${sumOf[0]}:${col(c)}${sumOf[1]})` : undefined;
    let diff = num(a - b, `=B${n}-C${n}`);
    if (!sumOf && wrongWritten < wrongDiffs && accountCount % wrongEvery === wrongEvery - 1) {
      diff = num(a - b + 1000 + Math.round(r() * 500)); // a figure typed over the formula
      wrongWritten++;
    }
    rows.push([
      text(label),
      num(a, f(1)),
      num(b, f(2)),
      diff,
      num(fy, f(4)),
      num(fc, f(5)),
      num(fc - fy, `=F${n}-E${n}`),
      num(py, f(7)),
    ]);
  };

  /** Groups of accounts with their "Summa" line, filling exactly `budgetLines` lines. Returns the sum rows. */
  const section = (
    groups: AccountGroup[],
    budgetLines: number,
    sign: 1 | -1,
  ): { row: number; v: number[] }[] => {
    const sums: { row: number; v: number[] }[] = [];
    let left = budgetLines;
    let g = 0;
    while (left > 0) {
      const group = groups[g % groups.length];
      const cycle = Math.floor(g / groups.length);
      g++;
      // 3–24 accounts per group; the last group takes what is left (at least one account and its sum).
      let accounts = Math.min(left - 1, 3 + Math.floor(r() * 22));
      if (left - (accounts + 1) < 2) accounts = left - 1;
      if (accounts < 1) {
        // One line left: an account without a sum line would break the structure; fold it into the previous group.
        accounts = 1;
      }
      const first = excelRow();
      const total = [0, 0, 0, 0, 0];
      const unit = UNITS[cycle % UNITS.length];
      for (let i = 0; i < accounts; i++) {
        const name = group.accounts[i % group.accounts.length];
        const account = group.base + (i % 90);
        const label =
          cycle === 0 && accounts <= group.accounts.length
            ? `${account} ${name}`
            : `${account} ${name} – ${unit} ${1 + Math.floor(i / group.accounts.length)}`;
        const size = Math.round(50 + Math.exp(r() * 9)); // 50 … 8 100 tkr for the period, skewed small
        const budget = sign * size;
        const actual = Math.round(
          budget * (1 + 0.06 * normal(r) + (r() < 0.03 ? 0.4 * normal(r) : 0)),
        );
        const fullYear = budget * 2;
        const forecast = Math.round(fullYear * (1 + 0.03 * normal(r)));
        const prior = Math.round(actual * (1 + 0.05 * normal(r)));
        const v = [actual, budget, fullYear, forecast, prior];
        v.forEach((x, k) => (total[k] += x));
        figures(label, actual, budget, fullYear, forecast, prior, null);
        accountCount++;
      }
      const last = excelRow() - 1;
      const title = cycle === 0 ? group.title : `${group.title} ${unit}`;
      const row = excelRow();
      figures(
        `Summa ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
        total[0],
        total[1],
        total[2],
        total[3],
        total[4],
        [first, last],
      );
      sums.push({ row, v: total });
      left -= accounts + 1;
    }
    return sums;
  };

  const totalOf = (label: string, sums: { row: number; v: number[] }[]): number[] => {
    const v = [0, 1, 2, 3, 4].map((k) => sums.reduce((s, x) => s + x.v[k], 0));
    const n = excelRow();
    lineNo++;
    const ref = (c: number): string => `=${sums.map((s) => `${col(c)}${s.row}`).join("+")}`;
    // Long "=B10+B25+…" formulas are what sheets hold; cap the length as Excel does (8 192 chars).
    const f = (c: number): string | undefined => {
      const formula = ref(c);
      return formula.length < 8000 ? formula : undefined;
    };
    rows.push([
      text(label),
      num(v[0], f(1)),
      num(v[1], f(2)),
      num(v[0] - v[1], `=B${n}-C${n}`),
      num(v[2], f(4)),
      num(v[3], f(5)),
      num(v[3] - v[2], `=F${n}-E${n}`),
      num(v[4], f(7)),
    ]);
    return v;
  };

  rows.push([text("Intäkter")]);
  lineNo++;
  const revenueSums = section(REVENUE_GROUPS, revenueLines, 1);
  const revenueRow = excelRow();
  const revenue = totalOf("Verksamhetens intäkter", revenueSums);
  rows.push([text("Kostnader")]);
  lineNo++;
  const costSums = section(COST_GROUPS, costLines, -1);
  const costRow = excelRow();
  const cost = totalOf("Verksamhetens kostnader", costSums);
  const net = revenue.map((x, k) => x + cost[k]);
  for (const label of ["Verksamhetens nettokostnader", "Årets resultat"]) {
    const n = excelRow();
    lineNo++;
    const f = (c: number): string =>
      label === "Årets resultat"
        ? `=${col(c)}${n - 1}`
        : `=${col(c)}${revenueRow}+${col(c)}${costRow}`;
    rows.push([
      text(label),
      num(net[0], f(1)),
      num(net[1], f(2)),
      num(net[0] - net[1], `=B${n}-C${n}`),
      num(net[2], f(4)),
      num(net[3], f(5)),
      num(net[3] - net[2], `=F${n}-E${n}`),
      num(net[4], f(7)),
    ]);
  }
  if (lineNo !== lines) throw new Error(`generator produced ${lineNo} lines, wanted ${lines}`);
  return {
    name: "Resultaträkning",
    rows,
    info: {
      lines,
      accounts: accountCount,
      sums: revenueSums.length + costSums.length,
      wrongDiffs: wrongWritten,
    },
  };
}

type Target = {
  text: string;
  dir: "min" | "max";
  value: number;
  unit: "%" | "st" | "tkr" | "mnkr" | "";
};

const TARGETS: Target[] = [
  { text: "Högst 10 %", dir: "max", value: 10, unit: "%" },
  { text: "Max 4,2 %", dir: "max", value: 4.2, unit: "%" },
  { text: "Minst 80", dir: "min", value: 80, unit: "" },
  { text: "Min 91 %", dir: "min", value: 91, unit: "%" },
  { text: "≥ 90 %", dir: "min", value: 90, unit: "%" },
  { text: "≤ 5 %", dir: "max", value: 5, unit: "%" },
  { text: "30 %", dir: "min", value: 30, unit: "%" },
  { text: "40 MSEK", dir: "min", value: 40, unit: "mnkr" },
  { text: "30 st", dir: "min", value: 30, unit: "st" },
  { text: "0 tkr", dir: "min", value: 0, unit: "tkr" },
];

const INDICATOR_NAMES = [
  "Sjukfrånvaro",
  "Andel patienter som fått besök inom 90 dagar",
  "Personalomsättning",
  "Samordnade upphandlingar",
  "Möjliggjorda besparingar",
  "Ekonomiskt resultat",
  "Andel digitala fakturor",
  "Tillgänglighet telefon",
  "Nöjd medarbetarindex",
  "Andel förnybar energi",
];

function fmtDecimal(x: number, decimals: number): string {
  return x.toFixed(decimals).replace(".", ",");
}

/**
 * `count` indicators under the header Indikator | Målvärde | Utfall. Outcomes come as plain numbers,
 * text with a unit ("3,94%", "37,5 MSEK", "28 st"), percentage-formatted fractions, "Mäts ej",
 * or nothing; a few indicators have no target. About two thirds are met.
 */
export function indicatorSheet(count: number, seed = 2019): GenSheet {
  const r = rng(seed ^ count);
  const rows: (GenCell | null)[][] = [
    [text("Indikatorer 2025 – Region Exempelland")],
    [],
    ["Indikator", "Målvärde", "Utfall"].map(text),
  ];
  for (let i = 0; i < count; i++) {
    const name = `${INDICATOR_NAMES[i % INDICATOR_NAMES.length]} ${UNITS[Math.floor(i / INDICATOR_NAMES.length) % UNITS.length]} ${1 + Math.floor(i / (INDICATOR_NAMES.length * UNITS.length))}`;
    const t = TARGETS[i % TARGETS.length];
    const roll = r();
    const noTarget = roll < 0.02;
    const notMeasured = roll >= 0.02 && roll < 0.04;
    const missing = roll >= 0.04 && roll < 0.05;
    // Outcome relative to target: met about two thirds of the time, sometimes narrowly missed.
    const base = t.value === 0 ? 500 : t.value;
    const good = r() < 0.66;
    const factor = good ? 1 + 0.2 * r() : 1 - 0.25 * r();
    let actual = t.dir === "min" ? base * factor : base / factor;
    if (t.value === 0) actual = good ? 50 + 1500 * r() : -(50 + 1500 * r());
    let outcome: GenCell | null;
    if (notMeasured) outcome = text("Mäts ej");
    else if (missing) outcome = null;
    else if (t.unit === "%") {
      const style = i % 3;
      if (style === 0) outcome = { v: Math.round(actual * 100) / 10000, nf: "0.0%" };
      else if (style === 1) outcome = text(`${fmtDecimal(actual, 2)}%`);
      else outcome = { v: Math.round(actual * 10) / 10 };
    } else if (t.unit === "mnkr") outcome = text(`${fmtDecimal(actual, 1)} MSEK`);
    else if (t.unit === "st") outcome = text(`${Math.round(actual)} st`);
    else outcome = { v: Math.round(actual) };
    rows.push([text(name), noTarget ? null : text(t.text), outcome]);
  }
  return { name: "Indikatorer", rows, info: { indicators: count } };
}

/** The engine's view of a generated sheet: dense matrices, as the adapters read them. */
export function toGrid(s: GenSheet): SheetGrid {
  const width = Math.max(...s.rows.map((row) => row.length));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const row of s.rows) {
    const v = new Array<CellValue>(width).fill(null);
    const f = new Array<string | null>(width).fill(null);
    const nf = new Array<string | null>(width).fill(null);
    row.forEach((c, j) => {
      if (!c) return;
      v[j] = c.v;
      f[j] = c.f ?? null;
      nf[j] = c.nf ?? null;
    });
    values.push(v);
    formulas.push(f);
    numberFormats.push(nf);
  }
  return {
    name: s.name,
    top: 0,
    left: 0,
    values,
    formulas,
    numberFormats,
    merges: [],
    tables: [],
    protected: false,
  };
}

export function toSnapshot(...sheets: GenSheet[]): WorkbookSnapshot {
  return { sheets: sheets.map(toGrid), markers: [] };
}

/** Seed for the recording fake of Excel. */
export function toFakeSeed(...sheets: GenSheet[]): FakeSeed {
  return {
    sheets: sheets.map((s) => {
      const cells: FakeSeedCell[] = [];
      s.rows.forEach((row, i) =>
        row.forEach((c, j) => {
          if (!c || c.v === null) return;
          const v = c.v;
          const cell: FakeSeedCell = {
            address: `${col(j)}${i + 1}`,
            value: typeof v === "object" ? v.error : v,
          };
          if (c.f) cell.formula = c.f;
          if (c.nf) cell.numberFormat = c.nf;
          cells.push(cell);
        }),
      );
      return { name: s.name, cells };
    }),
    names: [],
  };
}

/** Writes the sheets to an .xlsx file with ExcelJS (formulas with their cached results). */
export async function writeXlsx(file: string, ...sheets: GenSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "uppfoljning bench";
  wb.created = new Date(Date.UTC(2025, 6, 1));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.getColumn(1).width = 48;
    for (let c = 2; c <= 8; c++) ws.getColumn(c).width = 14;
    s.rows.forEach((row, i) => {
      row.forEach((c, j) => {
        if (!c || c.v === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        const v = c.v;
        const value = typeof v === "object" ? { error: v.error } : v;
        cell.value = c.f
          ? ({ formula: c.f.slice(1), result: value } as ExcelJS.CellFormulaValue)
          : (value as ExcelJS.CellValue);
        if (c.nf) cell.numFmt = c.nf;
      });
    });
  }
  await wb.xlsx.writeFile(file);
}
