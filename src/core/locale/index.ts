/**
 * The language registry: one way to ask for a language's texts. Every word lives in locale/<code>/;
 * everything else asks `texts(lang)` and never chooses between languages itself. The command's own
 * words are asked the same way from ./cli (kept apart so the pane's bundle does not carry them).
 */
import type { CommentaryPhrases } from "../commentary/phrases";
import type { Diagnostic } from "../diagnostics";
import type { Lang } from "../settings";
import type { FollowupTerms } from "./followupTypes";
import { NUMBER_STYLES, type NumberStyle } from "./numbers";
import type { OfficeMessages } from "./officeTypes";
import type { Terms } from "./types";
import type { UiStrings } from "./sv/ui";
import { en as enCommentary } from "./en/commentary";
import { enFollowup } from "./en/followup";
import { enOffice } from "./en/office";
import { en as enTerms } from "./en/terms";
import { enUi } from "./en/ui";
import { sv as svCommentary } from "./sv/commentary";
import { svFollowup } from "./sv/followup";
import { svOffice } from "./sv/office";
import { sv as svTerms } from "./sv/terms";
import { svUi } from "./sv/ui";

export type { Terms } from "./types";
export type { FollowupTerms } from "./followupTypes";
export type { OfficeMessages } from "./officeTypes";
export type { UiStrings } from "./sv/ui";

export interface LocaleTexts {
  /** Status words, column headers, diagnostics' messages, months. */
  terms: Terms;
  /** The generated commentary's phrases. */
  commentary: CommentaryPhrases;
  /** The follow-up tables' words (status columns, Analys blocks, diagnostics). */
  followup: FollowupTerms;
  /** The task pane. */
  ui: UiStrings;
  /** The Office adapter's messages. */
  office: OfficeMessages;
  numbers: NumberStyle;
}

/** The languages we write, Swedish first. */
export const LANGS: readonly Lang[] = ["sv", "en"];

// Built on first use: the locale files import helpers that import this module back.
let registry: Record<Lang, LocaleTexts> | null = null;

export function texts(lang: Lang): LocaleTexts {
  registry ??= {
    sv: {
      terms: svTerms,
      commentary: svCommentary,
      followup: svFollowup,
      ui: svUi,
      office: svOffice,
      numbers: NUMBER_STYLES.sv,
    },
    en: {
      terms: enTerms,
      commentary: enCommentary,
      followup: enFollowup,
      ui: enUi,
      office: enOffice,
      numbers: NUMBER_STYLES.en,
    },
  };
  return registry[lang];
}

/** The diagnostic's message in the given language (the cell address is the caller's to show). */
export function renderDiagnostic(d: Diagnostic, lang: Lang): string {
  return texts(lang).terms.messages[d.code](d.params);
}
