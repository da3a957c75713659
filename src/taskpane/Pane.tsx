/**
 * The task pane's view: renders what usePane (state and flows) holds and wires its actions to the
 * controls. Reads the workbook through the injected host; writes or removes only on a button press.
 */
import { Button, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CommentaryPreview } from "./components/CommentaryPreview";
import { NoticeBar } from "./components/NoticeBar";
import { DeviationList, IndicatorList, Notes, Summary } from "./components/Results";
import { SettingsSection } from "./components/SettingsSection";
import { TablesSection } from "./components/TablesSection";
import type { PaneHost } from "./host";
import { StringsContext } from "./strings";
import { usePane, type Engine } from "./usePane";

export { defaultEngine, type Engine } from "./usePane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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
  const lang = settings.lang;

  return (
    <StringsContext.Provider value={t}>
      <main className={s.root} lang={lang} aria-busy={isBusy}>
        <TablesSection
          detection={p.detection}
          choices={p.choices}
          busy={isBusy}
          onPickSheet={p.pickSheet}
          onUseSelection={p.takeSelection}
        />
        <SettingsSection
          open={p.settingsOpen}
          onOpenChange={p.setSettingsOpen}
          draft={p.draft}
          errors={p.errors}
          busy={isBusy}
          onChange={p.setDraft}
          onSave={p.saveSettings}
        />
        <div className={s.actions}>
          <Button appearance="primary" disabledFocusable={isBusy} onClick={p.analyze}>
            {t.actions.analyze}
          </Button>
          <div className={s.row}>
            <Button disabledFocusable={isBusy} onClick={p.write}>
              {t.actions.write}
            </Button>
            <Button appearance="subtle" disabledFocusable={isBusy} onClick={p.remove}>
              {t.actions.remove}
            </Button>
          </div>
          {busy === "write" || busy === "remove" ? (
            <ProgressBar
              aria-label={busy === "write" ? t.actions.writing : t.actions.removing}
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              max={1}
            />
          ) : null}
          {busy === "write" && progress ? (
            <Text size={200}>{t.actions.progress(progress.done, progress.total)}</Text>
          ) : null}
          {busy === "read" || busy === "analyze" ? (
            <Spinner size="tiny" label={busy === "read" ? t.loading : t.actions.analyzing} />
          ) : null}
          {p.notice ? <NoticeBar notice={p.notice} onShowSheet={p.showSheet} /> : null}
        </div>
        {result ? (
          <>
            <Summary analysis={result.analysis} style={settings.amountStyle} lang={lang} />
            <DeviationList
              analysis={result.analysis}
              style={settings.amountStyle}
              lang={lang}
              onSelect={p.select}
            />
            <IndicatorList analysis={result.analysis} lang={lang} onSelect={p.select} />
            <Notes analysis={result.analysis} lang={lang} />
            <CommentaryPreview commentary={result.commentary} copied={p.copied} onCopy={p.copy} />
          </>
        ) : null}
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
