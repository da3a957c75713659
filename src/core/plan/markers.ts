/**
 * Markers: workbook defined names that say "this range was written by Uppföljning". A re-run replaces
 * exactly these ranges; "Ta bort analysen" deletes exactly them. A column marker only counts while its
 * header cell still holds one of our header words: if the user wrote over it, it is theirs now.
 */
import { sv } from "../locale/sv/terms";
import { en } from "../locale/en/terms";
import { cellAt, type Marker, type WorkbookSnapshot } from "../grid";
import { cellText } from "../text";
import { svFollowup } from "../locale/sv/followup";
import { enFollowup } from "../locale/en/followup";
import { followupMarkerKeys } from "./followup";
import { MARKER_PREFIX } from "./types";

export const markerKeys = {
  status: `${MARKER_PREFIX}Status`,
  forecastStatus: `${MARKER_PREFIX}StatusPrognos`,
  fulfilment: `${MARKER_PREFIX}Maluppfyllelse`,
  analysisSheet: `${MARKER_PREFIX}Analys`,
} as const;

const HEADER_WORDS: Record<string, string[]> = {
  [markerKeys.status]: [sv.headers.status, en.headers.status],
  [markerKeys.forecastStatus]: [sv.headers.forecastStatus, en.headers.forecastStatus],
  [markerKeys.fulfilment]: [sv.headers.fulfilment, en.headers.fulfilment],
  [followupMarkerKeys.goals]: [svFollowup.headers.goals, enFollowup.headers.goals],
  [followupMarkerKeys.actions]: [svFollowup.headers.actions, enFollowup.headers.actions],
  [followupMarkerKeys.controls]: [svFollowup.headers.controls, enFollowup.headers.controls],
};

export interface OwnedOutputs {
  /** Column outputs still ours, by marker name. */
  columns: Marker[];
  /** The analysis sheet still ours, if any. */
  analysisSheet: string | null;
  /** Markers of ours whose range is gone or was taken over by the user: the name is removed, the cells left. */
  stale: Marker[];
}

export function ownedOutputs(snapshot: WorkbookSnapshot): OwnedOutputs {
  const out: OwnedOutputs = { columns: [], analysisSheet: null, stale: [] };
  for (const m of snapshot.markers) {
    if (!m.name.startsWith(MARKER_PREFIX)) continue;
    const sheet = snapshot.sheets.find((s) => s.name === m.sheet);
    if (!sheet) {
      out.stale.push(m);
      continue;
    }
    if (m.name === markerKeys.analysisSheet) {
      out.analysisSheet = m.sheet;
      continue;
    }
    const words = HEADER_WORDS[m.name];
    const header = cellText(cellAt(sheet, m.range.top, m.range.left)).trim();
    if (words && words.includes(header) && m.range.left === m.range.right) out.columns.push(m);
    else out.stale.push(m);
  }
  return out;
}
