/** What the rows above a table say: its title lines, the unit, the organisation. */
import { cellAt, numberFormatAt, type SheetGrid } from "../grid";
import type { MoneyUnit } from "../units";
import { moneyUnitIn } from "../units";
import { cellText, cleanLabel } from "../text";

/** Non-empty rows above the header (at most eight), top to bottom, cells joined with " ". */
export function titleLinesAbove(
  sheet: SheetGrid,
  headerRow: number,
  left: number,
  right: number,
): string[] {
  const lines: string[] = [];
  for (let r = Math.max(sheet.top, headerRow - 8); r < headerRow; r++) {
    const parts: string[] = [];
    for (let c = left; c <= right; c++) {
      const t = cleanLabel(cellText(cellAt(sheet, r, c)));
      if (t !== "") parts.push(t);
    }
    if (parts.length > 0) lines.push(parts.join(" "));
  }
  return lines;
}

/** The unit named in the header row or the title lines (nearest first); null when none is named. */
export function unitOf(headerTexts: string[], titleLines: string[]): MoneyUnit | null {
  for (const t of headerTexts) {
    const u = moneyUnitIn(t);
    if (u) return u;
  }
  for (const t of [...titleLines].reverse()) {
    const u = moneyUnitIn(t);
    if (u) return u;
  }
  return null;
}

/** A part of a municipality or region: the one that reports a table when the title rows name both. */
const PART_OF = /nämnd|styrelse|förvaltning|avdelning|enhet|kontor|board|committee/i;
/** A whole organisation, or one that is its own: a kommun, a region, a company, a federation. */
const WHOLE = /kommun|region|bolag|fullmäktige|förbund|stiftelse|council/i;

const TABLE_TITLE =
  /resultaträkning|indikator|driftsredovisning|driftredovisning|nettokostnad|budgetuppföljning|per nämnd|per verksamhet/i;

/**
 * The organisation in the title rows: the line naming a board, administration, municipality …
 * Where they name the municipality and then one of its nämnder ("Tyresö kommun – Årsredovisning
 * 2018" over "Kommunstyrelsen"), the table is the nämnd's: its result is not the municipality's.
 */
export function organisationIn(titleLines: string[]): string | null {
  const named: string[] = [];
  for (const line of titleLines) {
    // "Inköpsnämnden – Resultaträkning per 2025-03-31": the organisation is the part before the dash.
    const head = line.split(/\s[–—-]\s|:\s/)[0].trim();
    // A table title names what the table is, not who reports it, even when it says "per nämnd".
    const organisation = PART_OF.test(head) || WHOLE.test(head);
    if (organisation && head.length <= 80 && !TABLE_TITLE.test(head)) named.push(head);
  }
  const part = [...named].reverse().find((n) => PART_OF.test(n));
  return part ?? named[0] ?? null;
}

/** Decimals shown by a number format such as "#,##0.0" (1) or "#,##0" (0); null when unknown. */
export function decimalsOfFormat(format: string | null): number | null {
  if (!format || format === "General" || format === "@") return null;
  const first = format.split(";")[0];
  const m = /\.([0#]+)/.exec(first);
  return m ? m[1].length : 0;
}

/** How many decimals the figures in these cells show, for rounding tolerance. */
export function shownDecimals(
  sheet: SheetGrid,
  cells: [number, number][],
  values: number[],
): number {
  for (const [r, c] of cells) {
    const d = decimalsOfFormat(numberFormatAt(sheet, r, c));
    if (d !== null) return d;
  }
  let max = 0;
  for (const v of values) {
    const s = String(Math.abs(v));
    const dot = s.indexOf(".");
    if (dot >= 0) max = Math.max(max, Math.min(2, s.length - dot - 1));
  }
  return max;
}
