/**
 * Properties of the pure engine on random and hostile grids: the table finder and the whole engine
 * never throw; they find a table or say why not; the write plan only touches blank cells of the user's
 * sheets; and the sign convention of costs does not change a single deviation or status.
 */
import fc from "fast-check";
import { runEngine } from "../../../src/core/engine";
import { findStatementTables } from "../../../src/core/find/statementTable";
import { findIndicatorTables } from "../../../src/core/indicators/findTable";
import {
  cellAt,
  isBlank,
  type CellRange,
  type CellValue,
  type SheetGrid,
  type WorkbookSnapshot,
} from "../../../src/core/grid";
import { withDefaults } from "../../../src/core/settings";
import { analyzeSnapshot } from "../../../src/core/analyze";
import { arbGridValue, HOSTILE_SHEET_NAMES } from "../../helpers/hostile";
import { propertyParams } from "../../helpers/run";
import { emptySheet, toGrid } from "../../helpers/spec";
import {
  arbStatementModel,
  renderStatement,
  type Convention,
  type StatementModel,
} from "../../helpers/statement";

/** A grid of random size and content: blanks, numbers (also NaN/∞), header words, errors; jagged rows; merges. */
const arbNoiseGrid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom(...HOSTILE_SHEET_NAMES),
    top: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_048_000 })),
    left: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 16_000 })),
    rows: fc.array(fc.array(arbGridValue, { maxLength: 12 }), { maxLength: 30 }),
    merges: fc.array(
      fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 12 }), fc.nat({ max: 4 }), fc.nat({ max: 4 })),
      { maxLength: 4 },
    ),
    table: fc.option(
      fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 12 }), fc.nat({ max: 10 }), fc.nat({ max: 6 })),
    ),
  })
  .map((g) => {
    const merges: CellRange[] = g.merges.map(([r, c, h, w]) => ({
      top: g.top + r,
      left: g.left + c,
      bottom: g.top + r + h,
      right: g.left + c + w,
    }));
    const tables = g.table
      ? [
          {
            name: "Tabell1",
            range: {
              top: g.top + g.table[0],
              left: g.left + g.table[1],
              bottom: g.top + g.table[0] + g.table[2],
              right: g.left + g.table[1] + g.table[3],
            },
          },
        ]
      : [];
    return {
      name: g.name,
      top: g.top,
      left: g.left,
      values: g.rows as CellValue[][],
      merges,
      tables,
    };
  });

/** A real statement, then damaged: random cells overwritten with hostile values, merges across the data. */
const arbDamagedStatement: fc.Arbitrary<SheetGrid> = fc
  .record({
    model: arbStatementModel,
    convention: fc.constantFrom<Convention>("costs-negative", "costs-positive"),
    name: fc.constantFrom(...HOSTILE_SHEET_NAMES),
    top: fc.integer({ min: 2, max: 40 }),
    left: fc.integer({ min: 0, max: 5 }),
    damage: fc.array(fc.tuple(fc.nat({ max: 25 }), fc.nat({ max: 10 }), arbGridValue), {
      maxLength: 8,
    }),
    merges: fc.array(
      fc.tuple(fc.nat({ max: 25 }), fc.nat({ max: 10 }), fc.nat({ max: 2 }), fc.nat({ max: 2 })),
      { maxLength: 2 },
    ),
  })
  .map((d) => {
    const sheet = emptySheet(d.name);
    renderStatement(sheet, d.model, d.convention, d.top, d.left);
    const grid = toGrid(sheet);
    for (const [r, c, v] of d.damage) {
      const row = grid.values[r % Math.max(1, grid.values.length)];
      if (row) row[c % Math.max(1, row.length)] = v;
    }
    grid.merges = d.merges.map(([r, c, h, w]) => ({
      top: grid.top + r,
      left: grid.left + c,
      bottom: grid.top + r + h,
      right: grid.left + c + w,
    }));
    return grid;
  });

const arbGrid: fc.Arbitrary<SheetGrid> = fc.oneof(arbNoiseGrid, arbDamagedStatement);

const settings = withDefaults();

