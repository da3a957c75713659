/** Why a setting was refused, in Swedish: shown next to the pane's field and after the command's flag. */
import type { SettingProblem } from "../../settingsSchema";

export type SettingMessages = {
  [C in SettingProblem["code"]]: (p: Extract<SettingProblem, { code: C }>) => string;
};

export const svSettingMessages: SettingMessages = {
  notANumber: () => "Ange ett tal, till exempel 100.",
  wrongUnit: (p) => `Ange talet utan enhet eller i ${p.units}.`,
  negative: () => "Värdet får inte vara negativt.",
  pctRange: () => "Ange ett värde mellan 0 och 100.",
  choice: (p) => `Välj ett av: ${p.choices}.`,
  period: () => "Ange perioden som ÅÅÅÅ-MM, till exempel 2025-03.",
  sheetName: () => "Ange ett bladnamn på högst 31 tecken, utan : \\ / ? * [ ].",
  range: () => "Ange ett område som A4:I13.",
  rangeNeedsSheet: () => "Ange också bladet som området ligger på.",
  columns: (p) =>
    `"${p.part}" går inte att läsa. Skriv roll=kolumn, till exempel utfall=C, budget=D, budget helår=E, prognos=F, föregående år=G.`,
  onOff: () => "Ange true eller false.",
};
