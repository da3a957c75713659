/** The checks section: reconciliation findings with their cells, so no one publishes a table that does not add up. */
import type { Check } from "../analysis";
import type { CommentaryPhrases } from "./phrases";
import { quoteIfFormula } from "./text";

/** Splits "'Resultaträkning'!D8" into sheet and address; a leading apostrophe would vanish on paste. */
export function splitCell(cell: string): { sheet: string | null; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(cell);
  if (!m) return { sheet: null, address: cell };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3] };
}

export function checks(list: Check[], p: CommentaryPhrases): string[] {
  if (list.length === 0) return [];
  return [
    p.checks.intro(list.length),
    ...list.map((c) => {
      const { sheet, address } = splitCell(c.cell);
      return p.checks.item(
        address,
        sheet === null ? null : quoteIfFormula(sheet, p),
        quoteIfFormula(c.message, p),
      );
    }),
  ];
}
