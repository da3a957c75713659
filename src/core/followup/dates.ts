/**
 * Dates in follow-up tables: date cells (serial numbers), ISO text ("2023-12-31"), spans as text
 * ("2022-05-31—2023-12-31" with em dash, en dash or hyphen), a month ("2023-12", "december 2023")
 * or a year ("2023"), which mean their last day. All out as YYYY-MM-DD.
 */
import type { CellValue } from "../grid";
import { normalize } from "../text";

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function serialToIso(serial: number): string | null {
  // 1 Jan 1950 .. 31 Dec 2199: anything else in a date column is not a date.
  if (!Number.isFinite(serial) || serial < 18264 || serial > 109574) return null;
  return new Date(EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function monthEnd(year: number, month: number): string {
  return iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) as string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTH_ALIAS: Record<string, string> = { may: "maj", oct: "okt" };

/** Every date token in a text, in order, each as [first day, last day] (equal for a full date). */
function tokens(text: string): [string, string][] {
  const t = normalize(text);
  const out: [string, string][] = [];
  const re =
    /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)|(?<![\d])(\d{4})(\d{2})(\d{2})(?!\d)|(?<![\d])(\d{1,2})\/(\d{1,2})[/-](\d{4})(?!\d)|(?<![\d-])(\d{4})-(\d{1,2})(?![\d-])|\b(jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|may|juni?|juli?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d{4})(?!\d)|(?<![\d-])(\d{4})(?![\d-])/g;
  for (const m of t.matchAll(re)) {
    let d: string | null = null;
    let first: string | null = null;
    if (m[1]) d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) d = iso(Number(m[4]), Number(m[5]), Number(m[6]));
    else if (m[7]) d = iso(Number(m[9]), Number(m[8]), Number(m[7]));
    else if (m[10]) {
      const y = Number(m[10]);
      const mo = Number(m[11]);
      if (mo >= 1 && mo <= 12) {
        first = iso(y, mo, 1);
        d = monthEnd(y, mo);
      }
    } else if (m[12]) {
      const w = m[12].slice(0, 3);
      const idx = MONTHS.indexOf(MONTH_ALIAS[w] ?? w) + 1;
      if (idx > 0) {
        first = iso(Number(m[13]), idx, 1);
        d = monthEnd(Number(m[13]), idx);
      }
    } else if (m[14]) {
      const y = Number(m[14]);
      if (y >= 1950 && y <= 2199) {
        first = iso(y, 1, 1);
        d = iso(y, 12, 31);
      }
    }
    if (d) out.push([first ?? d, d]);
  }
  return out;
}

export interface DateRead {
  /** YYYY-MM-DD, null when the cell is empty or unreadable. */
  date: string | null;
  /** True when the cell held something that is not a date. */
  unreadable: boolean;
}

function blank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "") || typeof v === "boolean";
}

/** A single date (Startdatum, Slutdatum, Klart senast): the cell's first date; end of month/year for "end". */
export function readDate(v: CellValue, which: "start" | "end"): DateRead {
  if (blank(v)) return { date: null, unreadable: false };
  if (typeof v === "number") {
    const d = serialToIso(v);
    return { date: d, unreadable: d === null };
  }
  if (typeof v !== "string") return { date: null, unreadable: true };
  const found = tokens(v);
  if (found.length === 0) return { date: null, unreadable: /\d/.test(v) };
  return { date: which === "start" ? found[0][0] : found[found.length - 1][1], unreadable: false };
}

/** A period cell: two dates → start and end; one → the end (a period names when it ends). */
export function readSpan(v: CellValue): {
  start: string | null;
  end: string | null;
  unreadable: boolean;
} {
  if (blank(v)) return { start: null, end: null, unreadable: false };
  if (typeof v === "number") {
    const d = serialToIso(v);
    return { start: null, end: d, unreadable: d === null };
  }
  if (typeof v !== "string") return { start: null, end: null, unreadable: true };
  const found = tokens(v);
  if (found.length === 0) return { start: null, end: null, unreadable: /\d/.test(v) };
  if (found.length === 1) return { start: null, end: found[0][1], unreadable: false };
  return { start: found[0][0], end: found[found.length - 1][1], unreadable: false };
}

/** The latest full date in a title line ("Uppföljning per 2022-12-31"), or null. */
export function reportDateIn(text: string): string | null {
  const t = normalize(text);
  const dates = [...t.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)]
    .map((m) => iso(Number(m[1]), Number(m[2]), Number(m[3])))
    .filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.sort()[dates.length - 1] : null;
}
