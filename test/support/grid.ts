/** Builds sheets and snapshots from rows written out in the test, as a controller would type them. */
import type { CellValue, SheetGrid, WorkbookSnapshot } from "../../src/core/grid";
import { withDefaults, type Settings } from "../../src/core/settings";

export function sheet(
  name: string,
  rows: CellValue[][],
  extra: Partial<SheetGrid> = {},
): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) =>
    Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])),
  );
  return { name, top: 0, left: 0, values, ...extra };
}

export function snapshot(...sheets: SheetGrid[]): WorkbookSnapshot {
  return { sheets, markers: [] };
}

export function settings(partial: Partial<Settings> = {}): Settings {
  return withDefaults(partial);
}

export const HEADER = [
  "Resultatrader",
  "Ack utfall",
  "Ack budget",
  "Diff",
  "Budget helår",
  "Prognos helår",
  "Diff helår",
  "Ack utfall fg år",
];

/** The fixture's statement (tkr, costs negative) as plain rows, for variations in tests. */
export function q1Rows(): CellValue[][] {
  return [
    ["Inköpsnämnden"],
    ["Resultaträkning per 2025-03-31 (tkr)"],
    [],
    HEADER,
    ["Erhållen intern uppdragsersättning", 21, 0, 21, 0, 0, 0, 15],
    ["Övriga intäkter", 10087, 10653, -566, 40704, 40704, 0, 11010],
    ["Verksamhetens intäkter", 10108, 10653, -545, 40704, 40704, 0, 11024],
    ["Personalkostnader", -8814, -9302, 488, -35299, -33799, 1500, -9367],
    ["Lokalkostnader", -490, -529, 39, -2114, -2114, 0, -540],
    ["Övriga kostnader", -804, -823, 19, -3291, -4791, -1500, -1117],
    ["Verksamhetens kostnader", -10108, -10653, 545, -40704, -40704, 0, -11024],
    ["Verksamhetens nettokostnader", 0, 0, 0, 0, 0, 0, 0],
    ["Årets resultat", 0, 0, 0, 0, 0, 0, 0],
  ];
}
