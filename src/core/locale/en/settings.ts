/** Why a setting was refused, in English: shown next to the pane's field and after the command's flag. */
import type { SettingMessages } from "../sv/settings";

export const enSettingMessages: SettingMessages = {
  notANumber: () => "Enter a number, for example 100.",
  wrongUnit: (p) => `Enter the number without a unit or in ${p.units}.`,
  negative: () => "The value cannot be negative.",
  pctRange: () => "Enter a value between 0 and 100.",
  choice: (p) => `Choose one of: ${p.choices}.`,
  period: () => "Enter the period as YYYY-MM, for example 2025-03.",
  sheetName: () => "Enter a sheet name of at most 31 characters, without : \\ / ? * [ ].",
  range: () => "Enter a range such as A4:I13.",
  rangeNeedsSheet: () => "Also give the sheet the range is on.",
  columns: (p) =>
    `"${p.part}" cannot be read. Write role=column, for example actual=C, budget=D, fullYearBudget=E, forecast=F, priorYear=G.`,
  onOff: () => "Enter true or false.",
};
