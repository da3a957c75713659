/**
 * The command's own words, asked like every other text (`cliTexts(lang)`), apart from the registry in
 * index.ts so the pane's bundle does not carry them.
 */
import type { Lang } from "../settings";
import type { CliTexts } from "./cliTypes";
import { enCli } from "./en/cli";
import { svCli } from "./sv/cli";

export type { CliTexts } from "./cliTypes";

const CLI: Record<Lang, CliTexts> = { sv: svCli, en: enCli };

export function cliTexts(lang: Lang): CliTexts {
  return CLI[lang];
}
