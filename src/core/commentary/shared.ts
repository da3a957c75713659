/** Helpers every language's phrases use: the direction logic and the bits of wording the languages share. */
import type { Amt, Dir, MoneyKind } from "./phrases";

/** Whether an amount of this kind is above budget in size, given a favourable-positive direction. */
export function above(kind: MoneyKind, dir: Dir): boolean {
  return kind === "revenue" ? dir > 0 : dir < 0;
}

/** "plus 488 tkr" / "minus 120 tkr": the reports carry the sign in words, in both languages. */
export function plusMinus(a: Amt): string {
  return `${a.dir < 0 ? "minus" : "plus"} ${a.text}`;
}

/** "1 indikator", "2 indikatorer". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
