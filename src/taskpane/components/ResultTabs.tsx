/**
 * The result in tabs that each fit a screen: Översikt (summary, variance chart, notes), Avvikelser
 * (every row, material first), Mål och indikatorer (bars against target, the list), Text (the
 * commentary to copy). Which tab is open is view state only.
 */
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { EngineResult } from "../../core/engine";
import type { AmountStyle, Lang } from "../../core/settings";
import type { ClipContent } from "../clipboard";
import { useStrings } from "../strings";
import { CommentaryPreview } from "./CommentaryPreview";
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
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
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
  const { analysis, commentary } = props.result;
  const tabs: [TabId, string][] = [
    ["overview", t.tabs.overview],
    ["deviations", t.tabs.deviations],
    ["goals", t.tabs.goals],
    ["text", t.tabs.text],
  ];
  return (
    <div data-results="">
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as TabId)}
        aria-label={t.tabs.label}
      >
        {tabs.map(([id, label]) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
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
          <>
            <IndicatorFigure analysis={analysis} lang={props.lang} />
            <IndicatorList analysis={analysis} lang={props.lang} onSelect={props.onSelect} />
          </>
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
