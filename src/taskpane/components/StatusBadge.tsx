/**
 * A status shown as an icon, its word and a colour: colour is never the only carrier (WCAG 1.4.1),
 * the icon's shape tells ✓ / ⚠ / ✕ apart even in greyscale, and the words are the ones written in
 * the sheet. The badge never shrinks or wraps: the row name beside it wraps instead.
 */
import {
  Badge,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { IndicatorStatus, Status } from "../../core/analysis";

export type AnyStatus = Status | IndicatorStatus | "blue";

const COLOURS: Record<AnyStatus, BadgeProps["color"]> = {
  green: "success",
  yellow: "warning",
  red: "danger",
  grey: "subtle",
  none: "informative",
  blue: "informative",
};

const useStyles = makeStyles({
  badge: { flexShrink: 0, whiteSpace: "nowrap", gap: "4px", maxWidth: "none" },
  icon: { width: "12px", height: "12px", flexShrink: 0 },
});

/** Small inline shapes instead of an icon font: a few hundred bytes and no glyph the font may lack. */
export function StatusIcon(props: { status: AnyStatus; className: string }): JSX.Element {
  const common = {
    className: props.className,
    viewBox: "0 0 12 12",
    "aria-hidden": true,
    focusable: false,
  } as const;
  const stroke = {
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.8,
    strokeLinecap: "round",
  } as const;
  switch (props.status) {
    case "green":
      return (
        <svg {...common}>
          <path d="M2 6.5 5 9.2 10.2 3" {...stroke} />
        </svg>
      );
    case "yellow":
      return (
        <svg {...common}>
          <path d="M6 1.2 11.2 10.6H.8Z" fill="currentColor" />
          <path d="M6 4.6v2.8M6 9v.1" stroke="white" strokeWidth={1.4} strokeLinecap="round" />
        </svg>
      );
    case "red":
      return (
        <svg {...common}>
          <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" {...stroke} />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4" {...stroke} strokeWidth={1.4} />
        </svg>
      );
  }
}

export function StatusBadge(props: { status: AnyStatus; word: string }): JSX.Element {
  const s = useStyles();
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={COLOURS[props.status]}
      data-status={props.status}
      className={s.badge}
      icon={<StatusIcon status={props.status} className={s.icon} />}
    >
      {props.word}
    </Badge>
  );
}

const useMarkStyles = makeStyles({
  mark: { display: "inline-flex", alignItems: "center", flexShrink: 0 },
  green: { color: tokens.colorPaletteGreenForeground1 },
  grey: { color: tokens.colorNeutralForeground3 },
  icon: { width: "14px", height: "14px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** The icon alone, its word for screen readers only (where the line beside it already says it). */
export function StatusMark(props: { status: "green" | "grey"; word: string }): JSX.Element {
  const s = useMarkStyles();
  return (
    <span className={mergeClasses(s.mark, s[props.status])} data-status={props.status}>
      <StatusIcon status={props.status} className={s.icon} />
      <span className={s.hidden}>{props.word}</span>
    </span>
  );
}
