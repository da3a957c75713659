/** Words of the command-line tool. */
import type { SettingMessages } from "./sv/settings";

export interface CliTexts {
  usage: string;
  /** Parts of the workbook ExcelJS does not keep, counted: "2 diagram". */
  lostParts: {
    charts: (n: number) => string;
    pivotTables: (n: number) => string;
    images: (n: number) => string;
  };
  unknownOption: (o: string) => string;
  missingValue: (o: string) => string;
  /** A flag's value the settings schema refused; `why` is from `setting`. */
  badSetting: (o: string, v: string, why: string) => string;
  setting: SettingMessages;
  noInput: string;
  oneOutputOnly: string;
  sameAsInput: string;
  notFound: (p: string) => string;
  notXlsx: (p: string) => string;
  encrypted: (p: string) => string;
  corrupt: (p: string, why: string) => string;
  cannotWrite: (p: string, why: string) => string;
  nothingFound: (p: string) => string;
  refused: string;
  statementFound: (range: string, rows: number, unit: string) => string;
  indicatorsFound: (range: string, count: number) => string;
  materialHeading: string;
  /** Outputs changed since they were written (cells already listed): nothing was written. */
  editedStopped: (cells: string) => string;
  /** The summary's result against budget and the forecast result, amounts already formatted. */
  result: (amount: string) => string;
  forecastResult: (amount: string) => string;
  noMaterial: string;
  indicatorSummary: (met: number, total: number) => string;
  checksHeading: (n: number) => string;
  written: (p: string) => string;
  removed: (p: string) => string;
  nothingToRemove: string;
  skippedOutput: (p: string) => string;
  warning: string;
  note: string;
}
