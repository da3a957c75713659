/** The analysis as read-only lists: summary, deviations (material first), indicators, notes. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis, IndicatorItem, StatementRow } from "../../core/analysis";
import { formatPercent } from "../../core/format";
import { renderDiagnostic, terms } from "../../core/locale";
import type { AmountStyle, Lang } from "../../core/settings";
import { useStrings } from "../strings";
import { rowAddress, signedAmount, signedPercent, sortDeviations, summarise } from "../view";
import { StatusBadge } from "./StatusBadge";

export const useListStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
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
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  label: { overflowWrap: "anywhere" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  // Amount, percent and "väsentlig" in fixed columns so rows line up whether or not a row is material.
  figures3: { display: "grid", gridTemplateColumns: "6em 5em 1fr", alignItems: "baseline" },
  right: { textAlign: "right" },
  meta: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  dt: { color: tokens.colorNeutralForeground2 },
});

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
  return (
    <section className={s.section} aria-labelledby="summary-heading">
      <Text as="h2" id="summary-heading" weight="semibold" size={400} className={s.heading}>
        {t.summary.title}
      </Text>
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
  const words = terms(props.lang).status;
  return (
    <section className={s.section} aria-labelledby="deviations-heading">
      <Text as="h2" id="deviations-heading" weight="semibold" size={400} className={s.heading}>
        {t.deviations.title}
      </Text>
      {st && rows.length > 0 ? (
        <>
          <Text size={200} className={s.meta}>
            {t.deviations.hint}
          </Text>
          <ul className={s.list} aria-labelledby="deviations-heading">
            {rows.map((r) => {
              const amount = signedAmount(r.budgetDeviation ?? 0, st.unit, props.style, props.lang);
              const pct = signedPercent(r.budgetDeviationPct, props.lang, t.deviations.noPct);
              const word = r.status === "none" ? t.deviations.noPct : words[r.status];
              return (
                <li key={r.cell}>
                  <button
                    type="button"
                    className={s.item}
                    data-row={r.label}
                    aria-label={t.deviations.itemLabel(r.label, amount, pct, word)}
                    onClick={() => props.onSelect(st.sheet, rowAddress(r.row, st))}
                  >
                    <span className={s.line}>
                      <span
                        className={mergeClasses(s.label, (r.material || r.subtotal) && s.strong)}
                      >
                        {r.label}
                      </span>
                      {r.status === "none" ? null : <StatusBadge status={r.status} word={word} />}
                    </span>
                    <span className={mergeClasses(s.figures3, s.meta)}>
                      <span>{amount}</span>
                      <span>{pct}</span>
                      <span className={s.right}>{r.material ? t.deviations.material : ""}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <Text>{t.deviations.empty}</Text>
      )}
    </section>
  );
}

export function IndicatorList(props: {
  analysis: Analysis;
  lang: Lang;
  onSelect(sheet: string, address: string): void;
}): JSX.Element | null {
  const t = useStrings();
  const s = useListStyles();
  const ind = props.analysis.indicators;
  if (!ind) return null;
  const words = terms(props.lang).indicatorStatus;
  return (
    <section className={s.section} aria-labelledby="indicators-heading">
      <Text as="h2" id="indicators-heading" weight="semibold" size={400} className={s.heading}>
        {t.indicators.title}
      </Text>
      {ind.items.length === 0 ? (
        <Text>{t.indicators.empty}</Text>
      ) : (
        <ul className={s.list} aria-labelledby="indicators-heading">
          {ind.items.map((i: IndicatorItem) => (
            <li key={i.cell}>
              <button
                type="button"
                className={s.item}
                data-row={i.name}
                aria-label={t.indicators.itemLabel(i.name, words[i.status])}
                onClick={() => props.onSelect(ind.sheet, rowAddress(i.row, ind))}
              >
                <span className={s.line}>
                  <span className={mergeClasses(s.label, s.strong)}>{i.name}</span>
                  <StatusBadge status={i.status} word={words[i.status]} />
                </span>
                <span className={s.meta}>
                  {`${t.indicators.outcome}: ${i.actualText.trim() || t.indicators.none} · ${t.indicators.target}: ${
                    i.target?.text ?? t.indicators.none
                  }`}
                  {i.fulfilment !== null
                    ? ` · ${t.indicators.fulfilment}: ${formatPercent(i.fulfilment * 100, 0, props.lang)}`
                    : ""}
                </span>
                {i.reason ? <span className={s.meta}>{i.reason}</span> : null}
              </button>
            </li>
          ))}
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
      <Text as="h2" id="notes-heading" weight="semibold" size={400} className={s.heading}>
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
