/**
 * The deviations as pictures, in plain SVG: a variance chart (bars from a zero line, favourable to
 * the right, unfavourable to the left) and indicators as bars against their target line. Every bar
 * carries its row name and figure as text, so neither colour nor length is the only carrier; the
 * whole picture has a text alternative listing the figures. Colours are Fluent tokens, so the light
 * and dark themes both hold. Drawn in a 300-unit wide box that scales down to any pane width.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const W = 300;
const CHAR = 6.2; // average width of a 12-unit glyph in the pane's font, to fit labels

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", maxWidth: "360px", height: "auto", overflow: "visible" },
  text: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "12px",
  },
  meta: {
    fill: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "11px",
  },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  track: { fill: tokens.colorNeutralBackground3 },
  good: { fill: tokens.colorPaletteGreenForeground1 },
  watch: { fill: tokens.colorPaletteMarigoldForeground1 },
  bad: { fill: tokens.colorPaletteRedForeground1 },
  neutral: { fill: tokens.colorNeutralForeground3 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
});

/** Cuts a label to the room it has; the full name is in the text alternative and the list. */
function fit(label: string, room: number): string {
  const max = Math.max(4, Math.floor(room / CHAR));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** The picture's frame: scales to the pane, one text alternative for the whole chart. */
function ChartFrame(props: {
  kind: string;
  height: number;
  title: string;
  alt: string;
  children: ReactNode;
}): JSX.Element {
  const s = useStyles();
  return (
    <svg
      className={s.svg}
      viewBox={`0 0 ${W} ${props.height}`}
      role="img"
      aria-label={props.alt}
      data-chart={props.kind}
    >
      <title>{props.title}</title>
      {props.children}
    </svg>
  );
}

/** A bar's first line: its name at the left, cut to the room its figure (right-aligned) leaves. */
function BarCaption(props: { y: number; label: string; figure: string }): JSX.Element {
  const s = useStyles();
  const room = W - (props.figure.length * CHAR + 8);
  return (
    <>
      <text className={s.text} x={0} y={props.y + 11}>
        {fit(props.label, room)}
      </text>
      <text className={s.text} x={W} y={props.y + 11} textAnchor="end" fontWeight={600}>
        {props.figure}
      </text>
    </>
  );
}

export interface VarianceBar {
  label: string;
  /** Favourable-positive deviation, in any unit (only its size relative to the others matters). */
  value: number;
  /** The figure as shown: "+488 tkr". */
  amount: string;
  /** neutral: a revenue line that follows the costs (the summary explains it; no red). */
  tone: "good" | "watch" | "bad" | "neutral";
}

export function VarianceChart(props: {
  bars: VarianceBar[];
  title: string;
  alt: string;
  favourable: string;
  unfavourable: string;
}): JSX.Element {
  const s = useStyles();
  const row = 34;
  const top = 20;
  const h = top + props.bars.length * row + 4;
  const mid = W / 2;
  const max = Math.max(...props.bars.map((b) => Math.abs(b.value)), 1);
  return (
    <ChartFrame kind="variance" height={h} title={props.title} alt={props.alt}>
      <text className={s.meta} x={mid - 6} y={11} textAnchor="end">
        {props.unfavourable}
      </text>
      <text className={s.meta} x={mid + 6} y={11}>
        {props.favourable}
      </text>
      {props.bars.map((b, i) => {
        const y = top + i * row;
        const len = Math.max(2, (Math.abs(b.value) / max) * (mid - 4));
        const x = b.value >= 0 ? mid : mid - len;
        return (
          <g key={i} data-bar={b.label} data-value={b.value}>
            <BarCaption y={y} label={b.label} figure={b.amount} />
            <rect className={s[b.tone]} x={x} y={y + 16} width={len} height={12} rx={2} />
          </g>
        );
      })}
      <line className={s.axis} x1={mid} x2={mid} y1={top + 14} y2={h} />
    </ChartFrame>
  );
}

export interface TargetBar {
  label: string;
  actual: number;
  target: number;
  /** "1,7 %" and "högst 6 %" as shown in the list. */
  actualText: string;
  targetText: string;
  tone: "good" | "watch" | "bad" | "neutral";
}

export function IndicatorChart(props: {
  bars: TargetBar[];
  title: string;
  alt: string;
}): JSX.Element {
  const s = useStyles();
  const row = 46;
  const h = props.bars.length * row;
  return (
    <ChartFrame kind="indicators" height={h} title={props.title} alt={props.alt}>
      {props.bars.map((b, i) => {
        const y = i * row;
        // Each indicator on its own scale (units differ): the larger of outcome and target at 80 %.
        const scale = (W * 0.8) / Math.max(Math.abs(b.actual), Math.abs(b.target), 1e-9);
        const len = Math.max(2, Math.max(0, b.actual) * scale);
        const tx = Math.max(0, b.target) * scale;
        const targetAnchor = tx > W * 0.6 ? "end" : "start";
        return (
          <g key={i} data-bar={b.label} data-value={b.actual} data-target={b.target}>
            <BarCaption y={y} label={b.label} figure={b.actualText} />
            <rect className={s.track} x={0} y={y + 16} width={W} height={12} rx={2} />
            <rect className={s[b.tone]} x={0} y={y + 16} width={len} height={12} rx={2} />
            <line className={s.target} x1={tx} x2={tx} y1={y + 13} y2={y + 31} />
            <text
              className={s.meta}
              x={targetAnchor === "end" ? tx - 3 : tx + 3}
              y={y + 41}
              textAnchor={targetAnchor}
            >
              {b.targetText}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
