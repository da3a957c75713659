/** Generated commentary: stable section ids, titles and paragraphs in the chosen language. */
export type SectionId =
  "summary" | "budget" | "priorYear" | "forecast" | "indicators" | "checks" | FollowupSectionId;

/** The follow-up sections (commentary/followup.ts); their titles live in locale/<lang>/followup.ts. */
export type FollowupSectionId = "goals" | "actions" | "controls";

export interface CommentarySection {
  id: SectionId;
  title: string;
  paragraphs: string[];
}

export interface Commentary {
  lang: "sv" | "en";
  sections: CommentarySection[];
}