describe("the table finder never throws on any grid", () => {
  it("finds well-formed tables or none", () => {
    let withTable = 0;
    fc.assert(
      fc.property(arbGrid, (grid) => {
        const found = findStatementTables(grid);
        if (found.length > 0) withTable++;
        for (const t of found) {
          // The range starts at the header row, or at a row of headings right above it.
          expect(t.range.top).toBeLessThanOrEqual(t.headerRow);
          expect(t.range.top).toBeGreaterThanOrEqual(t.headerRow - 1);
          expect(t.firstRow).toBe(t.headerRow + 1);
          expect(t.lastRow).toBeGreaterThanOrEqual(t.firstRow);
          expect(t.range.bottom).toBe(t.lastRow);
          expect(t.range.left).toBeLessThanOrEqual(t.range.right);
          expect(t.range.top).toBeGreaterThanOrEqual(grid.top);
          expect(t.range.bottom).toBeLessThan(grid.top + grid.values.length);
        }
        // Tables do not overlap: each starts below the previous one.
        for (let i = 1; i < found.length; i++)
          expect(found[i].range.top).toBeGreaterThan(found[i - 1].range.bottom);
        findIndicatorTables(grid, () => false);
      }),
      propertyParams(300),
    );
    // The property is only worth something if many grids hold a (damaged) table.
    expect(withTable).toBeGreaterThan(60);
  });

  it("the engine finds a table or returns a diagnostic that says what it looked for", () => {
    fc.assert(
      fc.property(fc.array(arbGrid, { minLength: 1, maxLength: 3 }), (grids) => {
        const names = new Set<string>();
        const sheets = grids.filter((g) => !names.has(g.name) && names.add(g.name));
        const snapshot: WorkbookSnapshot = { sheets, markers: [] };
        const result = runEngine(snapshot, settings);
        if (result.analysis.statement === null) {
          expect(result.analysis.diagnostics.map((d) => d.code)).toContain("noStatement");
        } else {
          for (const r of result.analysis.statement.rows) {
            for (const v of [
              r.budgetDeviation,
              r.budgetDeviationPct,
              r.forecastDeviation,
              r.yoyChange,
              r.yoyChangePct,
            ]) {
              if (v !== null) expect(Number.isFinite(v)).toBe(true);
            }
          }
        }
        expect(() => JSON.stringify(result.report)).not.toThrow();
      }),
      propertyParams(300),
    );
  });

  it("the write plan never writes a cell the user filled (on grids with no earlier output)", () => {
    let written = 0;
    fc.assert(
      fc.property(fc.array(arbGrid, { minLength: 1, maxLength: 2 }), (grids) => {
        const names = new Set<string>();
        const sheets = grids.filter(
          (g) => !names.has(g.name) && names.add(g.name) && g.name !== "Analys",
        );
        const snapshot: WorkbookSnapshot = { sheets, markers: [] };
        const { plan } = runEngine(snapshot, settings);
        for (const step of plan.steps) {
          if (step.kind === "clearRange" || step.kind === "deleteSheet")
            throw new Error(`nothing of ours to remove, yet: ${step.kind}`);
          if (step.kind !== "writeBlocks") continue;
          written++;
          const sheet = sheets.find((s) => s.name === step.sheet) as SheetGrid;
          for (const b of step.blocks)
            b.values.forEach((row, i) =>
              row.forEach((_, j) => {
                const v = cellAt(sheet, b.top + i, b.left + j);
                if (!isBlank(v))
                  throw new Error(
                    `plan overwrites ${step.sheet}!R${b.top + i + 1}C${b.left + j + 1} (${JSON.stringify(v)})`,
                  );
              }),
            );
        }
      }),
      propertyParams(300),
    );
    expect(written).toBeGreaterThan(60);
  });
});

function analyse(model: StatementModel, convention: Convention, top: number, left: number) {
  const sheet = emptySheet("Resultaträkning");
  const rendered = renderStatement(sheet, model, convention, top, left);
  return {
    st: analyzeSnapshot({ sheets: [toGrid(sheet)], markers: [] }, settings).statement,
    rendered,
  };
}

describe("sign-convention symmetry", () => {
  it("costs stored negative and the same costs stored positive give the same deviations and statuses", () => {
    fc.assert(
      fc.property(
        arbStatementModel,
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (model, top, left) => {
          const { st: neg, rendered } = analyse(model, "costs-negative", top, left);
          const { st: pos } = analyse(model, "costs-positive", top, left);
          expect(neg).not.toBeNull();
          expect(pos).not.toBeNull();
          if (!neg || !pos) return;
          expect(neg.signConvention).toBe("costs-negative");
          expect(pos.signConvention).toBe("costs-positive");
          const view = (rows: typeof neg.rows) =>
            rows.map((r) => ({
              label: r.label,
              kind: r.kind,
              budgetDeviation: r.budgetDeviation,
              budgetDeviationPct: r.budgetDeviationPct,
              forecastDeviation: r.forecastDeviation,
              yoyChange: r.yoyChange,
              yoyChangePct: r.yoyChangePct,
              material: r.material,
              status: r.status,
              forecastStatus: r.forecastStatus,
            }));
          expect(view(pos.rows)).toEqual(view(neg.rows));
          // A cost line under budget is favourable under both conventions.
          model.lines.forEach((l, i) => {
            const a = l.amounts.actual;
            const b = l.amounts.budget;
            if (l.kind !== "cost" || a == null || b == null) return;
            const row = neg.rows.find((r) => r.row === rendered.lineRows[i]);
            expect(row?.kind).toBe("cost");
            expect(row?.budgetDeviation).toBeCloseTo(b - a, 6);
          });
        },
      ),
      propertyParams(300),
    );
  });
});
