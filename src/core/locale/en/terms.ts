import { formatNumber } from "../../format";
import type { Terms } from "../types";
import { enFollowup } from "./followup";

/** Counts may arrive as numbers or already formatted. */
const count = (v: string | number): string =>
  typeof v === "number" ? formatNumber(v, 0, "en") : v;

export const en: Terms = {
  status: { green: "Favourable", yellow: "Watch", red: "Unfavourable" },
  followsCosts: "Follows costs",
  indicatorStatus: {
    green: "Met",
    yellow: "Partly met",
    red: "Not met",
    grey: "Cannot be assessed",
  },
  indicatorText: {
    fulfilment: "Fulfilment",
    targetMax: (v) => `at most ${v}`,
    targetMin: (v) => `at least ${v}`,
    units: { st: "pcs", dagar: "days", index: "" },
    points: (d, one) => `${d} ${one ? "percentage point" : "percentage points"}`,
    underCeiling: (d) => `${d} under the ceiling`,
    overCeiling: (d) => `${d} over the ceiling`,
    atCeiling: "at the ceiling",
  },
  headers: { status: "Status", forecastStatus: "Forecast status", fulfilment: "Target fulfilment" },
  analysisSheet: "Analysis",
  roles: {
    actual: "Actual",
    budget: "Budget",
    fullYearBudget: "Full-year budget",
    forecast: "Forecast",
    priorYear: "Prior year",
    budgetDiff: "Deviation",
    forecastDiff: "Forecast deviation",
    yoyPct: "Change %",
  },
  sheet: {
    title: "Financial and performance analysis",
    generatedBy:
      "Created by Uppföljning. If you write here, Uppföljning asks before the next run whether to replace or keep your changes.",
    source: "Source",
    period: "Period",
    periodUnknown: "unknown (set the period in the settings)",
    unit: "Amounts in",
    result: "Result against budget",
    forecastResult: "Full-year forecast against budget",
    keyFigures: "Key figures",
    linesOmitted: (n) =>
      `Shown here are the top-level totals and the largest material deviations; ${formatNumber(n, 0, "en")} lines are not shown. Every line has its status in the Status column beside the income statement.`,
    indicators: "Indicators",
    pageNumber: (page, pages) => `Page ${page} of ${pages}`,
    commentary: "Commentary",
    columns: {
      row: "Line",
      actual: "Actual",
      budget: "Budget",
      deviation: "Deviation",
      deviationPct: "Deviation %",
      status: "Status",
      fullYearBudget: "Full-year budget",
      forecast: "Forecast",
      forecastDeviation: "Forecast deviation",
      forecastStatus: "Forecast status",
      priorYear: "Prior year",
      yoyChange: "Change",
      yoyChangePct: "Change %",
      indicator: "Indicator",
      target: "Target",
      outcome: "Outcome",
      fulfilment: "Fulfilment",
      indicatorStatus: "Assessment",
      reason: "Note",
    },
  },
  reasons: {
    noTarget: "No target",
    noOutcome: "No outcome",
    notMeasured: (t) => (/measured/i.test(t) ? t : `Not measured (${t})`),
    unparseableTarget: (t) => `The target "${t}" cannot be read`,
    unparseableOutcome: (t) => `The outcome "${t}" cannot be read`,
    unitMismatch: (t, a) => `The outcome's unit (${a}) cannot be compared with the target's (${t})`,
  },
  checks: {
    deviationColumn: (label, header, expected, found) =>
      `${label}: the ${header} column shows ${found} but actual and budget give ${expected}.`,
    subtotal: (label, expected, found) =>
      `${label}: the total line shows ${found} but the lines above add up to ${expected}.`,
    result: (label, expected, found) =>
      `${label}: the result line shows ${found} but revenue and costs give ${expected}.`,
  },
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  unexpectedError: "Unexpected error",
  edited: {
    cells: (cells) =>
      cells.length <= 10
        ? cells.join(", ")
        : `${cells.slice(0, 10).join(", ")} and ${count(cells.length - 10)} more`,
    stopped: (cells) =>
      `Nothing was written: you changed what Uppföljning wrote last time (${en.edited.cells(cells)}). Open Uppföljning and choose Write to workbook to replace your changes or write the analysis to a new sheet.`,
  },
  messages: {
    ...enFollowup.messages,
    cellError: (p) =>
      `The cell holds the error value ${p.value} instead of a number; it is not counted.`,
    notANumber: (p) =>
      `The cell holds the text "${p.text}" instead of a number; it is not counted.`,
    noStatement: (p) =>
      `No income statement was found. Sheets searched: ${p.sheets}. Headers looked for: ${p.headers}.`,
    noIndicators: (p) => `No indicator table was found. Sheets searched: ${p.sheets}.`,
    extraStatementTable: (p) =>
      `Another income statement is in ${p.range}; the first one was analysed.`,
    extraIndicatorTable: (p) =>
      `Another indicator table is in ${p.range}; the first one was analysed.`,
    sheetNotFound: (p) => `There is no sheet "${p.sheet}". Sheets in the workbook: ${p.sheets}.`,
    rangeInvalid: (p) => `"${p.range}" is not a valid cell range.`,
    noStatementInRange: (p) =>
      `No table with headers such as Utfall and Budget was found in ${p.range}.`,
    periodUnknown: () =>
      "The sheet does not state the period, so the run-rate check of the forecast was skipped. Set the period (YYYY-MM).",
    unitAssumed: () => "The table states no unit; amounts are taken to be in tkr.",
    indicatorUnitMismatch: (p) =>
      `The outcome's unit (${p.actualUnit}) cannot be compared with the target's (${p.targetUnit}).`,
    indicatorDirectionFromName: (p) =>
      `The target "${p.target}" for ${p.name} has no direction word; it is read as at most ${p.target} because lower is better for ${p.word}. Write "Minst"/"Högst" (at least/at most) in the target, or add a Riktning (direction) column, to choose.`,
    indicatorDirectionConflict: (p) =>
      `The Riktning column says ${p.direction === "max" ? "lower is better" : "higher is better"} for ${p.name}, but the target "${p.target}" says the opposite; the Riktning column is used.`,
    outputColumnMoved: (p) =>
      `The column right of the table holds your data; "${p.header}" was written in column ${p.column} instead.`,
    foreignAnalysisSheet: (p) =>
      `A sheet "${p.sheet}" exists that Uppföljning did not create. Nothing was written. Rename it or choose another name for the analysis sheet.`,
    structureProtected: (p) =>
      `The workbook's structure is protected, so the sheet "${p.sheet}" cannot be added or deleted. Nothing was written. Choose Review → Protect Workbook to remove the protection, then try again.`,
    workbookReadOnly: () =>
      "The workbook is open read-only (or view-only). Nothing was written. Choose Edit Workbook, or save a copy and open it, then try again.",
    sheetMissing: (p) =>
      `The sheet "${p.sheet}" no longer exists (deleted or renamed since the analysis). Nothing was written. Analyse again.`,
    notOurSheet: (p) =>
      `The sheet "${p.sheet}" was not created by Uppföljning and is left alone. Nothing was written.`,
    lastSheet: (p) =>
      `"${p.sheet}" is the workbook's only visible sheet and cannot be deleted. Nothing was changed. Unhide another sheet and try again.`,
    invalidSheetName: (p) =>
      `"${p.sheet}" is not a valid Excel sheet name. Nothing was written. Choose another name for the analysis sheet.`,
    invalidPlan: (p) => `Internal error in the write plan (${p.detail}). Nothing was written.`,
    sheetProtected: (p) =>
      `The sheet "${p.sheet}" is protected. Nothing was written. Unprotect it and try again.`,
    tooLarge: (p) =>
      `The used range is too large (${count(p.cells)} cells, the limit is ${count(p.limit)}). Select the table and use the selection.`,
    unsupportedContent: (p) =>
      `The file holds ${p.parts}, which will not be carried over to the new file. The original file is untouched.`,
    macrosDropped: () =>
      "The file holds macros (VBA). The new file is saved as .xlsx without macros; the original file is untouched.",
    mergedOutputCell: (p) =>
      `The cell ${p.cell} is part of a merged cell; the status was not written there.`,
    userDataInOutput: (p) => `The cell ${p.cell} holds your data and is not overwritten.`,
    columnsChosen: (p) =>
      `Columns used: ${p.columns}. Choose others under Found tables or with --columns "actual=C,budget=D".`,
    columnOverrideUnknown: (p) =>
      `The chosen column "${p.ref}" for ${p.role} is not in the table's header row; the table's own reading is used.`,
    deviationsOnlyTable: (p) =>
      `The table in ${p.range} shows deviations only, no actual or budget amounts; it is not analysed as budget follow-up.`,
    deviationColumnUsed: (p) =>
      `No budget amounts; deviations and statuses follow the table's own column "${p.header}", where plus is favourable.`,
    blockAfterStatement: (p) =>
      `The rows in ${p.range} below the statement (balance requirement, key ratios or notes) are a block of their own and not read as statement lines.`,
  },
};
