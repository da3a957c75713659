/** Picks the pane's words by language; components receive them through context, never inline. */
import { createContext, useContext } from "react";
import { enUi } from "../core/locale/en/ui";
import { svUi, type UiStrings } from "../core/locale/sv/ui";
import type { Lang } from "../core/settings";

export function uiStrings(lang: Lang): UiStrings {
  return lang === "en" ? enUi : svUi;
}

export const StringsContext = createContext<UiStrings>(svUi);

export function useStrings(): UiStrings {
  return useContext(StringsContext);
}
