/**
 * Swedish number formatting through Intl (sv-SE): no-break space as thousands separator,
 * decimal comma, and a plain hyphen-minus for negatives (Intl gives U+2212, which reads well
 * but pastes badly into Excel; we normalise it).
 */
import { NUMBER_STYLES } from "./locale/numbers";
import type { Lang } from "./settings";
import type { MoneyUnit } from "./units";

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** Rounds half away from zero to the given decimals (Intl does the same; this keeps -0 out). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
  return r === 0 ? 0 : r;
}

/** "1 738", "5,7", "-566" (sv) or "1,738", "5.7" (en). */
export function formatNumber(value: number, decimals = 0, lang: Lang = "sv"): string {
  return formatter(NUMBER_STYLES[lang].intl, decimals)
    .format(roundTo(value, decimals))
    .replace(/\u2212/g, "-");
}

/** Amount with its unit: "1 738 tkr", "5,7 mnkr". mnkr gets one decimal, tkr and kr none. */
export function formatAmount(value: number, unit: MoneyUnit, lang: Lang = "sv"): string {
  const decimals = unit === "mnkr" ? 1 : 0;
  return `${formatNumber(value, decimals, lang)}\u00a0${NUMBER_STYLES[lang].moneyUnits[unit]}`;
}

/** "5,2 %" (sv, no-break space before %) or "5.2%" (en). */
export function formatPercent(value: number, decimals = 1, lang: Lang = "sv"): string {
  return NUMBER_STYLES[lang].percent(formatNumber(value, decimals, lang));
}
