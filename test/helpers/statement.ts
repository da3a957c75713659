/**
 * Random resultaträkningar: a model (lines with amounts, column headers in any order and spelling,
 * optional section rows and totals) rendered under either sign convention, plus random workbooks
 * that put such a statement among noise, hidden rows, merges, formulas and hostile text.
 */
import fc from "fast-check";
import type { CellRange } from "../../src/core/grid";
import { formatNumber } from "../../src/core/format";
import { FORMULA_LIKE, ERROR_LITERALS, HOSTILE_SHEET_NAMES, arbPastedNumber } from "./hostile";
import { columnLetters } from "../../src/core/address";
import {
  emptySheet,
  put,
  type SheetSpec,
  type SpecCell,
  type SpecValue,
  type WorkbookSpec,
} from "./spec";

export type Field = "actual" | "budget" | "fullYearBudget" | "forecast" | "priorYear";
export type Convention = "costs-negative" | "costs-positive";

export const HEADER_SPELLINGS: Record<Field, string[]> = {
  actual: ["Ack utfall", "Utfall ack", "Utfall", "Utfall 2025", "Ack. utfall"],
  budget: ["Ack budget", "Budget ack", "Budget", "Budget 2025"],
  fullYearBudget: ["Budget helår", "Årsbudget"],
  forecast: ["Prognos helår", "Helårsprognos"],
  priorYear: ["Ack utfall fg år", "Utfall fg år", "Föregående år"],
};

const REVENUE_LABELS = [
  "Försäljning av tjänster",
  "Avgifter",
  "Statsbidrag",
  "Erhållen ersättning",
  "Övriga intäkter",
  "Hyresintäkter",
];
const COST_LABELS = [
  "Personalkostnader",
  "Lokalkostnader",
  "IT-kostnader",
  "Övriga kostnader",
  "Avskrivningar",
  "Konsultkostnader",
  "Material",
];

export interface Line {
  label: string;
  kind: "revenue" | "cost";
  /** Revenue as stored; for costs the size (≥ 0), signed by the convention when rendered. */
  amounts: Partial<Record<Field, number | null>>;
  /** Fields rendered as pasted text instead of a number cell. */
  asText: Field[];
}

export interface StatementModel {
  unit: "tkr" | "mnkr";
  /** Value columns, in sheet order, with the header spelling used. */
  columns: { field: Field; header: string }[];
  /** A "Diff" column with formulas actual − budget (cached results). */
  diffColumn: boolean;
  sections: boolean;
  totals: boolean;
  lines: Line[];
  /** Text in a comment column per line (null = none); may look like a formula. */
  comments: (string | null)[] | null;
}

const arbAmount = (unit: "tkr" | "mnkr", min: number): fc.Arbitrary<number> =>
  unit === "tkr"
    ? fc.integer({ min, max: 60_000 })
    : fc.integer({ min: min * 10, max: 600 }).map((n) => n / 10);

