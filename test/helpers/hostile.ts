/**
 * Hostile content as controllers' workbooks carry it: text that looks like a formula, error values,
 * pasted numbers, very long labels, odd sheet names. Shared by the property and the named-case tests.
 */
import fc from "fast-check";

/** Labels and comments that Excel would turn into a formula (or a DDE call) if written as typed. */
export const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid","x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A2)",
  "=1+1",
  "-Personalkostnader",
  "+46 8 123 45",
  "@risk",
] as const;

export const ERROR_LITERALS = [
  "#REF!",
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
] as const;

/** Sheet names Excel accepts that need quoting (spaces, quotes, Swedish letters, look like references, 31 chars). */
export const HOSTILE_SHEET_NAMES = [
  "Q1 2025",
  "Resultaträkning",
  "Kvartal's rapport",
  "Budget ''23",
  "Åäö ÅÄÖ blad",
  "A1",
  "R1C1",
  "Resultaträkning jan–mars 2025 ö".slice(0, 31),
  "x!y",
  "Blad 1 (kopia)",
  "1 Budget",
  "R",
] as const;

/** Words a statement or indicator header row is made of, to make random grids look like tables. */
export const HEADER_WORDS = [
  "Resultatrader",
  "Tkr",
  "Konto",
  "Ack utfall",
  "Utfall",
  "Utfall 2019",
  "Utfall 2018",
  "Ack budget",
  "Budget",
  "Budget helår",
  "Årsbudget",
  "Prognos helår",
  "Prognos",
  "Diff",
  "Diff helår",
  "Avvikelse",
  "% förändring",
  "Ack utfall fg år",
  "Kommentar",
  "Status",
  "Indikator",
  "Målvärde",
  "Mål",
  "Nyckeltal",
  "Period",
  "Ackumulerat",
  "Helår",
  "2025",
] as const;

export const LABEL_WORDS = [
  "Intäkter",
  "Kostnader",
  "Personalkostnader",
  "Lokalkostnader",
  "Övriga intäkter",
  "Verksamhetens intäkter",
  "Verksamhetens kostnader",
  "Summa kostnader",
  "Årets resultat",
  "Verksamhetens nettokostnader",
  "Sjukfrånvaro",
  "Högst 6 %",
  "Minst 80",
  "Mäts ej",
  "n/a",
] as const;

/** Text as pasted from PDF reports: grouped, Unicode minus, parentheses, units. */
export const arbPastedNumber: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: -9_999_999, max: 9_999_999 }),
    fc.constantFrom("", ",5", ",25"),
    fc.constantFrom(" ", "\u00a0", "\u202f", ""),
    fc.constantFrom("plain", "unicode", "paren"),
    fc.constantFrom("", " tkr", " %", "%", " mnkr", " st"),
  )
  .map(([n, dec, sep, sign, unit]) => {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const body = `${digits}${dec}`;
    if (n >= 0) return `${body}${unit}`;
    if (sign === "paren") return `(${body})${unit}`;
    return `${sign === "unicode" ? "\u2212" : "-"}${body}${unit}`;
  });

/** Any string at all, weighted towards the shapes parsers actually meet. */
export const arbAnyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom(..."0123456789 ,.-−–()%+≥≤<>=@#tkrmnMSEKstdagå\u00a0\u202f"),
      maxLength: 24,
    }),
  },
  { weight: 2, arbitrary: arbPastedNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...FORMULA_LIKE, ...ERROR_LITERALS, ...HEADER_WORDS, ...LABEL_WORDS),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("Högst ", "Max ", "Minst ", "Min ", "≥ ", "≤ ", "", "max. ", "Mäts ej "),
        arbPastedNumber,
      )
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }).map((s) => s.repeat(2000)) },
);

export type GridValue = number | string | boolean | { error: string } | null;

/** One cell of a hostile grid. */
export const arbGridValue: fc.Arbitrary<GridValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -100_000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false, noNaN: false }) },
  { weight: 3, arbitrary: fc.constantFrom<string>(...HEADER_WORDS, ...LABEL_WORDS) },
  { weight: 2, arbitrary: arbAnyText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_LITERALS).map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u00a0", "–", "-") },
);
