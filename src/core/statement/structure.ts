/**
 * Which lines of a statement add up to which, read the way a controller reads a table: by its arithmetic.
 *
 * A line is a total when it equals the sum of a contiguous run of the items directly above it (a Summa
 * under its parts) or directly below it (a nämnd printed above its verksamheter), on every amount column
 * that has figures, within the rounding a published table carries (one unit of the last shown digit per
 * summed item). Words such as Summa or Totalt, and result lines, are hints that widen the search; they do
 * not replace it. A worded total that adds up over no run still covers its word-rule run, so the
 * reconciliation reports the cell that is wrong.
 *
 * Linear in lines: prefix sums over a stack of items, and an unworded total is looked for over at most
 * MAX_RUN items (a nämnd with more verksamheter than that is not a layout published tables use).
 */
import { FIGURE_FIELDS, type RowKind, type StatementField } from "../analysis";

export interface StructureRow {
  /** Values per compared field (null = empty cell). */
  values: Partial<Record<StatementField, number | null>>;
  kind: RowKind | null;
  /** Worded as a total (Summa …, Totalt, Verksamhetens kostnader). */
  worded: boolean;
  /** A worded total of every kind above it (Summa, Finansnetto), not only its own kind's. */
  netTotal: boolean;
  /** A result line (Årets resultat, Verksamhetens nettokostnad). */
  result: boolean;
  /** A "varav" line: part of the line above, never summed. */
  varav: boolean;
}

export type StructureLine<R extends StructureRow> = { type: "row"; data: R } | { type: "section" };

export interface Structure<R> {
  /** What each total line covers; an empty list: a total-worded line that stands alone (an item). */
  covers: Map<R, R[]>;
  /** For each result line: the result line before it, and the items since then no total covers. */
  results: Map<R, { previous: R | null; items: R[] }>;
  /** The total each covered line belongs to. */
  parent: Map<R, R>;
  /** Totals found by their arithmetic alone (no word said so). */
  byArithmetic: Set<R>;
}

/** Fields whose figures are independent evidence (a deviation column is derived from two of them). */
const INDEPENDENT: readonly StatementField[] = FIGURE_FIELDS;
const DERIVED: StatementField[] = ["budgetDiff", "forecastDiff"];
const MAX_RUN = 60;

interface Options<R> {
  /** Fields with a column in this table. */
  fields: StatementField[];
  /** Rounding tolerance for a sum of n items. */
  tolerance: (n: number) => number;
  /** +1 or −1: the sign that makes the line's figures favourable-positive (revenue positive, costs negative). */
  sign: (r: R) => 1 | -1;
  /** Look for totals no word names (false: worded totals and result lines only). */
  arithmetic: boolean;
}

/**
 * Running sums over a stack of items, per field: raw figures, sign-normalised ones, and counts. Prefix
 * arrays of fixed size (the stack never holds more items than the table has lines): a push or pop is a
 * few stores, not a push on 21 growing arrays.
 */
class SumStack<R extends StructureRow> {
  items: R[] = [];
  private readonly raw: Float64Array[];
  private readonly norm: Float64Array[];
  private readonly filled: Int32Array[];
  /** Prefix count of items with any figure other than zero. */
  private readonly nonZero: Int32Array;
  /** Work space for the run search, one slot per field. */
  readonly scratchFields: Int32Array;
  readonly scratchValues: Float64Array;

  constructor(
    private readonly fields: StatementField[],
    private readonly sign: (r: R) => 1 | -1,
    capacity: number,
  ) {
    this.raw = fields.map(() => new Float64Array(capacity + 1));
    this.norm = fields.map(() => new Float64Array(capacity + 1));
    this.filled = fields.map(() => new Int32Array(capacity + 1));
    this.nonZero = new Int32Array(capacity + 1);
    this.scratchFields = new Int32Array(fields.length);
    this.scratchValues = new Float64Array(fields.length);
  }

  get length(): number {
    return this.items.length;
  }

  push(r: R): void {
    const n = this.items.length;
    this.items.push(r);
    const s = this.sign(r);
    let any = false;
    for (let i = 0; i < this.fields.length; i++) {
      const v = r.values[this.fields[i]];
      if (v) any = true;
      this.raw[i][n + 1] = this.raw[i][n] + (v ?? 0);
      this.norm[i][n + 1] = this.norm[i][n] + s * (v ?? 0);
      this.filled[i][n + 1] = this.filled[i][n] + (v == null ? 0 : 1);
    }
    this.nonZero[n + 1] = this.nonZero[n] + (any ? 1 : 0);
  }

