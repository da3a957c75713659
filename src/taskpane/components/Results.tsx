/** The analysis as read-only views: summary, deviations (material first), indicators, notes, charts. */
import { budgetVerdict } from "../../core/statement/summary";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Analysis, IndicatorItem, StatementAnalysis, StatementRow } from "../../core/analysis";
import { renderDiagnostic, texts } from "../../core/locale";
import type { AmountStyle, Lang } from "../../core/settings";
import { useStrings } from "../strings";
import {
  fulfilmentText,
  indicatorTarget,
  indicatorValue,
  isOnBudget,
  materialLines,
  rowAddress,
  rowDeviation,
  signedPercent,
  sortDeviations,
  summarise,
} from "../view";
import { IndicatorChart, VarianceChart, type TargetBar, type VarianceBar } from "./Charts";
import { StatusBadge, type AnyStatus } from "./StatusBadge";

export const useListStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0 0` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    // A native button: one tab stop per row, Enter/Space select the row in the sheet.
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  line: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  // The name takes what is left and wraps; the badge keeps its size.
  label: { overflowWrap: "anywhere", minWidth: 0, flexGrow: 1 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  // Tag, amount and percent: amounts right-aligned in tabular digits so they line up row to row.
  figures3: {
    display: "grid",
    gridTemplateColumns: "1fr auto 4.5em",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  meta: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  figures: {
    display: "grid",
    // The label keeps room to read ("Kontroller med stor avvikelse"); a long value wraps instead.
    gridTemplateColumns: "minmax(8em, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  dt: { color: tokens.colorNeutralForeground2 },
});

function SectionHeading(props: { id: string; children: string }): JSX.Element {
  const s = useListStyles();
  return (
    <Text as="h2" id={props.id} weight="semibold" size={400} className={s.heading}>
      {props.children}
    </Text>
  );
}

export function Summary(props: {
  analysis: Analysis;
  style: AmountStyle;
  lang: Lang;
}): JSX.Element {
  const t = useStrings();
  const s = useListStyles();
  const v = summarise(props.analysis, props.style, props.lang, t);
  const rows: [string, string][] = [[t.summary.period, v.period]];
  if (v.result !== null) rows.push([t.summary.result, v.result]);
  if (v.forecast !== null) rows.push([t.summary.forecast, v.forecast]);
  rows.push([t.summary.material, v.material]);
  if (v.indicatorsMet !== null) rows.push([t.summary.indicatorsMet, v.indicatorsMet]);
  if (v.goalsAttention !== null) rows.push([t.summary.goalsAttention, v.goalsAttention]);
  if (v.overdue !== null) rows.push([t.summary.overdue, v.overdue]);
  if (v.majorControls !== null) rows.push([t.summary.majorControls, v.majorControls]);
  return (
    <section className={s.section} aria-labelledby="summary-heading">
      <SectionHeading id="summary-heading">{t.summary.title}</SectionHeading>
      <dl className={s.figures}>
        {rows.map(([k, val]) => (
          <div key={k} style={{ display: "contents" }}>
            <dt className={s.dt}>{k}</dt>
            <dd className={s.dd}>{val}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function tone(status: AnyStatus): "good" | "watch" | "bad" | "neutral" {
  return status === "green"
    ? "good"
    : status === "yellow"
      ? "watch"
      : status === "red"
        ? "bad"
        : "neutral";
}

/** The material single-line deviations as bars: the same lines the summary counts. */
export function VarianceFigure(props: {
  statement: StatementAnalysis;
  summary: Analysis["summary"];
  style: AmountStyle;
  lang: Lang;
}): JSX.Element {
  const t = useStrings();
  const s = useListStyles();
  const st = props.statement;
  const lines = materialLines(st.rows);
  const bars: VarianceBar[] = lines.map((r) => {
    const amount = rowDeviation(r.budgetDeviation ?? 0, st.unit, props.style, props.lang);
    // The same verdict as the deviation list and the summary's count: a line that follows the costs
    // is grey and says so, never a red bar beside "varav 0 ogynnsamma".
    if (budgetVerdict(r, props.summary) === "followsCosts")
      return {
        label: `${r.label} (${texts(props.lang).terms.followsCosts.toLowerCase()})`,
        value: r.budgetDeviation ?? 0,
        amount,
        tone: "neutral",
      };
    const dev = r.budgetDeviation ?? 0;
    return {
      label: r.label,
      value: dev,
      amount,
      tone: dev >= 0 ? "good" : r.status === "red" ? "bad" : "watch",
    };
  });
  return (
    <section className={s.section} aria-labelledby="variance-heading">
      <Text as="h3" id="variance-heading" weight="semibold" className={s.subheading}>
        {t.chart.varianceTitle}
      </Text>
      {bars.length === 0 ? (
        <Text>{t.chart.varianceNone}</Text>
      ) : (
        <VarianceChart
          bars={bars}
          title={t.chart.varianceTitle}
          alt={t.chart.varianceAlt(bars.map((b) => `${b.label} ${b.amount}`))}
          favourable={t.chart.favourable}
          unfavourable={t.chart.unfavourable}
        />
      )}
    </section>
  );
}

/** A titled list of row buttons; its count is in the title, so it is what the list shows. */
export function RowGroup(props: { id: string; title: string; children: ReactNode }): JSX.Element {
  const s = useListStyles();
  return (
    <>
      <Text as="h3" id={props.id} weight="semibold" className={s.subheading}>
        {props.title}
      </Text>
      <ul className={s.list} aria-labelledby={props.id}>
        {props.children}
      </ul>
    </>
  );
}

/**
 * One row of a table as a button: its name (wraps) and badge on the first line, its figures below.
 * Choosing it selects the row in the workbook; its accessible name is its visible text.
 */
export function RowButton(props: {
  name: string;
  strong: boolean;
  badge: { status: AnyStatus; word: string } | null;
  hint: string;
  onClick(): void;
  children: ReactNode;
}): JSX.Element {
  const s = useListStyles();
  return (
    <li>
      <button
        type="button"
        className={s.item}
        data-row={props.name}
        onClick={props.onClick}
        aria-describedby={props.hint}
      >
        <span className={s.line}>
          <span className={mergeClasses(s.label, props.strong && s.strong)}>{props.name}</span>
          {props.badge ? <StatusBadge {...props.badge} /> : null}
        </span>
        {props.children}
      </button>
    </li>
  );
}

function DeviationItem(props: {
  r: StatementRow;
  st: StatementAnalysis;
  analysis: Analysis;
  style: AmountStyle;
  lang: Lang;
  onSelect(sheet: string, address: string): void;
}): JSX.Element {
  const t = useStrings();
  const s = useListStyles();
  const { r, st } = props;
  const words = texts(props.lang).terms.status;
  const dev = r.budgetDeviation ?? 0;
  const onBudget = isOnBudget(dev, st.unit, props.style);
  const amount = rowDeviation(dev, st.unit, props.style, props.lang);
  const pct = signedPercent(r.budgetDeviationPct, props.lang, t.deviations.noPct);
  // A revenue line that follows the costs is explained by the summary: a word, not red.
  const follows = budgetVerdict(r, props.analysis.summary) === "followsCosts";
  const word = onBudget
    ? t.summary.onBudget
    : follows
      ? texts(props.lang).terms.followsCosts
      : r.status === "none"
        ? null
        : words[r.status];
  const tags = [r.material ? t.deviations.material : null, r.subtotal ? t.deviations.total : null]
    .filter((x): x is string => x !== null)
    .join(", ");
  return (
    <RowButton
      name={r.label}
      strong={r.material || r.subtotal}
      badge={word ? { status: follows ? "none" : r.status, word } : null}
      hint="select-row-hint"
      onClick={() => props.onSelect(st.sheet, rowAddress(r.row, st))}
    >
      <span className={s.figures3}>
        <span className={s.meta}>{tags}</span>
        <span className={s.num}>{amount}</span>
        <span className={s.num}>{pct}</span>
      </span>
    </RowButton>
  );
}

export function DeviationList(props: {
  analysis: Analysis;
  style: AmountStyle;
  lang: Lang;
  onSelect(sheet: string, address: string): void;
}): JSX.Element {
  const t = useStrings();
  const s = useListStyles();
  const st = props.analysis.statement;
  const rows: StatementRow[] = st ? sortDeviations(st.rows) : [];
  const material = st ? materialLines(st.rows) : [];
  const rest = rows.filter((r) => !material.includes(r));
  return (
    <section className={s.section} aria-labelledby="deviations-heading">
      <SectionHeading id="deviations-heading">{t.deviations.title}</SectionHeading>
      {st && rows.length > 0 ? (
        <>
          <Text size={200} className={s.meta} id="select-row-hint">
            {t.deviations.hint}
          </Text>
          {(
            [
              ["dev-material", t.deviations.materialGroup(material.length), material],
              ["dev-other", t.deviations.otherGroup(rest.length), rest],
            ] as const
          ).map(([id, title, group]) => (
            <RowGroup key={id} id={id} title={title}>
              {group.map((r) => (
                <DeviationItem key={r.cell} r={r} st={st} {...props} />
              ))}
            </RowGroup>
          ))}
        </>
      ) : (
        <Text>{t.deviations.empty}</Text>
      )}
    </section>
  );
}

/** Indicators with a number and a comparable target, as bars against the target line. */
export function IndicatorFigure(props: { analysis: Analysis; lang: Lang }): JSX.Element | null {
  const t = useStrings();
  const s = useListStyles();
  const words = texts(props.lang).terms.indicatorStatus;
  const bars: TargetBar[] = [];
  for (const i of props.analysis.indicators?.items ?? []) {
    if (i.actual === null || !i.target || i.target.unit !== i.unit) continue;
    // Outcome and target both zero ("0 tkr" against budget): a bar would show nothing.
    if (i.actual === 0 && i.target.value === 0) continue;
    bars.push({
      label: i.name,
      actual: i.actual,
      target: i.target.value,
      actualText: indicatorValue(i.actual, i.unit, props.lang),
      targetText: indicatorTarget(i.target, props.lang),
      tone: tone(i.status),
    });
  }
  if (bars.length === 0) return null;
  const items = (props.analysis.indicators?.items ?? []).filter((i) =>
    bars.some((b) => b.label === i.name),
  );
  return (
    <section className={s.section} aria-labelledby="indicator-chart-heading">
      <Text as="h3" id="indicator-chart-heading" weight="semibold" className={s.subheading}>
        {t.chart.indicatorTitle}
      </Text>
      <IndicatorChart
        bars={bars}
        title={t.chart.indicatorTitle}
        alt={t.chart.indicatorAlt(
          bars.map((b, k) =>
            t.chart.indicatorItem(b.label, b.actualText, b.targetText, words[items[k].status]),
          ),
        )}
      />
    </section>
  );
}

export function IndicatorList(props: {
  analysis: Analysis;
  lang: Lang;
  /** Id of the "choose a row to select it" hint the tab shows once for its lists. */
  hint: string;
  onSelect(sheet: string, address: string): void;
}): JSX.Element | null {
  const t = useStrings();
  const s = useListStyles();
  const ind = props.analysis.indicators;
  if (!ind) return null;
  const words = texts(props.lang).terms.indicatorStatus;
  return (
    <section className={s.section} aria-labelledby="indicators-heading">
      <SectionHeading id="indicators-heading">{t.indicators.title}</SectionHeading>
      {ind.items.length === 0 ? (
        <Text>{t.indicators.empty}</Text>
      ) : (
        <ul className={s.list} aria-labelledby="indicators-heading">
          {ind.items.map((i: IndicatorItem) => {
            const outcome =
              i.actual !== null
                ? indicatorValue(i.actual, i.unit, props.lang)
                : i.actualText.trim() || t.indicators.none;
            const target = i.target ? indicatorTarget(i.target, props.lang) : t.indicators.none;
            const fulfilment = fulfilmentText(i, props.lang);
            return (
              <RowButton
                key={i.cell}
                name={i.name}
                strong
                badge={{ status: i.status, word: words[i.status] }}
                hint={props.hint}
                onClick={() => props.onSelect(ind.sheet, rowAddress(i.row, ind))}
              >
                <span className={s.meta}>
                  {`${t.indicators.outcome} ${outcome} · ${t.indicators.target} ${target}`}
                </span>
                {fulfilment ? <span className={s.meta}>{fulfilment}</span> : null}
                {i.reason ? <span className={s.meta}>{i.reason}</span> : null}
              </RowButton>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Diagnostics and reconciliation checks, in the analysis language. */
export function Notes(props: { analysis: Analysis; lang: Lang }): JSX.Element | null {
  const t = useStrings();
  const s = useListStyles();
  const diags = props.analysis.diagnostics.filter((d) => d.severity !== "info");
  const checks = props.analysis.statement?.checks ?? [];
  if (diags.length === 0 && checks.length === 0) return null;
  return (
    <section className={s.section} aria-labelledby="notes-heading">
      <Text as="h3" id="notes-heading" weight="semibold" className={s.subheading}>
        {t.notes.title}
      </Text>
      <ul>
        {diags.map((d, i) => (
          <li key={`d${i}`}>
            <Text size={200}>
              {d.cell
                ? `${d.cell}: ${renderDiagnostic(d, props.lang)}`
                : renderDiagnostic(d, props.lang)}
            </Text>
          </li>
        ))}
        {checks.map((c, i) => (
          <li key={`c${i}`}>
            <Text size={200}>{`${c.cell}: ${c.message}`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
