/**
 * One benchmark phase in its own process, so a phase that scales badly can be stopped at a
 * deadline without losing the others, and each phase's heap is its own.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/measure.ts <phase> <size> <runs>
 *
 * phase: engine (statement of <size> lines) | indicators (<size> indicators) |
 *        commentary (statement of <size> lines) | office (statement of <size> lines on the fake Excel)
 *
 * Prints one JSON line per finished run ({"run": …}), then one summary line ({"done": …}).
 * The parent (bench/run.ts) reads them as they come and keeps what arrived before a deadline.
 */
import { summarizeStatement } from "../src/core/statement/summary";
import { GCProfiler } from "v8";
import type { Analysis, Period } from "../src/core/analysis";
import { generateCommentary } from "../src/core/commentary";
import { analyzeSnapshot } from "../src/core/analyze";
import { runEngine } from "../src/core/engine";
import { statementHeaderAt, type FoundStatement } from "../src/core/find/statementTable";
import { gridBottom, type SheetGrid } from "../src/core/grid";
import { periodIn } from "../src/core/parse/period";
import { withDefaults } from "../src/core/settings";
import { analyzeStatement } from "../src/core/statement/analyze";
import type { Diagnostic } from "../src/core/diagnostics";
import { OfficeWorkbook } from "../src/workbook/office/adapter";
import { MAX_CELL_PROPERTIES_CELLS } from "../src/workbook/office/writeOps";
import { createFakeExcel } from "../test/fakes/excel";
import { indicatorSheet, statementSheet, toFakeSeed, toSnapshot } from "./generate";

const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    throw new Error("run with node --expose-gc");
  });

const emit = (o: object): void => void process.stdout.write(`${JSON.stringify(o)}\n`);

interface RunFigures {
  ms: number;
  /** Highest used heap seen: before any collection during the run, or at its end (bytes). */
  peakHeap: number;
  /** Used heap after a full collection before the run (bytes): the inputs held. */
  baseHeap: number;
}

/** Runs fn once with a clean heap and returns its wall time and peak used heap. */
function measured<T>(fn: () => T): { result: T; figures: RunFigures } {
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const t0 = process.hrtime.bigint();
  const result = fn();
  const t1 = process.hrtime.bigint();
  const endHeap = process.memoryUsage().heapUsed;
  const stats = profiler.stop();
  let peakHeap = endHeap;
  for (const s of stats.statistics)
    peakHeap = Math.max(peakHeap, s.beforeGC.heapStatistics.usedHeapSize);
  return { result, figures: { ms: Number(t1 - t0) / 1e6, peakHeap, baseHeap } };
}

async function measuredAsync<T>(fn: () => Promise<T>): Promise<{ result: T; figures: RunFigures }> {
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const t0 = process.hrtime.bigint();
  const result = await fn();
  const t1 = process.hrtime.bigint();
  const endHeap = process.memoryUsage().heapUsed;
  const stats = profiler.stop();
  let peakHeap = endHeap;
  for (const s of stats.statistics)
    peakHeap = Math.max(peakHeap, s.beforeGC.heapStatistics.usedHeapSize);
  return { result, figures: { ms: Number(t1 - t0) / 1e6, peakHeap, baseHeap } };
}

/**
 * The statement's analysis without the table search: the header row is known from the generator.
 * The commentary is measured on its own input, so a slow search elsewhere cannot hide its figure.
 */
function statementAnalysis(sheet: SheetGrid, headerRow: number): Analysis {
  const settings = withDefaults();
  const columns = statementHeaderAt(sheet, headerRow);
  if (!columns) throw new Error("generated header not recognised");
  const bottom = gridBottom(sheet);
  const found: FoundStatement = {
    sheet: sheet.name,
    headerRow,
    firstRow: headerRow + 1,
    lastRow: bottom,
    columns,
    range: { top: headerRow, left: sheet.left, bottom, right: sheet.left + 7 },
    roleNotes: [],
    blockAfter: null,
  };
  const diagnostics: Diagnostic[] = [];
  const statement = analyzeStatement(sheet, found, settings, diagnostics);
  let period: Period | null = null;
  for (const line of statement.titleLines) {
    const p = periodIn(line);
    if (p) {
      period = { ...p, source: line };
      break;
    }
  }
  const summary = summarizeStatement(statement, period, settings);
  return {
    statement,
    indicators: null,
    goals: null,
    actions: null,
    controls: null,
    period,
    summary,
    diagnostics,
  };
}

