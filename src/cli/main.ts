/** The `uppfoljning` command: the whole job on .xlsx files, without Excel. */
import { buildDocument } from "../core/document";
import { analyzeAndWrite, editedCells, removeOutputs } from "../app/workflow";
import { commentaryToText } from "../core/commentary";
import { formatDeviation } from "../core/amounts";
import { qualifiedAddress } from "../core/address";
import { budgetVerdict, isMaterialLine } from "../core/statement/summary";
import { texts } from "../core/locale";
import type { Settings } from "../core/settings";
import { cliTexts } from "../core/locale/cli";
import { parseArgs, type CliRequest } from "./args";
import { followupLines } from "./followup";
import type { XlsxWorkbook } from "../workbook/xlsx/adapter";
import {
  CliError,
  defaultOutput,
  isOwnOutput,
  describe,
  openInput,
  sameFile,
  writeAllAtomically,
  type OutputFile,
} from "./files";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** What the analysis leaves to write besides the workbook: the other files and stdout's text. */
interface Written {
  files: OutputFile[];
  json: string;
  text: string;
}

async function analyzeOne(input: string, req: CliRequest, io: Io): Promise<number> {
  const s: Settings = req.settings;
  const T = cliTexts(s.lang);
  const output = req.output ?? defaultOutput(input);
  if (sameFile(input, output)) throw new CliError(T.sameAsInput);
  // Human-readable findings go to stderr when stdout carries JSON or text.
  const say = req.json === "-" || req.text === "-" ? io.err : io.out;
  const { workbook, warnings } = await openInput(input, s.lang);
  for (const w of warnings) io.err(`${describe(w, s.lang)}\n`);
  // The analysis runs in its own call: once it returns, its snapshot and findings are garbage, and
  // the collector need not trace them while ExcelJS builds the file (≈ 0,1 s at 20 000 lines).
  const written = await analyseAndSay(input, workbook, req, io, say);
  if (typeof written === "number") return written;
  const files: OutputFile[] = [
    { target: output, data: await workbook.toBuffer() },
    ...written.files,
  ];
  await writeAllAtomically(files, s.lang);
  if (req.json === "-") io.out(written.json);
  if (req.text === "-") io.out(written.text.endsWith("\n") ? written.text : `${written.text}\n`);
  say(`${T.written(output)}\n`);
  return 0;
}