  /** Removes and returns the top k items, bottom first. */
  pop(k: number): R[] {
    // The prefix entries above the new top are overwritten by the next push.
    return this.items.splice(this.items.length - k, k);
  }

  clear(): void {
    this.items.length = 0;
  }

  rawSum(i: number, k: number): number {
    const n = this.items.length;
    return this.raw[i][n] - this.raw[i][n - k];
  }

  normSum(i: number, k: number): number {
    const n = this.items.length;
    return this.norm[i][n] - this.norm[i][n - k];
  }

  filledIn(i: number, k: number): number {
    const n = this.items.length;
    return this.filled[i][n] - this.filled[i][n - k];
  }

  nonZeroIn(k: number): number {
    const n = this.items.length;
    return this.nonZero[n] - this.nonZero[n - k];
  }
}

function isZeroRow<R extends StructureRow>(r: R, fields: StatementField[]): boolean {
  for (const f of fields) if (r.values[f]) return false;
  return true;
}

/** Per field of the table: whether its figures are independent evidence, and whether it is summed. */
interface FieldInfo {
  summed: boolean;
  independent: boolean;
}

function fieldInfo(fields: StatementField[]): FieldInfo[] {
  return fields.map((f) => ({
    summed: INDEPENDENT.includes(f) || DERIVED.includes(f),
    independent: INDEPENDENT.includes(f),
  }));
}

/**
 * Whether r equals the sum of the top k items on every field with figures on both sides. A line found
 * by arithmetic alone must agree everywhere and on at least two columns; a worded total on one.
 */
function sumsTo<R extends StructureRow>(
  stack: SumStack<R>,
  r: R,
  k: number,
  o: Options<R>,
  info: FieldInfo[],
  worded: boolean,
): boolean {
  const tol = o.tolerance(k);
  const s = o.sign(r);
  let matched = 0;
  let independent = 0;
  for (let i = 0; i < o.fields.length; i++) {
    if (!info[i].summed) continue;
    const v = r.values[o.fields[i]];
    if (v == null || stack.filledIn(i, k) === 0) continue;
    const ok =
      Math.abs(stack.rawSum(i, k) - v) <= tol || Math.abs(stack.normSum(i, k) - s * v) <= tol;
    if (!ok) return false;
    matched++;
    if (info[i].independent) independent++;
  }
  if (worded) return matched >= 1;
  // A line equal to one item beside zeros is as likely a unit beside empty ones as their total.
  if (stack.nonZeroIn(k) < 2 || isZeroRow(r, o.fields)) return false;
  return matched >= 2 && independent >= 1;
}

/**
 * The smallest k in [from, to] for which r is the sum of the top k items, or 0. The same test as
 * sumsTo, with what does not depend on k taken out of the loop: this runs for every line and up to
 * MAX_RUN run lengths, and is most of the reading's time on a long ledger.
 */
function smallestRun<R extends StructureRow>(
  stack: SumStack<R>,
  r: R,
  from: number,
  to: number,
  o: Options<R>,
  info: FieldInfo[],
  worded: boolean,
): number {
  const last = Math.min(to, stack.length);
  if (last < from) return 0;
  // The fields that can decide: summed, with a figure on this line (in the stack's scratch arrays:
  // this runs twice per line).
  const fields = stack.scratchFields;
  const values = stack.scratchValues;
  let n = 0;
  let independent = 0;
  for (let i = 0; i < o.fields.length; i++) {
    const v = r.values[o.fields[i]];
    if (!info[i].summed || v == null) continue;
    fields[n] = i;
    values[n] = v;
    n++;
    if (info[i].independent) independent++;
  }
  // Unworded, a line needs two agreeing columns (one of them independent) and a figure other than zero.
  if (!worded && (n < 2 || independent === 0 || isZeroRow(r, o.fields))) return 0;
  if (n === 0) return 0;
  const s = o.sign(r);
  for (let k = from; k <= last; k++) {
    const tol = o.tolerance(k);
    let matched = 0;
    let matchedIndependent = 0;
    let ok = true;
    for (let j = 0; j < n; j++) {
      const i = fields[j];
      if (stack.filledIn(i, k) === 0) continue;
      const v = values[j];
      if (Math.abs(stack.rawSum(i, k) - v) > tol && Math.abs(stack.normSum(i, k) - s * v) > tol) {
        ok = false;
        break;
      }
      matched++;
      if (info[i].independent) matchedIndependent++;
    }
    if (!ok) continue;
    if (worded ? matched >= 1 : stack.nonZeroIn(k) >= 2 && matched >= 2 && matchedIndependent >= 1)
      return k;
  }
  return 0;
}

