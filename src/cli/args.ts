/** Command-line arguments to a request, or a usage error. */
import { cliTexts, type CliTexts } from "../core/locale/cli";
import { withDefaults, type Lang, type Settings } from "../core/settings";
import {
  crossProblems,
  validateSetting,
  type SettingKey,
  type SettingProblem,
} from "../core/settingsSchema";

export interface CliRequest {
  command: "analyze" | "remove" | "help";
  inputs: string[];
  output: string | null;
  json: string | null;
  text: string | null;
  /** The commentary and key figures as a Word document. */
  docx: string | null;
  /** Overwrite outputs of ours the user changed since (otherwise the command stops, naming them). */
  replaceEdited: boolean;
  settings: Settings;
}

export type ParsedArgs =
  { ok: true; request: CliRequest } | { ok: false; message: string; lang: Lang };

/** The flag of each setting the command takes; the value is checked by the core's settings schema. */
const SETTING_FLAGS = new Map<string, SettingKey>(
  Object.entries({
    "--lang": "lang",
    "--materiality-amount": "materialityAmountTkr",
    "--materiality-pct": "materialityPct",
    "--materiality-large": "materialityLargeTkr",
    "--tolerance-pct": "tolerancePct",
    "--amount-style": "amountStyle",
    "--period": "period",
    "--statement-sheet": "statementSheet",
    "--statement-range": "statementRange",
    "--indicator-sheet": "indicatorSheet",
    "--indicator-range": "indicatorRange",
    "--analysis-sheet": "analysisSheetName",
    "--columns": "columns",
  } satisfies Record<string, SettingKey>),
);

/** Options that name a file of output. */
const OUTPUT_FLAGS = {
  "-o": "output",
  "--output": "output",
  "--json": "json",
  "--text": "text",
  "--docx": "docx",
} as const satisfies Record<string, keyof CliRequest>;

type OutputFlag = keyof typeof OUTPUT_FLAGS;
const isOutputFlag = (a: string): a is OutputFlag => Object.keys(OUTPUT_FLAGS).includes(a);

function problemText(T: CliTexts, flag: string, value: string, problem: SettingProblem): string {
  const say = T.setting[problem.code] as (p: SettingProblem) => string;
  return T.badSetting(flag, value, say(problem));
}

/** "--period=2025-03" as the flag and its value; other arguments as they are. */
function splitInline(arg: string): { arg: string; value: string | undefined } {
  const eq = arg.indexOf("=");
  return arg.startsWith("--") && eq > 0
    ? { arg: arg.slice(0, eq), value: arg.slice(eq + 1) }
    : { arg, value: undefined };
}

/** The language is read first, so that every later message is in it; a bad --lang is refused in Swedish. */
function languageOf(argv: string[]): { lang: Lang } | { lang: Lang; message: string } {
  const at = argv.findIndex((a) => splitInline(a).arg === "--lang");
  if (at < 0) return { lang: "sv" };
  const value = splitInline(argv[at]).value ?? argv[at + 1];
  if (value === undefined) return { lang: "sv" }; // the loop says the value is missing
  const v = validateSetting("lang", value);
  if (v.ok) return { lang: v.value };
  return { lang: "sv", message: problemText(cliTexts("sv"), "--lang", value, v.problem) };
}

/** The command and its files, once the options are read; one output file needs one input. */
function finish(request: CliRequest, positional: string[], T: CliTexts): ParsedArgs | string {
  const [command, ...inputs] = positional;
  if (command === undefined) return { ok: true, request };
  if (command !== "analyze" && command !== "remove") return T.unknownOption(command);
  if (inputs.length === 0) return T.noInput;
  const namedFile = (f: string | null) => f !== null && f !== "-";
  if (inputs.length > 1 && (request.output || namedFile(request.json) || namedFile(request.text)))
    return T.oneOutputOnly;
  return { ok: true, request: { ...request, command, inputs } };
}

/** A flag's value into the request or the settings; the message when the schema refuses it. */
function applyValue(
  flag: string,
  value: string,
  request: CliRequest,
  settings: Partial<Settings>,
  T: CliTexts,
): string | null {
  const key = SETTING_FLAGS.get(flag);
  if (key === undefined) {
    request[OUTPUT_FLAGS[flag as OutputFlag]] = value;
    return null;
  }
  const v = validateSetting(key, value);
  if (!v.ok) return problemText(T, flag, value, v.problem);
  (settings as Record<string, unknown>)[key] = v.value;
  return null;
}

/** A range without its sheet would be ignored: refused here, as the store drops it. */
function crossCheck(settings: Partial<Settings>, T: CliTexts): string | null {
  const [key, problem] = (Object.entries(crossProblems(settings))[0] ?? []) as [
    SettingKey?,
    SettingProblem?,
  ];
  if (!key || !problem) return null;
  const flag = [...SETTING_FLAGS].find(([, k]) => k === key)?.[0] ?? key;
  return problemText(T, flag, String(settings[key]), problem);
}

export function parseArgs(argv: string[]): ParsedArgs {
  const language = languageOf(argv);
  const lang = language.lang;
  const fail = (message: string): ParsedArgs => ({ ok: false, message, lang });
  if ("message" in language) return fail(language.message);
  const T = cliTexts(lang);

  const settings: Partial<Settings> = { lang };
  const request: CliRequest = {
    command: "help",
    inputs: [],
    output: null,
    json: null,
    text: null,
    docx: null,
    replaceEdited: false,
    settings: withDefaults(settings),
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const { arg, value: inline } = splitInline(argv[i]);
    if (arg === "-h" || arg === "--help") return { ok: true, request };
    if (arg === "--no-placeholders") settings.placeholders = false;
    else if (arg === "--replace-edited") request.replaceEdited = true;
    else if (!arg.startsWith("-") || arg === "-") positional.push(arg);
    else if (!SETTING_FLAGS.has(arg) && !isOutputFlag(arg)) return fail(T.unknownOption(arg));
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) return fail(T.missingValue(arg));
      const refused = applyValue(arg, value, request, settings, T);
      if (refused) return fail(refused);
    }
  }
  const refused = crossCheck(settings, T);
  if (refused) return fail(refused);
  const done = finish({ ...request, settings: withDefaults(settings) }, positional, T);
  return typeof done === "string" ? fail(done) : done;
}
