/**
 * How each language writes numbers, amounts and percentages. Apart from the registry (index.ts) because
 * the locale files themselves format numbers through ../format, which reads this.
 */
import type { Lang } from "../settings";
import type { MoneyUnit } from "../units";

export interface NumberStyle {
  /** The Intl locale of the digits: "1 738,5" (sv-SE) or "1,738.5" (en-GB). */
  intl: string;
  moneyUnits: Record<MoneyUnit, string>;
  percent: (number: string) => string;
}

export const NUMBER_STYLES: Record<Lang, NumberStyle> = {
  sv: {
    intl: "sv-SE",
    moneyUnits: { kr: "kr", tkr: "tkr", mnkr: "mnkr" },
    percent: (n) => `${n}\u00a0%`,
  },
  en: {
    intl: "en-GB",
    moneyUnits: { kr: "SEK", tkr: "kSEK", mnkr: "MSEK" },
    percent: (n) => `${n}%`,
  },
};
