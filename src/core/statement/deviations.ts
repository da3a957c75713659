/**
 * The arithmetic of follow-up, favourable-positive: `sign` is +1 where more is better (revenue, result,
 * or costs stored as negative numbers) and −1 where less is better (costs stored as positive numbers).
 */
import type { Status } from "../analysis";

/** Removes float noise (0.1 + 0.2) without hiding real decimals. */
export function clean(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return r === 0 ? 0 : r;
}

export function deviation(
  sign: 1 | -1,
  actual: number | null,
  reference: number | null,
): number | null {
  if (actual === null || reference === null) return null;
  return clean(sign * (actual - reference));
}

/** Deviation relative to |base|, in percent; null when the base is 0 (never NaN or Infinity). */
export function percentOf(dev: number | null, base: number | null): number | null {
  if (dev === null || base === null || Math.abs(base) < 1e-12) return null;
  return clean((dev / Math.abs(base)) * 100);
}

/**
 * Change of the amount's size relative to |prior year|, as "% förändring" columns write it: a cost
 * 9 367 → 8 814 gives −5,9. An amount that crossed zero (a net cost turned net revenue) changed
 * more than its size: no percentage says that, so there is none.
 */
export function sizeChangePct(actual: number | null, prior: number | null): number | null {
  if (actual === null || prior === null || Math.abs(prior) < 1e-12) return null;
  if (actual * prior < 0) return null;
  return clean(((Math.abs(actual) - Math.abs(prior)) / Math.abs(prior)) * 100);
}

/**
 * Material: at least the amount, and either at least the percentage of |budget| or at least the
 * always-material amount (a 20 mnkr overrun on a 1 400 mnkr budget is under 2 % yet always commented).
 * Any deviation from a zero budget passes the percentage.
 */
export function isMaterial(
  dev: number | null,
  base: number | null,
  amount: number,
  pct: number,
  large: number = Infinity,
): boolean {
  if (dev === null) return false;
  const size = Math.abs(dev);
  if (size < amount) return false;
  if (size >= large) return true;
  if (base === null || Math.abs(base) < 1e-12) return true;
  return size >= (pct / 100) * Math.abs(base);
}

export function statusOf(dev: number | null, material: boolean): Status {
  if (dev === null) return "none";
  if (dev >= 0) return "green";
  return material ? "red" : "yellow";
}

/** One row's deviation as the sheet states it (`stated`) beside ours (`ours`), with an optional rounding slack. */
export interface DeviationSample {
  stated: number;
  ours: number;
  tolerance?: number;
}

/**
 * Which way a sheet's own deviation column runs against ours, row by row: `same` rows where it equals
 * ours, `other` rows where it equals minus ours. With a tolerance a row counts where it matches within
 * it (both ways when ours is about zero); without, each row counts for the nearer way. One rule for the
 * finder (is this column A − B?) and the reader (which sign does the sheet use?).
 */
export function tallyOrientation(samples: Iterable<DeviationSample>): {
  rows: number;
  same: number;
  other: number;
} {
  let rows = 0;
  let same = 0;
  let other = 0;
  for (const { stated, ours, tolerance } of samples) {
    rows++;
    const toSame = Math.abs(stated - ours);
    const toOther = Math.abs(stated + ours);
    if (tolerance === undefined) {
      if (toSame <= toOther) same++;
      else other++;
      continue;
    }
    if (toSame <= tolerance) same++;
    if (toOther <= tolerance) other++;
  }
  return { rows, same, other };
}
