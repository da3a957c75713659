import type { Lang } from "../settings";
import type { FollowupTerms } from "./followupTypes";
import { enFollowup } from "./en/followup";
import { svFollowup } from "./sv/followup";

export type { FollowupTerms } from "./followupTypes";

export function followupTerms(lang: Lang): FollowupTerms {
  return lang === "en" ? enFollowup : svFollowup;
}

/** Our status-column headers in every language: never read as the user's headers. */
export const FOLLOWUP_HEADERS: string[] = [svFollowup, enFollowup].flatMap((t) =>
  Object.values(t.headers),
);
