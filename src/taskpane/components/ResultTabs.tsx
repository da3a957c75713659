/**
 * The result in tabs that each fit a screen: Översikt (summary, variance chart, notes), Avvikelser
 * (every row, material first), Mål (indicators against target; goals, action plans and internal
 * control with what needs attention first), Text (the
 * commentary to copy). Which tab is open is view state only.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type KeyboardEvent } from "react";
import type { EngineResult } from "../../core/engine";
import type { AmountStyle, Lang } from "../../core/settings";
import type { ClipContent } from "../clipboard";
import { useStrings } from "../strings";
import { CommentaryPreview } from "./CommentaryPreview";
import { FollowupLists } from "./Followup";
import {
  DeviationList,
  IndicatorFigure,
  IndicatorList,
  Notes,
  Summary,
  VarianceFigure,
} from "./Results";

export type TabId = "overview" | "deviations" | "goals" | "text";

const useStyles = makeStyles({
  // A plain ARIA tablist: Fluent's TabList alone would add ~20 KB to a bundle issue 14 caps at +40 KB.
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

export function ResultTabs(props: {
  result: EngineResult;
  style: AmountStyle;
  lang: Lang;
  copied: string | null;
  onSelect(sheet: string, address: string): void;
  onCopy(key: string, content: ClipContent): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const [tab, setTab] = useState<TabId>("overview");
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const { analysis, commentary } = props.result;
  const tabs: [TabId, string][] = [
    ["overview", t.tabs.overview],
    ["deviations", t.tabs.deviations],
    ["goals", t.tabs.goals],
    ["text", t.tabs.text],
  ];
  return (
    <div data-results="">
      <div
        role="tablist"
        aria-label={t.tabs.label}
        className={s.tabs}
        onKeyDown={(e: KeyboardEvent) => {
          // Arrow keys move between tabs (the ARIA tabs pattern); Tab leaves the list.
          const i = tabs.findIndex(([id]) => id === tab);
          const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
          const to =
            e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : step ? i + step : -1;
          if (to < 0 && !step) return;
          e.preventDefault();
          const next = (to + tabs.length) % tabs.length;
          setTab(tabs[next][0]);
          refs.current[next]?.focus();
        }}
      >
        {tabs.map(([id, label], i) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={tab === id ? `panel-${id}` : undefined}
            tabIndex={tab === id ? 0 : -1}
            className={mergeClasses(s.tab, tab === id && s.selected)}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className={s.panel}
        data-panel={tab}
      >
        {tab === "overview" ? (
          <>
            <Summary analysis={analysis} style={props.style} lang={props.lang} />
            {analysis.statement ? (
              <VarianceFigure
                statement={analysis.statement}
                summary={analysis.summary}
                style={props.style}
                lang={props.lang}
              />
            ) : null}
            <Notes analysis={analysis} lang={props.lang} />
          </>
        ) : null}
        {tab === "deviations" ? (
          <DeviationList
            analysis={analysis}
            style={props.style}
            lang={props.lang}
            onSelect={props.onSelect}
          />
        ) : null}
        {tab === "goals" ? (
          analysis.indicators || analysis.goals || analysis.actions || analysis.controls ? (
            <>
              <Text size={200} className={s.hint} id="select-row-hint-goals">
                {t.followup.selectHint}
              </Text>
              <IndicatorFigure analysis={analysis} lang={props.lang} />
              <IndicatorList
                analysis={analysis}
                lang={props.lang}
                hint="select-row-hint-goals"
                onSelect={props.onSelect}
              />
              <FollowupLists
                analysis={analysis}
                lang={props.lang}
                hint="select-row-hint-goals"
                onSelect={props.onSelect}
              />
            </>
          ) : (
            <Text>{t.followup.none}</Text>
          )
        ) : null}
        {tab === "text" ? (
          <CommentaryPreview
            analysis={analysis}
            commentary={commentary}
            copied={props.copied}
            onCopy={props.onCopy}
          />
        ) : null}
      </div>
    </div>
  );
}
