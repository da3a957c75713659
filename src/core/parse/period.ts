/**
 * The reporting period from a setting ("2025-03") or a title line: "per 2025-03-31", "mars 2025",
 * "jan–aug 2025", "Tertial 2 2025", "Q1 2025", "helår 2025", "december 2025".
 */
import { normalize } from "../text";

export interface YearMonth {
  year: number;
  month: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTH_WORD =
  /\b(jan(uari)?|feb(ruari)?|mar(s)?|apr(il)?|maj|jun(i)?|jul(i)?|aug(usti)?|sep(t(ember)?)?|okt(ober)?|nov(ember)?|dec(ember)?|may|oct(ober)?|march|june|july)\b\.?/g;

function monthOf(word: string): number {
  const w = word.replace(/\.$/, "").slice(0, 3);
  const alias: Record<string, string> = { may: "maj", oct: "okt" };
  return MONTHS.indexOf(alias[w] ?? w) + 1;
}

/** Parses a setting value "YYYY-MM"; null when malformed. */
export function parsePeriodSetting(text: string): YearMonth | null {
  const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/** Finds a period in free text; null when the text names none. */
export function periodIn(text: string): YearMonth | null {
  const t = normalize(text);
  let m = /(?<!\d)(20\d\d)-(\d\d)(?:-(\d\d))?(?!\d)/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return { year: Number(m[1]), month: Number(m[2]) };
  const yearMatch = /(?<!\d)(20\d\d)(?!\d)/.exec(t);
  if (!yearMatch) return null;
  const year = Number(yearMatch[1]);
  m = /\b(tertial|t)\s?([1-3])\b/.exec(t);
  if (m) return { year, month: Number(m[2]) * 4 };
  m = /\b(kvartal|q)\s?([1-4])\b/.exec(t);
  if (m) return { year, month: Number(m[2]) * 3 };
  const ordinals = ["första", "andra", "tredje", "fjärde"];
  m = /\b(första|andra|tredje|fjärde) (kvartalet|kvartal)/.exec(t);
  if (m) return { year, month: (ordinals.indexOf(m[1]) + 1) * 3 };
  m = /\b(första|andra|tredje) tertialet/.exec(t);
  if (m) return { year, month: (ordinals.indexOf(m[1]) + 1) * 4 };
  // The last month named ("jan–aug 2025" ends in August).
  const months = [...t.matchAll(MONTH_WORD)].map((x) => monthOf(x[1])).filter((n) => n > 0);
  if (months.length > 0) return { year, month: months[months.length - 1] };
  if (/helår|bokslut|årsredovisning|verksamhetsberättelse|årsbokslut|full year|annual/.test(t))
    return { year, month: 12 };
  return null;
}
