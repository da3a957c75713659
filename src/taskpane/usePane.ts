/**
 * The pane's state and flows: reading the workbook, running the engine, writing and removing, the
 * settings draft, copying. The views (Pane.tsx and components/) only render what this returns and
 * call its actions; nothing here renders.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { qualifiedAddress } from "../core/address";
import type { Diagnostic } from "../core/diagnostics";
import {
  analyzeAndWrite,
  defaultEngine,
  editedCells,
  removeOutputs,
  type EditedChoice,
  type Engine,
} from "../app/workflow";
import type { EngineResult } from "../core/engine";
import type { WorkbookSnapshot } from "../core/grid";
import type { UiStrings } from "../core/locale/sv/ui";
import { renderDiagnostic, texts } from "../core/locale";
import { withDefaults, type Lang, type Settings } from "../core/settings";
import type { ApplyProgress } from "../workbook/port";
import type { Detection, TableChoice, TableKind } from "./components/TablesSection";
import type { ClipContent } from "./clipboard";
import { describeError, type ErrorView } from "./errors";
import type { PaneHost } from "./host";
import {
  draftFromSettings,
  validateDraft,
  type DraftErrors,
  type SettingsDraft,
} from "./settingsForm";
import { NO_COLUMN } from "../core/find/overrides";
import { checkSelection, roleColumns, writeParts, writtenWhere, type ChoiceRole } from "./view";
import type { EditedAnswer } from "./components/EditedDialog";

export { defaultEngine, type Engine } from "../app/workflow";

export type Busy = null | "read" | "analyze" | "write" | "remove" | "save";

export type Notice =
  | { kind: "error"; error: ErrorView }
  | { kind: "refused"; lines: string[] }
  | { kind: "written"; sheet: string | null; where: string[] }
  | { kind: "warning"; text: string }
  | { kind: "info"; text: string };

function choicesOf(s: Settings): Record<TableKind, TableChoice> {
  return {
    statement: { sheet: s.statementSheet, range: s.statementRange },
    indicators: { sheet: s.indicatorSheet, range: s.indicatorRange },
  };
}

function detectionOf(snapshot: WorkbookSnapshot, r: EngineResult | null): Detection {
  const a = r?.analysis;
  const st = a?.statement;
  const ind = a?.indicators;
  const followup: Detection["followup"] = [];
  for (const kind of ["goals", "actions", "controls"] as const) {
    const table = a?.[kind];
    if (table) followup.push({ kind, address: qualifiedAddress(table.sheet, table.range) });
  }
  return {
    sheets: snapshot.sheets.map((s) => s.name),
    statement: st ? qualifiedAddress(st.sheet, st.range) : null,
    indicators: ind ? qualifiedAddress(ind.sheet, ind.range) : null,
    followup,
    columns: st ? roleColumns(st) : null,
  };
}

/** Whether the last read found any table the engine analyses and writes about. */
export function foundAny(d: Detection | null): boolean {
  return d !== null && (d.statement !== null || d.indicators !== null || d.followup.length > 0);
}

/** Office's display language ("sv-SE", "en-US") as one of ours; Swedish unless it is English. */
export function langOfDisplay(display: string | undefined): Lang {
  return /^en\b/i.test(display ?? "") ? "en" : "sv";
}

export interface PaneState {
  t: UiStrings;
  /** The pane's own language: chosen, or Office's display language (null = follow Office). */
  uiLang: Lang | null;
  paneLang: Lang;
  /** The shown result was computed with other settings than the form now holds. */
  stale: boolean;
  /** Whether the last read found a table to write about / output of ours to remove. */
  writable: boolean;
  removable: boolean;
  /** While writing: what is being written, in words. */
  writing: string[] | null;
  settings: Settings;
  draft: SettingsDraft;
  errors: DraftErrors;
  settingsOpen: boolean;
  detection: Detection | null;
  choices: Record<TableKind, TableChoice>;
  result: EngineResult | null;
  busy: Busy;
  progress: ApplyProgress | null;
  notice: Notice | null;
  copied: string | null;
  /** Outputs the user changed since we wrote them (the cells, listed): the write waits for an answer. */
  editedPrompt: string | null;
  announcement: { text: string; n: number };
}

