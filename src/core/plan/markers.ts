/**
 * Markers: workbook defined names that say "this range was written by Uppföljning". A re-run replaces
 * exactly these ranges; "Ta bort analysen" deletes exactly them. A column marker only counts while its
 * header cell still holds one of our header words: if the user wrote over it, it is theirs now.
 */
import { cellAt, type Marker, type WorkbookSnapshot } from "../grid";
import { cellText } from "../text";
import { LANGS, texts } from "../locale";
import type { Lang } from "../settings";
import { followupMarkerKeys } from "./followup";
import {
  cellsOutside,
  changedCells,
  isFingerprintName,
  storedFingerprints,
  type EditedOutput,
} from "./fingerprints";
import { MARKER_PREFIX } from "./types";

export const markerKeys = {
  status: `${MARKER_PREFIX}Status`,
  forecastStatus: `${MARKER_PREFIX}StatusPrognos`,
  fulfilment: `${MARKER_PREFIX}Maluppfyllelse`,
  analysisSheet: `${MARKER_PREFIX}Analys`,
} as const;

/** Our header words in every language, per marker: a column stays ours while its header holds one. */
function headerWords(name: string): string[] | undefined {
  const terms = {
    [markerKeys.status]: (l: Lang) => texts(l).terms.headers.status,
    [markerKeys.forecastStatus]: (l: Lang) => texts(l).terms.headers.forecastStatus,
    [markerKeys.fulfilment]: (l: Lang) => texts(l).terms.headers.fulfilment,
    [followupMarkerKeys.goals]: (l: Lang) => texts(l).followup.headers.goals,
    [followupMarkerKeys.actions]: (l: Lang) => texts(l).followup.headers.actions,
    [followupMarkerKeys.controls]: (l: Lang) => texts(l).followup.headers.controls,
  }[name];
  return terms && LANGS.map(terms);
}

export interface OwnedOutputs {
  /** Column outputs still ours, by marker name. */
  columns: Marker[];
  /** The analysis sheet still ours, if any. */
  analysisSheet: string | null;
  /** The analysis sheet's marker (its range is the extent we wrote). */
  analysisMarker: Marker | null;
  /** Markers of ours whose range is gone or was taken over by the user: the name is removed, the cells left. */
  stale: Marker[];
  /** The names holding fingerprints of what we wrote (see fingerprints.ts): rewritten on every run. */
  fingerprintNames: Marker[];
}

/**
 * What we wrote that is still ours. `disown` names markers whose output the user keeps (edited
 * outputs when they chose to write beside them): those count as the user's, their names are removed.
 */
export function ownedOutputs(
  snapshot: WorkbookSnapshot,
  disown: ReadonlySet<string> = new Set(),
): OwnedOutputs {
  const out: OwnedOutputs = {
    columns: [],
    analysisSheet: null,
    analysisMarker: null,
    stale: [],
    fingerprintNames: [],
  };
  for (const m of snapshot.markers) {
    if (!m.name.startsWith(MARKER_PREFIX)) continue;
    if (isFingerprintName(m.name)) {
      out.fingerprintNames.push(m);
      continue;
    }
    if (disown.has(m.name)) {
      out.stale.push(m);
      continue;
    }
    const sheet = snapshot.sheets.find((s) => s.name === m.sheet);
    if (!sheet) {
      out.stale.push(m);
      continue;
    }
    if (m.name === markerKeys.analysisSheet) {
      out.analysisSheet = m.sheet;
      out.analysisMarker = m;
      continue;
    }
    const words = headerWords(m.name);
    const header = cellText(cellAt(sheet, m.range.top, m.range.left)).trim();
    if (words && words.includes(header) && m.range.left === m.range.right) out.columns.push(m);
    else out.stale.push(m);
  }
  return out;
}

/**
 * Outputs of ours the user changed since we wrote them, with the changed cells: on the analysis
 * sheet also anything written outside what we wrote. Outputs written before fingerprints existed
 * have none to compare and count as unchanged.
 */
export function editedOutputs(snapshot: WorkbookSnapshot): EditedOutput[] {
  const owned = ownedOutputs(snapshot);
  const stored = storedFingerprints(snapshot.markers);
  const out: EditedOutput[] = [];
  const outputs = owned.analysisMarker ? [...owned.columns, owned.analysisMarker] : owned.columns;
  for (const m of outputs) {
    const fp = stored.get(m.name);
    const sheet = snapshot.sheets.find((s) => s.name === m.sheet);
    if (fp === undefined || !sheet) continue;
    const cells = changedCells(sheet, m.range, fp);
    if (m === owned.analysisMarker) cells.push(...cellsOutside(sheet, m.range));
    if (cells.length > 0) out.push({ marker: m.name, sheet: m.sheet, cells });
  }
  return out;
}
