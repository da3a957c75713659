/**
 * The task pane's view: renders what usePane (state and flows) holds and wires its actions to the
 * controls. The answer comes first: the found tables as one line each, Analysera and Skriv in a bar
 * that stays in view, the result in tabs; settings and removal below.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { EditedDialog } from "./components/EditedDialog";
import { NoticeBar } from "./components/NoticeBar";
import { ResultTabs } from "./components/ResultTabs";
import { SettingsSection } from "./components/SettingsSection";
import { TablesSection } from "./components/TablesSection";
import type { PaneHost } from "./host";
import { StringsContext } from "./strings";
import { foundAny, usePane, type Engine } from "./usePane";

export { defaultEngine, type Engine } from "./usePane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: `${tokens.spacingVerticalM} 0 0 0` },
  // Stays in view while the results scroll under it.
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Both buttons on one line at 320 px: Fluent's 12 px side padding leaves no room for the pair.
  barButton: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  footer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function Pane(props: { host: PaneHost; engine?: Engine }): JSX.Element {
  const p = usePane(props.host, props.engine);
  const s = useStyles();
  const { t, busy, progress, settings, result } = p;
  const isBusy = busy !== null;
  const nothingFound = p.detection !== null && !foundAny(p.detection);

  return (
    <StringsContext.Provider value={t}>
      <main className={s.root} lang={p.paneLang} aria-busy={isBusy}>
        <Text as="h1" size={500} weight="semibold" className={s.title}>
          {t.appTitle}
        </Text>
        {nothingFound ? (
          <MessageBar intent="warning" layout="multiline" data-state="nothing-found">
            <MessageBarBody>
              <MessageBarTitle>{t.tables.nothingFoundTitle}</MessageBarTitle>
              {t.tables.nothingFound}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {p.notice?.kind === "error" ? (
          <NoticeBar notice={p.notice} onShowSheet={p.showSheet} />
        ) : null}
        <TablesSection
          detection={p.detection}
          choices={p.choices}
          busy={isBusy}
          onPickSheet={p.pickSheet}
          onUseSelection={p.takeSelection}
          onSearchAutomatically={p.searchAutomatically}
          columnOverrides={settings.columns}
          onPickColumn={p.pickColumn}
          onAutoColumns={p.autoColumns}
        />
        <div className={s.bar} role="region" aria-label={t.actions.bar}>
          <div className={s.row}>
            <Button
              appearance="primary"
              className={s.barButton}
              disabledFocusable={isBusy}
              onClick={p.analyze}
            >
              {t.actions.analyze}
            </Button>
            <Button
              className={s.barButton}
              disabledFocusable={isBusy || !p.writable}
              onClick={p.write}
            >
              {t.actions.write}
            </Button>
          </div>
          {busy === "write" || busy === "remove" ? (
            <ProgressBar
              aria-label={busy === "write" ? t.actions.writing : t.actions.removing}
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              max={1}
            />
          ) : null}
          {busy === "write" && p.writing ? (
            <Text size={200} data-progress="">
              {t.actions.writingParts(p.writing)}
              {progress && progress.total > 1
                ? ` (${t.actions.batch(progress.done, progress.total)})`
                : ""}
            </Text>
          ) : null}
          {busy === "read" || busy === "analyze" ? (
            <Spinner size="tiny" label={busy === "read" ? t.loading : t.actions.analyzing} />
          ) : null}
          {p.editedPrompt !== null ? (
            <EditedDialog cells={p.editedPrompt} onAnswer={p.answerEdited} />
          ) : null}
        </div>
        {p.notice && p.notice.kind !== "error" ? (
          <NoticeBar notice={p.notice} onShowSheet={p.showSheet} />
        ) : null}
        {p.stale ? (
          <MessageBar intent="warning" layout="multiline" data-state="stale">
            <MessageBarBody>{t.actions.stale}</MessageBarBody>
          </MessageBar>
        ) : null}
        {result ? (
          <ResultTabs
            result={result}
            style={settings.amountStyle}
            lang={settings.lang}
            copied={p.copied}
            onSelect={p.select}
            onCopy={p.copy}
          />
        ) : null}
        <div className={s.footer}>
          <SettingsSection
            open={p.settingsOpen}
            onOpenChange={p.setSettingsOpen}
            draft={p.draft}
            errors={p.errors}
            busy={isBusy}
            onChange={p.setDraft}
            onSave={p.saveSettings}
            uiLang={p.uiLang}
            onUiLang={p.setUiLang}
          />
          <div className={s.row}>
            <Button
              appearance="subtle"
              disabledFocusable={isBusy || !p.removable}
              onClick={p.remove}
            >
              {t.actions.remove}
            </Button>
          </div>
        </div>
      </main>
      {/* Outside <main>: screen readers may hold back live updates inside an aria-busy region. */}
      <div
        id="announcer"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={s.visuallyHidden}
      >
        {p.announcement.text ? `${p.announcement.text}${p.announcement.n % 2 ? "" : "\u00a0"}` : ""}
      </div>
    </StringsContext.Provider>
  );
}
