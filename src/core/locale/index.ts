import type { Lang } from "../settings";
import type { Diagnostic } from "../diagnostics";
import type { Terms } from "./types";
import { sv } from "./sv/terms";
import { en } from "./en/terms";

export type { Terms } from "./types";

export function terms(lang: Lang): Terms {
  return lang === "en" ? en : sv;
}

/** The diagnostic's message in the given language (the cell address is the caller's to show). */
export function renderDiagnostic(d: Diagnostic, lang: Lang): string {
  return terms(lang).messages[d.code](d.params);
}
