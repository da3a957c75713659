/** The pane's words reach components through context, never inline; texts(lang).ui picks them. */
import { createContext, useContext } from "react";
import { texts, type UiStrings } from "../core/locale";

export const StringsContext = createContext<UiStrings>(texts("sv").ui);

export function useStrings(): UiStrings {
  return useContext(StringsContext);
}