/** Analyses, plans and applies the plan to the workbook, says what it found; an exit code when it stops. */
async function analyseAndSay(
  input: string,
  workbook: XlsxWorkbook,
  req: CliRequest,
  io: Io,
  say: (text: string) => void,
): Promise<Written | number> {
  const s: Settings = req.settings;
  const T = cliTexts(s.lang);
  const outcome = await analyzeAndWrite(workbook, {
    settings: s,
    onEdited: req.replaceEdited ? "replace" : "stop",
  });
  const { result } = outcome;
  const { analysis } = result;
  if (outcome.kind === "nothingFound") {
    for (const d of analysis.diagnostics) io.err(`${describe(d, s.lang)}\n`);
    io.err(`${T.nothingFound(input)}\n`);
    return 1;
  }
  if (outcome.kind === "refused") {
    io.err(`${T.refused}\n`);
    for (const d of outcome.refusals) io.err(`  ${describe(d, s.lang)}\n`);
    return 1;
  }
  if (outcome.kind === "edited") {
    io.err(`${T.editedStopped(texts(s.lang).terms.edited.cells(editedCells(outcome.edited)))}\n`);
    return 1;
  }

  const words = texts(s.lang).terms;
  const st = analysis.statement;
  const sum = analysis.summary;
  if (st && sum) {
    say(`${T.statementFound(qualifiedAddress(st.sheet, st.range), st.rows.length, st.unit)}\n`);
    // A terminal line: plain spaces, so the output can be searched and pasted as typed.
    const money = { unit: st.unit, style: s.amountStyle, lang: s.lang };
    const plain = (t: string): string => t.replace(/\u00a0/g, " ");
    if (sum.result !== null)
      say(`${T.result(plain(formatDeviation(sum.result, "summary", money)))}\n`);
    if (sum.forecastResult !== null)
      say(`${T.forecastResult(plain(formatDeviation(sum.forecastResult, "summary", money)))}\n`);
    // The lines the summary counts (the pane shows the same number): totals are stated above.
    const material = st.rows
      .filter(isMaterialLine)
      .sort((a, b) => Math.abs(b.budgetDeviation ?? 0) - Math.abs(a.budgetDeviation ?? 0));
    say(material.length > 0 ? `${T.materialHeading}\n` : `${T.noMaterial}\n`);
    for (const r of material) {
      const verdict = budgetVerdict(r, sum);
      const word =
        verdict === "none"
          ? ""
          : verdict === "followsCosts"
            ? words.followsCosts
            : words.status[verdict];
      const amount = plain(formatDeviation(r.budgetDeviation ?? 0, "row", money));
      say(`  ${r.label}: ${amount} (${word})\n`);
    }
    if (st.checks.length > 0) {
      io.err(`${T.checksHeading(st.checks.length)}\n`);
      for (const c of st.checks) io.err(`  ${T.warning}: ${c.cell}: ${c.message}\n`);
    }
  }
  const ind = analysis.indicators;
  if (ind && ind.items.length > 0) {
    say(`${T.indicatorsFound(qualifiedAddress(ind.sheet, ind.range), ind.items.length)}\n`);
    const judged = ind.items.filter((i) => i.status !== "grey");
    say(
      `  ${T.indicatorSummary(judged.filter((i) => i.status === "green").length, judged.length)}\n`,
    );
    for (const i of ind.items)
      say(`  ${i.name}: ${words.indicatorStatus[i.status]}${i.reason ? ` (${i.reason})` : ""}\n`);
  }
  for (const line of followupLines(analysis, s.lang)) say(`${line}\n`);
  for (const d of analysis.diagnostics) io.err(`${describe(d, s.lang)}\n`);

  const files: OutputFile[] = [];
  // The report JSON and the document only when asked for: at 20 000 lines the JSON alone costs 0,4 s.
  const json = req.json ? `${JSON.stringify(result.report, null, 2)}\n` : "";
  const text = commentaryToText(result.commentary);
  if (req.json && req.json !== "-") files.push({ target: req.json, data: json });
  if (req.text && req.text !== "-") files.push({ target: req.text, data: text });
  if (req.docx) {
    // Loaded on demand: the Word library is a sixth of the command's start-up otherwise.
    const { documentToDocx } = await import("./docx");
    files.push({
      target: req.docx,
      data: await documentToDocx(buildDocument(result.analysis, result.commentary)),
    });
  }
  return { files, json, text };
}

async function removeOne(input: string, req: CliRequest, io: Io): Promise<number> {
  const s = req.settings;
  const T = cliTexts(s.lang);
  const output = req.output ?? defaultOutput(input);
  if (sameFile(input, output)) throw new CliError(T.sameAsInput);
  const { workbook } = await openInput(input, s.lang);
  const outcome = await removeOutputs(workbook);
  if (outcome.kind === "refused") {
    io.err(`${T.refused}\n`);
    for (const d of outcome.refusals) io.err(`  ${describe(d, s.lang)}\n`);
    return 1;
  }
  if (outcome.kind === "nothingToRemove") {
    io.err(`${T.nothingToRemove}\n`);
    return 1;
  }
  await writeAllAtomically([{ target: output, data: await workbook.toBuffer() }], s.lang);
  io.out(`${T.removed(output)}\n`);
  return 0;
}

/** Runs the command; returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const T = cliTexts(parsed.lang);
    io.err(`uppfoljning: ${parsed.message}\n\n${T.usage}\n`);
    return 2;
  }
  const req = parsed.request;
  const T = cliTexts(req.settings.lang);
  if (req.command === "help") {
    io.out(`${T.usage}\n`);
    return 0;
  }
  let code = 0;
  for (const input of req.inputs) {
    // A batch over a folder ("rapporter/*.xlsx") run twice would otherwise analyse last run's outputs.
    if (req.command === "analyze" && req.inputs.length > 1 && isOwnOutput(input)) {
      io.err(`${T.skippedOutput(input)}\n`);
      continue;
    }
    try {
      const c =
        req.command === "analyze"
          ? await analyzeOne(input, req, io)
          : await removeOne(input, req, io);
      code = Math.max(code, c);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.err(`uppfoljning: ${e.message}\n`);
      code = Math.max(code, 1);
    }
  }
  return code;
}
