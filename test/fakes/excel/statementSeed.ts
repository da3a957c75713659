/** Seeds for tests: a generated resultaträkning of any length (browser-safe). */
import type { FakeSeed, FakeSeedCell } from "./model";

/** A resultaträkning with n cost rows under a title and header, in tkr, with a mix of statuses. */
export function statementSeed(
  n: number,
  extra: Partial<{ label: (i: number) => string; protectedSheet: boolean }> = {},
): FakeSeed {
  const cells: FakeSeedCell[] = [
    { address: "A1", value: "Inköpsnämnden" },
    { address: "A2", value: "Resultaträkning per 2025-03-31 (tkr)" },
    { address: "A4", value: "Resultatrader" },
    { address: "B4", value: "Ack utfall" },
    { address: "C4", value: "Ack budget" },
  ];
  for (let i = 0; i < n; i++) {
    const row = 5 + i;
    const budget = -1000 - (i % 17) * 10;
    // Cycles through under budget (green), slightly over (yellow) and far over (red).
    const actual = i % 3 === 0 ? budget + 50 : i % 3 === 1 ? budget - 5 : budget - 400;
    cells.push({
      address: `A${row}`,
      value: extra.label ? extra.label(i) : `Personalkostnader enhet ${i + 1}`,
    });
    cells.push({ address: `B${row}`, value: actual, numberFormat: "#,##0" });
    cells.push({ address: `C${row}`, value: budget, numberFormat: "#,##0" });
  }
  return { sheets: [{ name: "Resultaträkning", protected: extra.protectedSheet ?? false, cells }] };
}