export interface PaneActions {
  analyze(): void;
  write(): void;
  answerEdited(answer: EditedAnswer): void;
  remove(): void;
  saveSettings(): void;
  setDraft(d: SettingsDraft): void;
  setSettingsOpen(open: boolean): void;
  pickSheet(kind: TableKind, sheet: string | null): void;
  takeSelection(kind: TableKind): void;
  searchAutomatically(kind: TableKind): void;
  /** Saves the statement's column for a role (a letter, or null for none) and analyses again. */
  pickColumn(role: ChoiceRole, letter: string | null): void;
  /** Drops the user's columns: the reading chooses again. */
  autoColumns(): void;
  setUiLang(lang: Lang | null): void;
  select(sheet: string, address: string): void;
  showSheet(sheet: string): void;
  copy(key: string, content: ClipContent): void;
}

export function usePane(host: PaneHost, engine: Engine = defaultEngine): PaneState & PaneActions {
  const [settings, setSettings] = useState<Settings>(() => withDefaults());
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(withDefaults()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [detection, setDetection] = useState<Detection | null>(null);
  const [result, setResult] = useState<EngineResult | null>(null);
  const [busy, setBusy] = useState<Busy>("read");
  const [progress, setProgress] = useState<ApplyProgress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [editedPrompt, setEditedPrompt] = useState<string | null>(null);
  // The live region: a counter makes a repeated message ("Kopierat" twice) a change screen readers announce.
  const [announcement, setAnnouncement] = useState({ text: "", n: 0 });
  const [uiLang, setUiLang] = useState<Lang | null>(null);
  const [resultSettings, setResultSettings] = useState<Settings | null>(null);
  const [removable, setRemovable] = useState(false);
  const [writing, setWriting] = useState<string[] | null>(null);
  const mounted = useRef(true);

  const paneLang = uiLang ?? langOfDisplay(host.displayLanguage);
  const t = texts(paneLang).ui;
  const announce = useCallback(
    (text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })),
    [],
  );

  const fail = useCallback(
    (e: unknown) => {
      const view = describeError(e, t);
      setNotice({ kind: "error", error: view });
      announce(view.code ? `${view.message} ${t.errors.code(view.code)}` : view.message);
    },
    [announce, t],
  );

  /** Runs the engine on a snapshot; the result also tells where the tables are and what is ours. */
  const runOn = (snapshot: WorkbookSnapshot, current: Settings): EngineResult => {
    const r = engine.runEngine(snapshot, current);
    if (mounted.current) {
      setDetection(detectionOf(snapshot, r));
      setRemovable(engine.planRemoval(snapshot).steps.length > 0);
    }
    return r;
  };

  /** Reads the workbook and runs the engine. */
  const readAndRun = useCallback(
    async (current: Settings): Promise<{ snapshot: WorkbookSnapshot; result: EngineResult }> => {
      const snapshot = await host.port.read();
      return { snapshot, result: runOn(snapshot, current) };
    },
    [host, engine],
  );

  const detect = useCallback(
    async (current: Settings) => {
      setBusy("read");
      try {
        await readAndRun(current);
      } catch (e) {
        fail(e);
      } finally {
        if (mounted.current) setBusy(null);
      }
    },
    [readAndRun, fail],
  );

  // On open: stored settings, then find the tables (nothing is shown as analysed yet).
  useEffect(() => {
    mounted.current = true;
    void (async () => {
      let loaded = withDefaults();
      try {
        loaded = withDefaults(await host.loadSettings());
      } catch (e) {
        fail(e);
      }
      if (!mounted.current) return;
      setSettings(loaded);
      setUiLang(loaded.uiLang);
      setDraft(draftFromSettings(loaded));
      await detect(loaded);
    })();
    return () => {
      mounted.current = false;
    };
    // Runs once per host: re-reading on every render would hammer Excel.
  }, [host]);

  const persist = useCallback(
    async (next: Settings) => {
      await host.saveSettings(next);
      setSettings(next);
    },
    [host],
  );

  /** The settings to run with: the draft when valid (saved if changed), or null after showing why not. */
  const settled = useCallback(async (): Promise<Settings | null> => {
    const v = validateDraft(draft, settings, t);
    if (!v.ok) {
      setErrors(v.errors);
      setSettingsOpen(true);
      announce(t.settings.invalid);
      setNotice({ kind: "info", text: t.settings.invalid });
      return null;
    }
    setErrors({});
    if (JSON.stringify(v.settings) !== JSON.stringify(settings)) await persist(v.settings);
    return v.settings;
  }, [draft, settings, t, announce, persist]);

  const run = useCallback(
    async (kind: Exclude<Busy, null>, job: () => Promise<void>) => {
      setBusy(kind);
      setNotice(null);
      setCopied(null);
      setProgress(null);
      try {
        await job();
      } catch (e) {
        fail(e);
      } finally {
        if (mounted.current) {
          setBusy(null);
          setProgress(null);
          setWriting(null);
        }
      }
    },
    [fail],
  );

  // Refusals are diagnostics of the analysis: worded in the analysis language, like the sheet.
  // The write and the remove flow refuse the same way: the lines shown and read out.
  const showRefusal = (refusals: Diagnostic[], lang: Lang) => {
    const lines = refusals.map((d) => renderDiagnostic(d, lang));
    setNotice({ kind: "refused", lines });
    announce(`${t.actions.refusedTitle}. ${lines.join(" ")}`);
  };

  const shown = (r: EngineResult, current: Settings) => {
    setResult(r);
    setResultSettings(current);
  };

  const analyze = () =>
    void run("analyze", async () => {
      const current = await settled();
      if (!current) return;
      const { result: r } = await readAndRun(current);
      shown(r, current);
      announce(t.actions.analyzed);
    });

  const write = (onEdited: EditedChoice = "stop") =>
    void run("write", async () => {
      const current = await settled();
      if (!current) return;
      // The use case re-reads: the plan must match the workbook as it is now, not as it was at Analysera.
      const outcome = await analyzeAndWrite(host.port, {
        settings: current,
        onEdited,
        engine,
        onPlanned: (plan) => {
          const parts = writeParts(plan, t);
          setWriting(parts);
          announce(t.actions.writingParts(parts));
        },
        onProgress: (p) => {
          if (mounted.current) setProgress({ ...p });
        },
      });
      const r = outcome.result;
      if (mounted.current) setDetection(detectionOf(outcome.snapshot, r));
      shown(r, current);
      if (outcome.kind === "nothingFound") {
        setNotice({ kind: "warning", text: t.actions.nothingToWrite });
        announce(t.actions.nothingToWrite);
        return;
      }
      if (outcome.kind === "refused") {
        showRefusal(outcome.refusals, current.lang);
        return;
      }
      if (outcome.kind === "edited") {
        const words = texts(current.lang).ui;
        const cells = texts(current.lang).terms.edited.cells(editedCells(outcome.edited));
        setEditedPrompt(cells);
        announce(`${words.edited.title}. ${words.edited.body(cells)}`);
        return;
      }
      setRemovable(true);
      const where = writtenWhere(r.plan, t);
      setNotice({ kind: "written", sheet: outcome.sheet, where });
      announce(
        `${t.actions.written} ${t.actions.writtenWhere} ${where.join("; ")}. ${t.actions.undoHint}`,
      );
    });

  const answerEdited = (answer: EditedAnswer) => {
    setEditedPrompt(null);
    if (answer !== "cancel") write(answer);
  };

  const remove = () =>
    void run("remove", async () => {
      const outcome = await removeOutputs(host.port, {
        engine,
        onProgress: (p) => {
          if (mounted.current) setProgress({ ...p });
        },
      });
      if (outcome.kind === "refused") {
        showRefusal(outcome.refusals, settings.lang);
        return;
      }
      if (outcome.kind === "nothingToRemove") {
        setNotice({ kind: "info", text: t.actions.nothingToRemove });
        announce(t.actions.nothingToRemove);
        return;
      }
      setRemovable(false);
      setNotice({ kind: "info", text: t.actions.removed });
      announce(t.actions.removed);
    });

  const saveSettings = () =>
    void run("save", async () => {
      const v = validateDraft(draft, settings, t);
      if (!v.ok) {
        setErrors(v.errors);
        announce(t.settings.invalid);
        return;
      }
      setErrors({});
      await persist(v.settings);
      setNotice({ kind: "info", text: t.settings.saved });
      announce(t.settings.saved);
      // A shown analysis would now be stale (other thresholds or language): redo it, still without writing.
      if (result) shown((await readAndRun(v.settings)).result, v.settings);
    });

  const pickSheet = (kind: TableKind, sheet: string | null) => {
    const next: Settings =
      kind === "statement"
        ? { ...settings, statementSheet: sheet, statementRange: null }
        : { ...settings, indicatorSheet: sheet, indicatorRange: null };
    void run("read", async () => {
      await persist(next);
      setResult(null);
      await readAndRun(next);
    });
  };

  /** Uses the selection as the table, once it has a header row and numbers below it. */
  const takeSelection = (kind: TableKind) =>
    void run("read", async () => {
      const sel = await host.getSelectedRange();
      const snapshot = await host.port.read();
      const check = checkSelection(snapshot, sel.sheet, sel.address);
      if (check !== "ok") {
        const address = `${sel.sheet}!${sel.address}`;
        const text =
          check === "empty"
            ? t.tables.selectionEmpty(address)
            : check === "noHeader"
              ? t.tables.selectionNoHeader(address)
              : t.tables.selectionNoAmounts(address);
        setNotice({ kind: "warning", text });
        announce(text);
        return;
      }
      const next: Settings =
        kind === "statement"
          ? { ...settings, statementSheet: sel.sheet, statementRange: sel.address }
          : { ...settings, indicatorSheet: sel.sheet, indicatorRange: sel.address };
      await persist(next);
      setResult(null);
      runOn(snapshot, next);
    });

  const searchAutomatically = (kind: TableKind) => pickSheet(kind, null);

  /** The pane's own language: applied at once, saved with the workbook's settings so it opens in it. */
  const chooseUiLang = (lang: Lang | null) => {
    setUiLang(lang);
    persist({ ...settings, uiLang: lang }).catch((e: unknown) => fail(e));
  };
  /** A column choice changes the reading: saved, then analysed again and shown (nothing written). */
  const rereadWith = (next: Settings) =>
    void run("analyze", async () => {
      await persist(next);
      const { result: r } = await readAndRun(next);
      shown(r, next);
      announce(t.actions.analyzed);
    });

  const pickColumn = (role: ChoiceRole, letter: string | null) =>
    rereadWith({ ...settings, columns: { ...settings.columns, [role]: letter ?? NO_COLUMN } });

  const autoColumns = () => rereadWith({ ...settings, columns: null });

  const select = (sheet: string, address: string) => {
    host.selectCell(sheet, address).catch((e: unknown) => fail(e));
  };

  const showSheet = (sheet: string) => {
    host.activateSheet(sheet).catch((e: unknown) => fail(e));
  };

  /** Called inside the click: the clipboard call starts before anything is awaited (see clipboard.ts). */
  const copy = (key: string, content: ClipContent) => {
    host.copy(content).then(
      () => {
        setCopied(key);
        announce(t.commentary.copied);
      },
      () => {
        setCopied(null);
        setNotice({ kind: "info", text: t.commentary.copyFailed });
        announce(t.commentary.copyFailed);
      },
    );
  };

  const stale =
    result !== null &&
    resultSettings !== null &&
    JSON.stringify(draft) !== JSON.stringify(draftFromSettings(resultSettings));

  return {
    t,
    uiLang,
    paneLang,
    stale,
    writable: foundAny(detection),
    removable,
    writing,
    searchAutomatically,
    setUiLang: chooseUiLang,
    pickColumn,
    autoColumns,
    settings,
    draft,
    errors,
    settingsOpen,
    detection,
    choices: choicesOf(settings),
    result,
    busy,
    progress,
    notice,
    copied,
    editedPrompt,
    announcement,
    analyze,
    write: () => write(),
    answerEdited,
    remove,
    saveSettings,
    setDraft,
    setSettingsOpen,
    pickSheet,
    takeSelection,
    select,
    showSheet,
    copy,
  };
}