function arbLine(
  kind: "revenue" | "cost",
  unit: "tkr" | "mnkr",
  fields: Field[],
): fc.Arbitrary<Line> {
  const amount = fc.oneof(
    { weight: 9, arbitrary: arbAmount(unit, kind === "cost" ? 1 : 0) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  return fc
    .record({
      label: fc.constantFrom(...(kind === "revenue" ? REVENUE_LABELS : COST_LABELS)),
      values: fc.tuple(...fields.map(() => amount)),
      text: fc.subarray(fields, { maxLength: 2 }),
    })
    .map(({ label, values, text }) => ({
      label,
      kind,
      amounts: Object.fromEntries(fields.map((f, i) => [f, values[i]])),
      asText: text,
    }));
}

export const arbStatementModel: fc.Arbitrary<StatementModel> = fc
  .record({
    unit: fc.constantFrom<"tkr" | "mnkr">("tkr", "tkr", "mnkr"),
    extra: fc.subarray<Field>(["fullYearBudget", "forecast", "priorYear"]),
    order: fc.infiniteStream(fc.nat()),
    spell: fc.infiniteStream(fc.nat()),
    diffColumn: fc.boolean(),
    sections: fc.boolean(),
    totals: fc.boolean(),
    revenue: fc.integer({ min: 0, max: 3 }),
    cost: fc.integer({ min: 1, max: 5 }),
    comments: fc.option(
      fc.array(
        fc.option(fc.constantFrom(...FORMULA_LIKE, "Vakanser under perioden", "Lägre hyra")),
        { minLength: 12, maxLength: 12 },
      ),
    ),
  })
  .chain((m) => {
    // A forecast comes with its full-year budget: a lone "Budget" beside "Ack utfall" and a forecast is read
    // as the year's budget (resolveColumns), which is a different statement from the one modelled here.
    const extra =
      m.extra.includes("forecast") && !m.extra.includes("fullYearBudget")
        ? [...m.extra, "fullYearBudget" as const]
        : m.extra;
    const fields: Field[] = ["actual", "budget", ...extra];
    const order = [...fields];
    const it = m.order[Symbol.iterator]();
    for (let i = order.length - 1; i > 0; i--) {
      const j = (it.next().value as number) % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const sp = m.spell[Symbol.iterator]();
    const columns = order.map((field) => {
      const options = HEADER_SPELLINGS[field];
      return { field, header: options[(sp.next().value as number) % options.length] };
    });
    return fc
      .tuple(
        fc.array(arbLine("revenue", m.unit, fields), {
          minLength: m.revenue,
          maxLength: m.revenue,
        }),
        fc.array(arbLine("cost", m.unit, fields), { minLength: m.cost, maxLength: m.cost }),
      )
      .map(([rev, cost]): StatementModel => ({
        unit: m.unit,
        columns,
        diffColumn: m.diffColumn,
        sections: m.sections,
        totals: m.totals,
        lines: [...rev, ...cost],
        comments: m.comments,
      }));
  });

function textOf(n: number, unit: "tkr" | "mnkr", variant: number): string {
  const s = formatNumber(Math.abs(n), unit === "mnkr" ? 1 : 0, "sv");
  if (n >= 0) return s;
  return variant % 2 === 0 ? `(${s})` : `\u2212${s}`;
}

/** Where each statement line ended up, for tests that look at output rows. */
export interface Rendered {
  headerRow: number;
  labelCol: number;
  lastCol: number;
  /** Sheet row of each model line (same order as model.lines). */
  lineRows: number[];
  lastRow: number;
}

/**
 * Writes the statement with its header at (top, left). Costs are stored negative or positive by the
 * convention; totals and the Diff column follow the stored signs, as a controller's sheet would.
 */
export function renderStatement(
  sheet: SheetSpec,
  model: StatementModel,
  convention: Convention,
  top: number,
  left: number,
): Rendered {
  const sign = (l: Line): number => (l.kind === "cost" && convention === "costs-negative" ? -1 : 1);
  const stored = (l: Line, f: Field): number | null => {
    const v = l.amounts[f];
    if (v === null || v === undefined) return null;
    const s = sign(l) * v;
    return s === 0 ? 0 : s;
  };
  put(sheet, top - 2, left, `Resultaträkning per 2025-03-31 (${model.unit})`);
  const cols = model.columns.map((c, i) => ({ ...c, col: left + 1 + i }));
  const diffCol = model.diffColumn ? left + 1 + cols.length : -1;
  const commentCol = model.comments ? left + 1 + cols.length + (model.diffColumn ? 1 : 0) : -1;
  put(sheet, top, left, "Resultatrader");
  for (const c of cols) put(sheet, top, c.col, c.header);
  if (diffCol >= 0) put(sheet, top, diffCol, "Diff");
  if (commentCol >= 0) put(sheet, top, commentCol, "Kommentar");
  const colOf = (f: Field): number => cols.find((c) => c.field === f)?.col ?? -1;

  let row = top + 1;
  const lineRows: number[] = [];
  const writeLine = (
    label: string,
    values: Partial<Record<Field, number | null>>,
    asText: Field[],
    comment: string | null,
    idx: number,
  ): void => {
    put(sheet, row, left, label);
    for (const c of cols) {
      const v = values[c.field];
      if (v === null || v === undefined) continue;
      put(
        sheet,
        row,
        c.col,
        asText.includes(c.field)
          ? textOf(v, model.unit, idx)
          : { value: v, numFmt: model.unit === "mnkr" ? "#,##0.0" : "#,##0" },
      );
    }
    if (diffCol >= 0) {
      const a = values.actual;
      const b = values.budget;
      if (a !== null && a !== undefined && b !== null && b !== undefined) {
        const result = Math.round((a - b) * 10) / 10;
        put(sheet, row, diffCol, {
          value: result,
          formula: `${columnLetters(colOf("actual"))}${row + 1}-${columnLetters(colOf("budget"))}${row + 1}`,
        });
      }
    }
    if (commentCol >= 0 && comment) put(sheet, row, commentCol, comment);
    row++;
  };
  const sum = (lines: Line[], f: Field): number | null => {
    const vs = lines.map((l) => stored(l, f));
    if (vs.some((v) => v === null)) return null;
    return Math.round((vs as number[]).reduce((a, b) => a + b, 0) * 10) / 10;
  };
  const fields = cols.map((c) => c.field);
  const emit = (
    kind: "revenue" | "cost",
    heading: string,
    total: string,
  ): Partial<Record<Field, number | null>> | null => {
    const lines = model.lines.map((l, i) => ({ l, i })).filter((x) => x.l.kind === kind);
    if (lines.length === 0) return null;
    if (model.sections) {
      put(sheet, row, left, heading);
      row++;
    }
    for (const { l, i } of lines) {
      lineRows[i] = row;
      writeLine(
        l.label,
        Object.fromEntries(fields.map((f) => [f, stored(l, f)])),
        l.asText,
        model.comments?.[i] ?? null,
        i,
      );
    }
    if (!model.totals) return null;
    const totals = Object.fromEntries(
      fields.map((f) => [
        f,
        sum(
          lines.map((x) => x.l),
          f,
        ),
      ]),
    );
    writeLine(total, totals, [], null, 0);
    return totals;
  };
  const rev = emit("revenue", "Intäkter", "Verksamhetens intäkter");
  const cost = emit("cost", "Kostnader", "Verksamhetens kostnader");
  if (model.totals && cost) {
    const result = Object.fromEntries(
      fields.map((f) => {
        const r = rev ? rev[f] : 0;
        const c = cost[f];
        if (r === null || r === undefined || c === null || c === undefined) return [f, null];
        const v = convention === "costs-negative" ? r + c : r - c;
        return [f, Math.round(v * 10) / 10];
      }),
    );
    writeLine("Årets resultat", result, [], null, 0);
  }
  return {
    headerRow: top,
    labelCol: left,
    lastCol: Math.max(...cols.map((c) => c.col), diffCol, commentCol),
    lineRows,
    lastRow: row - 1,
  };
}

/** Random user content that is not a table: values, formulas, formats, hostile text. */
export const arbNoiseCell: fc.Arbitrary<SpecCell> = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map((value) => ({ value })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => ({ value })),
  fc.record({
    value: fc.integer({ min: -1000, max: 1000 }),
    numFmt: fc.constantFrom("0.0", "#,##0", "0%", "0.00%", "@", '#,##0 "tkr"', "yyyy-mm-dd"),
  }),
  fc
    .constantFrom(...FORMULA_LIKE, "Anteckning", "Källa: Raindance", "Summa", "Prognos")
    .map((value) => ({ value })),
  arbPastedNumber.map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom(...ERROR_LITERALS).map((error) => ({ value: { error } as SpecValue })),
  fc.record({
    value: fc.integer({ min: 0, max: 100 }),
    formula: fc.constantFrom("SUM(A1:A3)", "1+1", "TODAY()", "'Blad 2'!A1*2"),
  }),
  fc.record({ value: fc.constant("Gul"), fill: fc.constantFrom("FFFFEB9C", "FF00B0F0") }),
);

export interface RandomWorkbook {
  spec: WorkbookSpec;
  model: StatementModel;
  statementSheet: string;
  rendered: Rendered;
}

/**
 * A workbook with one statement (costs in either convention) placed anywhere on a hostile-named sheet,
 * noise below and right of it (sometimes directly right, which pushes our column along), another sheet
 * of noise, and at random hidden rows/columns and a merged title.
 */
export const arbRandomWorkbook: fc.Arbitrary<RandomWorkbook> = fc
  .record({
    model: arbStatementModel,
    convention: fc.constantFrom<Convention>("costs-negative", "costs-positive"),
    name: fc.constantFrom(...HOSTILE_SHEET_NAMES, "Resultaträkning", "Blad1"),
    top: fc.integer({ min: 2, max: 8 }),
    left: fc.integer({ min: 0, max: 3 }),
    rightNoise: fc.array(
      fc.tuple(fc.nat({ max: 20 }), fc.integer({ min: 1, max: 4 }), arbNoiseCell),
      { maxLength: 4 },
    ),
    belowNoise: fc.array(
      fc.tuple(fc.integer({ min: 3, max: 10 }), fc.nat({ max: 8 }), arbNoiseCell),
      { maxLength: 6 },
    ),
    other: fc.option(
      fc.array(fc.tuple(fc.nat({ max: 15 }), fc.nat({ max: 6 }), arbNoiseCell), { maxLength: 12 }),
    ),
    hiddenRows: fc.array(fc.nat({ max: 20 }), { maxLength: 3 }),
    hiddenCols: fc.array(fc.nat({ max: 10 }), { maxLength: 2 }),
    mergeTitle: fc.boolean(),
  })
  .map((r) => {
    const sheet = emptySheet(r.name);
    const rendered = renderStatement(sheet, r.model, r.convention, r.top, r.left);
    for (const [dr, dc, cell] of r.rightNoise) {
      const row = r.top + (dr % (rendered.lastRow - r.top + 1));
      put(sheet, row, rendered.lastCol + dc, cell);
    }
    for (const [dr, c, cell] of r.belowNoise) put(sheet, rendered.lastRow + dr, c, cell);
    if (r.mergeTitle)
      sheet.merges.push({
        top: r.top - 2,
        left: r.left,
        bottom: r.top - 2,
        right: r.left + 2,
      } satisfies CellRange);
    sheet.hiddenRows = [...new Set(r.hiddenRows)];
    sheet.hiddenCols = [...new Set(r.hiddenCols)];
    const sheets = [sheet];
    if (r.other) {
      const other = emptySheet(r.name === "Blad 2" ? "Blad 3" : "Blad 2");
      for (const [row, col, cell] of r.other) put(other, row, col, cell);
      sheets.unshift(other);
    }
    return { spec: { sheets }, model: r.model, statementSheet: r.name, rendered };
  });
