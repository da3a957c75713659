/**
 * Money units with explicit scale, in the spirit of dinero.js: every amount belongs to a unit,
 * and conversions go through the number of tkr one unit holds.
 */
export type MoneyUnit = "kr" | "tkr" | "mnkr";

const TKR_PER_UNIT: Record<MoneyUnit, number> = { kr: 0.001, tkr: 1, mnkr: 1000 };

/** Converts an amount between money units. */
export function convertMoney(amount: number, from: MoneyUnit, to: MoneyUnit): number {
  if (from === to) return amount;
  return (amount * TKR_PER_UNIT[from]) / TKR_PER_UNIT[to];
}

/**
 * Reads a money unit from a title or header text: "(tkr)", "Belopp i mnkr", "Mkr", "MSEK", "kr",
 * "tusental kronor", "miljoner kronor". Returns null when the text names none.
 */
export function moneyUnitIn(text: string): MoneyUnit | null {
  const t = text.toLowerCase();
  if (
    /(^|[^a-zåäö])(mnkr|mkr|msek|mn kr|milj\.? ?kr)([^a-zåäö]|$)|miljoner kronor|miljoner sek/.test(
      t,
    )
  ) {
    return "mnkr";
  }
  if (
    /(^|[^a-zåäö])(tkr|ksek|tsek|t kr)([^a-zåäö]|$)|tusental kronor|tusen kronor|tusentals kronor/.test(
      t,
    )
  ) {
    return "tkr";
  }
  if (/(^|[^a-zåäö])(kr|sek|kronor)([^a-zåäö]|$)/.test(t)) return "kr";
  return null;
}
