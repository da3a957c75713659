import type { CliTexts } from "../cliTypes";
import { enSettingMessages } from "./settings";

export const enCli: CliTexts = {
  lostParts: {
    charts: (n) => `${n} chart(s)`,
    pivotTables: (n) => `${n} pivot table(s)`,
    images: (n) => `${n} image(s)`,
  },
  usage: `Usage:
  uppfoljning analyze <file.xlsx> [more files …] [options]
  uppfoljning remove <file.xlsx> [-o out.xlsx]

Analyses the income statement and indicators, writes status columns and an analysis sheet
to a new file (<name>-analys.xlsx next to the original). The input file is never written.

Options:
  -o, --output FILE           output file (one input only)
  --json FILE|-               report as JSON (- = stdout)
  --text FILE|-               the commentary as plain text (- = stdout)
  --docx FILE                 commentary and key figures as a Word document
  --lang sv|en                language of text and status words (sv)
  --materiality-amount N      materiality amount in tkr (100)
  --materiality-pct P         materiality as a percentage of budget (2)
  --materiality-large N       amount in tkr that is always material (1000)
  --columns "actual=C,budget=D"  choose columns per role (letter or header)
  --tolerance-pct P           tolerance for partly met targets, percent (90)
  --amount-style tkr|mnkr|auto  amounts in the text (auto)
  --period YYYY-MM            reporting period, when the sheet does not state it
  --replace-edited            overwrite changes to what Uppföljning wrote last time
  --no-placeholders           no [Orsak: …] placeholders in the text
  --statement-sheet NAME      sheet holding the income statement
  --statement-range A4:I13    range of the income statement on that sheet
  --indicator-sheet NAME      sheet holding the indicators
  --indicator-range A1:F9     range of the indicators on that sheet
  --analysis-sheet NAME       name of the analysis sheet (Analysis)
  -h, --help                  this help

Exit codes: 0 done, 1 nothing to analyse or the file could not be read/written, 2 usage error.`,
  unknownOption: (o) => `Unknown option: ${o}`,
  missingValue: (o) => `The option ${o} needs a value.`,
  badSetting: (o, v, why) => `${o} "${v}": ${why}`,
  setting: enSettingMessages,
  noInput: "Name an .xlsx file to analyse.",
  oneOutputOnly: "-o/--output, --json FILE and --text FILE take one input file only.",
  sameAsInput: "The output file must not be the input file: the original is never overwritten.",
  notFound: (p) => `No such file: ${p}`,
  notXlsx: (p) => `${p} is not an Excel workbook (.xlsx).`,
  encrypted: (p) =>
    `${p} is password-protected or in the old .xls format. Remove the password or save it as .xlsx in Excel and try again.`,
  corrupt: (p, why) => `${p} could not be read; the file seems damaged (${why}).`,
  cannotWrite: (p, why) => `Could not write ${p} (${why}). Nothing was saved.`,
  nothingFound: (p) => `Nothing to analyse in ${p}.`,
  refused: "Nothing was written:",
  statementFound: (range, rows, unit) =>
    `Income statement: ${range} (${rows} lines, amounts in ${unit})`,
  indicatorsFound: (range, count) => `Indicators: ${range} (${count})`,
  result: (a) => `Result against budget: ${a}`,
  forecastResult: (a) => `Full-year forecast against budget: ${a}`,
  editedStopped: (cells) =>
    `Nothing was written: you changed what Uppföljning wrote last time (${cells}). Give --replace-edited to overwrite your changes.`,
  materialHeading: "Material deviations from budget:",
  noMaterial: "No material deviations from budget.",
  indicatorSummary: (met, total) => `Targets: ${met} of ${total} met`,
  checksHeading: (n) => `Checks: ${n} disagreement${n === 1 ? "" : "s"} in the table's own totals`,
  written: (p) => `Saved: ${p}`,
  removed: (p) => `Analysis removed, saved: ${p}`,
  nothingToRemove: "The file holds no analysis from Uppföljning.",
  skippedOutput: (p) => `note: ${p} skipped – it is an output of an earlier run.`,
  warning: "warning",
  note: "note",
};