/**
 * The rounding the table's own worded totals show, in units of the last digit per summed item: 0 when
 * every Summa adds up exactly (figures typed as formulas), null when no worded total says.
 */
export function observedRounding<R extends StructureRow>(
  lines: StructureLine<R>[],
  o: Omit<Options<R>, "arithmetic">,
  unit: number,
): number | null {
  const worded = readStructure(lines, { ...o, arithmetic: false });
  let seen = 0;
  let worst = 0;
  for (const [total, parts] of worded.covers) {
    if (parts.length === 0 || total.result) continue;
    for (const f of o.fields) {
      const v = total.values[f];
      if (v == null || !parts.some((p) => p.values[f] != null)) continue;
      const raw = parts.reduce((sum, p) => sum + (p.values[f] ?? 0), 0);
      const norm = parts.reduce((sum, p) => sum + o.sign(p) * (p.values[f] ?? 0), 0);
      const err = Math.min(Math.abs(raw - v), Math.abs(norm - o.sign(total) * v));
      if (err > o.tolerance(parts.length)) continue;
      seen++;
      worst = Math.max(worst, err / unit / parts.length);
    }
  }
  return seen >= 2 ? worst : null;
}

export function readStructure<R extends StructureRow>(
  lines: StructureLine<R>[],
  o: Options<R>,
): Structure<R> {
  const covers = new Map<R, R[]>();
  const results = new Map<R, { previous: R | null; items: R[] }>();
  const parent = new Map<R, R>();
  const byArithmetic = new Set<R>();
  const info = fieldInfo(o.fields);
  const cover = (total: R, parts: R[], arithmetic: boolean): void => {
    covers.set(total, parts);
    for (const p of parts) parent.set(p, total);
    if (arithmetic) byArithmetic.add(total);
  };

  // Parents printed above their parts: read bottom-up, the same search runs the other way.
  const below = new SumStack<R>(o.fields, o.sign, lines.length);
  for (let i = o.arithmetic ? lines.length - 1 : -1; i >= 0; i--) {
    const line = lines[i];
    if (line.type === "section") {
      below.clear();
      continue;
    }
    const r = line.data;
    if (r.varav) continue;
    if (r.worded || r.result) {
      below.clear();
      continue;
    }
    const k = smallestRun(below, r, 2, MAX_RUN, o, info, false);
    if (k > 0) cover(r, below.pop(k).reverse(), true);
    below.push(r);
  }

  // Totals under their parts, and the worded totals and result lines.
  const above = new SumStack<R>(o.fields, o.sign, lines.length);
  let sinceResult: R[] = [];
  let previous: R | null = null;
  for (const line of lines) {
    if (line.type === "section") {
      above.clear();
      continue;
    }
    const r = line.data;
    if (r.varav || parent.has(r)) continue;
    if (r.result && r.worded) {
      results.set(r, { previous, items: sinceResult.filter((x) => !parent.has(x)) });
      previous = r;
      above.clear();
      sinceResult = [];
      continue;
    }
    sinceResult.push(r);
    if (covers.has(r)) {
      // A parent found above its parts is an item here.
      above.push(r);
      continue;
    }
    if (r.worded) {
      const run = wordRun(above, r);
      let k = run.leaves > 0 && sumsTo(above, r, run.leaves, o, info, true) ? run.leaves : 0;
      if (k === 0 && run.all > 0 && sumsTo(above, r, run.all, o, info, true)) k = run.all;
      if (k === 0) k = smallestRun(above, r, 1, above.length, o, info, true);
      const arithmetic = k > 0;
      if (k === 0) k = run.leaves > 0 ? run.leaves : run.all;
      cover(r, above.pop(k), arithmetic && !run.matchesWords(k));
      above.push(r);
      continue;
    }
    const k = o.arithmetic ? smallestRun(above, r, 2, MAX_RUN, o, info, false) : 0;
    if (k > 0) cover(r, above.pop(k), true);
    above.push(r);
  }
  return { covers, results, parent, byArithmetic };
}

/**
 * The run a worded total covers by its words: the lines of its kind right above it since the last total
 * (any kind for "Summa", "Finansnetto"), else the totals of its kind right above it.
 */
function wordRun<R extends StructureRow>(
  stack: SumStack<R>,
  r: R,
): { leaves: number; all: number; matchesWords: (k: number) => boolean } {
  const items = stack.items;
  const sameKind = (x: R): boolean => r.netTotal || x.kind === r.kind;
  let leaves = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x.worded || !sameKind(x)) break;
    leaves++;
  }
  let all = 0;
  for (let i = items.length - 1; i >= 0 && sameKind(items[i]); i--) all++;
  return { leaves, all, matchesWords: (k) => k === leaves || k === all };
}
