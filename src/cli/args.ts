/** Command-line arguments to a request, or a usage error. */
import { enCli } from "../core/locale/en/cli";
import { svCli } from "../core/locale/sv/cli";
import type { CliTexts } from "../core/locale/cliTypes";
import { parseColumnsSetting } from "../core/find/overrides";
import { parsePeriodSetting } from "../core/parse/period";
import { withDefaults, type Lang, type Settings } from "../core/settings";

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

export function cliTexts(lang: Lang): CliTexts {
  return lang === "en" ? enCli : svCli;
}

const VALUE_OPTIONS = new Set([
  "-o",
  "--output",
  "--json",
  "--text",
  "--docx",
  "--lang",
  "--materiality-amount",
  "--materiality-pct",
  "--tolerance-pct",
  "--amount-style",
  "--period",
  "--statement-sheet",
  "--indicator-sheet",
  "--analysis-sheet",
  "--materiality-large",
  "--columns",
]);

export function parseArgs(argv: string[]): ParsedArgs {
  // Language first, so every later message is in it.
  const langIndex = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const langValue =
    langIndex < 0
      ? "sv"
      : argv[langIndex].includes("=")
        ? argv[langIndex].split("=")[1]
        : argv[langIndex + 1];
  const lang: Lang = langValue === "en" ? "en" : "sv";
  const T = cliTexts(lang);
  const fail = (message: string): ParsedArgs => ({ ok: false, message, lang });
  if (langIndex >= 0 && langValue !== "sv" && langValue !== "en")
    return fail(T.badChoice("--lang", String(langValue), "sv, en"));

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
    let arg = argv[i];
    let value: string | undefined;
    if (arg.startsWith("--") && arg.includes("=")) {
      value = arg.slice(arg.indexOf("=") + 1);
      arg = arg.slice(0, arg.indexOf("="));
    }
    if (arg === "-h" || arg === "--help")
      return { ok: true, request: { ...request, command: "help" } };
    if (arg === "--no-placeholders") {
      settings.placeholders = false;
      continue;
    }
    if (arg === "--replace-edited") {
      request.replaceEdited = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    if (!VALUE_OPTIONS.has(arg)) return fail(T.unknownOption(arg));
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) return fail(T.missingValue(arg));
    }
    const num = (): number | null => {
      const n = Number(value?.replace(",", "."));
      return Number.isFinite(n) && n >= 0 && value?.trim() !== "" ? n : null;
    };
    switch (arg) {
      case "-o":
      case "--output":
        request.output = value;
        break;
      case "--json":
        request.json = value;
        break;
      case "--text":
        request.text = value;
        break;
      case "--docx":
        request.docx = value;
        break;
      case "--lang":
        break;
      case "--materiality-amount":
      case "--materiality-large":
      case "--materiality-pct":
      case "--tolerance-pct": {
        const n = num();
        if (n === null) return fail(T.badNumber(arg, value));
        if (arg === "--materiality-amount") settings.materialityAmountTkr = n;
        else if (arg === "--materiality-large") settings.materialityLargeTkr = n;
        else if (arg === "--materiality-pct") settings.materialityPct = n;
        else settings.tolerancePct = n;
        break;
      }
      case "--amount-style":
        if (value !== "tkr" && value !== "mnkr" && value !== "auto")
          return fail(T.badChoice(arg, value, "tkr, mnkr, auto"));
        settings.amountStyle = value;
        break;
      case "--period":
        if (!parsePeriodSetting(value)) return fail(T.badPeriod(value));
        settings.period = value.trim();
        break;
      case "--statement-sheet":
        settings.statementSheet = value;
        break;
      case "--indicator-sheet":
        settings.indicatorSheet = value;
        break;
      case "--analysis-sheet":
        settings.analysisSheetName = value;
        break;
      case "--columns": {
        const parsed = parseColumnsSetting(value);
        if (!parsed.ok)
          return fail(
            T.badChoice(
              arg,
              parsed.part,
              "utfall=C, budget=D, budget helår=E, prognos=F, föregående år=G",
            ),
          );
        settings.columns = parsed.value;
        break;
      }
    }
  }
  const [command, ...inputs] = positional;
  if (command === undefined) return { ok: true, request };
  if (command !== "analyze" && command !== "remove") return fail(T.unknownOption(command));
  if (inputs.length === 0) return fail(T.noInput);
  if (
    inputs.length > 1 &&
    (request.output ||
      (request.json && request.json !== "-") ||
      (request.text && request.text !== "-"))
  ) {
    return fail(T.oneOutputOnly);
  }
  return { ok: true, request: { ...request, command, inputs, settings: withDefaults(settings) } };
}
