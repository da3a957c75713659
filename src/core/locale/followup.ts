import { enFollowup } from "./en/followup";
import { svFollowup } from "./sv/followup";

export type { FollowupTerms } from "./followupTypes";

/** Our status-column headers in every language: never read as the user's headers. */
export const FOLLOWUP_HEADERS: string[] = [svFollowup, enFollowup].flatMap((t) =>
  Object.values(t.headers),
);