async function main(): Promise<void> {
  const [phase, sizeText, runsText] = process.argv.slice(2);
  const size = Number(sizeText);
  const runs = Number(runsText ?? "3");
  const settings = withDefaults();

  if (phase === "engine" || phase === "indicators") {
    const snapshot = toSnapshot(phase === "engine" ? statementSheet(size) : indicatorSheet(size));
    // Warm-up: the first run pays for compiling the engine's code paths.
    const warm = measured(() => runEngine(snapshot, settings));
    const a = warm.result.analysis;
    emit({
      warmup: true,
      ...warm.figures,
      rows: a.statement?.rows.length ?? 0,
      indicators: a.indicators?.items.length ?? 0,
      checks: a.statement?.checks.length ?? 0,
      paragraphs: warm.result.commentary.sections.reduce((n, s) => n + s.paragraphs.length, 0),
      planSteps: warm.result.plan.steps.length,
    });
    for (let i = 0; i < runs; i++)
      emit({ run: i, ...measured(() => runEngine(snapshot, settings)).figures });
    // The reading alone (find the tables, analyse them): its share of runEngine, once per size.
    emit({ reading: true, ...measured(() => analyzeSnapshot(snapshot, settings)).figures });
    emit({ done: true });
    return;
  }

  if (phase === "commentary") {
    const gen = statementSheet(size);
    const analysis = statementAnalysis(toSnapshot(gen).sheets[0], 3);
    const warm = measured(() => generateCommentary(analysis, settings));
    const text = warm.result.sections.flatMap((s) => s.paragraphs);
    emit({
      warmup: true,
      ...warm.figures,
      paragraphs: text.length,
      chars: text.reduce((n, p) => n + p.length, 0),
    });
    for (let i = 0; i < runs; i++)
      emit({ run: i, ...measured(() => generateCommentary(analysis, settings)).figures });
    emit({ done: true });
    return;
  }

  if (phase === "office") {
    const gen = statementSheet(size);
    const seed = toFakeSeed(gen);
    for (let i = 0; i < runs; i++) {
      const fake = createFakeExcel(seed);
      const wb = new OfficeWorkbook(fake.Excel.run);
      let readSyncs = 0;
      let readProxyCalls = 0;
      let distinctFills = 0;
      let fillGroups = 0;
      let fillBound = 0;
      let statusCells = 0;
      let engineMs = 0;
      const { figures } = await measuredAsync(async () => {
        const snapshot = await wb.read();
        readSyncs = fake.stats.syncs;
        readProxyCalls = fake.stats.proxyCalls;
        const t0 = performance.now();
        const result = runEngine(snapshot, settings);
        engineMs = performance.now() - t0;
        if (result.refusals.length > 0)
          throw new Error(`plan refused: ${result.refusals.map((d) => d.code).join(", ")}`);
        // Fill groups as the adapter forms them: per sheet, one per colour, plus "no fill" on cells
        // of an existing sheet (a new or replaced sheet starts without fills).
        const fills = new Set<string>();
        const groups = new Set<string>();
        for (const step of result.plan.steps) {
          if (step.kind !== "writeBlocks" && step.kind !== "replaceSheet") continue;
          const fresh = step.kind === "replaceSheet";
          for (const b of step.blocks)
            b.values.forEach((row, i) =>
              row.forEach((_, j) => {
                const fill = b.formats?.[i]?.[j]?.fill ?? null;
                if (fill === null && fresh) return;
                if (fill !== null) fills.add(fill);
                groups.add(`${step.sheet}\u0000${fill ?? "none"}`);
                statusCells++;
              }),
            );
        }
        fillGroups = groups.size;
        distinctFills = fills.size;
        // Fill calls as the adapter makes them: per block one reset on an existing sheet, plus one
        // setCellProperties per chunk of MAX_CELL_PROPERTIES_CELLS (no multi-area addresses).
        for (const step of result.plan.steps) {
          if (step.kind !== "writeBlocks" && step.kind !== "replaceSheet") continue;
          for (const b of step.blocks) {
            const cells = b.values.length * (b.values[0]?.length ?? 0);
            fillBound +=
              (step.kind === "writeBlocks" ? 1 : 0) + Math.ceil(cells / MAX_CELL_PROPERTIES_CELLS);
          }
        }
        await wb.apply(result.plan);
      });
      const s = fake.stats;
      emit({
        run: i,
        ...figures,
        engineMs,
        syncs: s.syncs,
        readSyncs,
        writeSyncs: s.syncs - readSyncs,
        proxyCalls: s.proxyCalls,
        readProxyCalls,
        formatCalls: s.formatCalls,
        fillCalls: s.fillCalls,
        distinctFills,
        fillGroups,
        fillBound,
        statusCells,
        maxBatchBytes: Math.max(0, ...s.batchBytes),
        maxResponseBytes: Math.max(0, ...s.responseBytes),
        totalBatchBytes: s.batchBytes.reduce((a, b) => a + b, 0),
        totalResponseBytes: s.responseBytes.reduce((a, b) => a + b, 0),
        batchBytes: s.batchBytes,
        responseBytes: s.responseBytes,
      });
    }
    emit({ done: true });
    return;
  }
  throw new Error(`unknown phase ${String(phase)}`);
}

main().catch((e: unknown) => {
  emit({
    error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    where: e instanceof Error ? (e.stack ?? "").split("\n").slice(1, 4).join(" | ") : "",
  });
  process.exit(1);
});
