/** Generated commentary: stable section ids, titles and paragraphs in the chosen language. */
export type SectionId = "summary" | "budget" | "priorYear" | "forecast" | "indicators" | "checks";

export interface CommentarySection {
  id: SectionId;
  title: string;
  paragraphs: string[];
}

export interface Commentary {
  lang: "sv" | "en";
  sections: CommentarySection[];
}
