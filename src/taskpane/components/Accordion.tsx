/**
 * A one-level disclosure with the props of Fluent's Accordion that the pane uses (collapsible,
 * openItems, onToggle, value, as). Why not Fluent's: its Accordion brings tabster's arrow-key
 * navigation and the motion library, ~38 KB of the pane's production bundle for a single heading
 * that opens a panel (issue 14 caps the bundle). Same semantics as Fluent's: a heading holding a
 * button with aria-expanded; the panel is rendered only while open.
 */
import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { createContext, useContext, useId, type ReactNode, type SyntheticEvent } from "react";

export interface AccordionToggleData {
  value: string;
  openItems: string[];
}

interface AccordionState {
  openItems: string[];
  collapsible: boolean;
  onToggle?(event: SyntheticEvent, data: AccordionToggleData): void;
}

const AccordionContext = createContext<AccordionState>({ openItems: [], collapsible: false });
const ItemContext = createContext<{ value: string; panelId: string }>({ value: "", panelId: "" });

const useStyles = makeStyles({
  heading: { margin: 0, color: tokens.colorNeutralForeground1 },
  // Fluent's AccordionHeader at size medium: body1 text, 44 px tall, chevron at the start.
  button: {
    position: "relative",
    width: "100%",
    minHeight: "44px",
    display: "flex",
    alignItems: "center",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalMNudge}`,
    border: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: "inherit",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
  },
  focus: createFocusOutlineStyle(),
  icon: {
    display: "flex",
    alignItems: "center",
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  // Fluent's panel margin: the content lines up with the header text.
  panel: { margin: `0 ${tokens.spacingHorizontalM}` },
});

export function Accordion(props: {
  collapsible?: boolean;
  openItems: string[];
  onToggle?(event: SyntheticEvent, data: AccordionToggleData): void;
  children: ReactNode;
}): JSX.Element {
  const state = {
    openItems: props.openItems,
    collapsible: props.collapsible ?? false,
    onToggle: props.onToggle,
  };
  return (
    <AccordionContext.Provider value={state}>
      <div>{props.children}</div>
    </AccordionContext.Provider>
  );
}

export function AccordionItem(props: { value: string; children: ReactNode }): JSX.Element {
  const panelId = useId();
  return (
    <ItemContext.Provider value={{ value: props.value, panelId }}>
      <div>{props.children}</div>
    </ItemContext.Provider>
  );
}

export function AccordionHeader(props: {
  as?: "h2" | "h3" | "h4" | "div";
  children: ReactNode;
}): JSX.Element {
  const { openItems, collapsible, onToggle } = useContext(AccordionContext);
  const { value, panelId } = useContext(ItemContext);
  const s = useStyles();
  const open = openItems.includes(value);
  const Heading = props.as ?? "div";
  return (
    <Heading className={s.heading}>
      <button
        type="button"
        className={mergeClasses(s.button, s.focus)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={(e) => {
          if (open && !collapsible) return;
          const openItems = open ? [] : [value];
          onToggle?.(e, { value, openItems });
        }}
      >
        <span className={s.icon} aria-hidden="true">
          {/* Fluent's ChevronRight (20 px, regular), turned down while open as in its Accordion. */}
          <svg
            width="1em"
            height="1em"
            viewBox="0 0 20 20"
            fill="currentColor"
            style={{ transform: `rotate(${open ? 90 : 0}deg)` }}
          >
            <path d="M7.65 4.15c.2-.2.5-.2.7 0l5.49 5.46c.21.22.21.57 0 .78l-5.49 5.47a.5.5 0 0 1-.7-.71L12.8 10 7.65 4.85a.5.5 0 0 1 0-.7" />
          </svg>
        </span>
        {props.children}
      </button>
    </Heading>
  );
}

export function AccordionPanel(props: { children: ReactNode }): JSX.Element | null {
  const { openItems } = useContext(AccordionContext);
  const { value, panelId } = useContext(ItemContext);
  const s = useStyles();
  if (!openItems.includes(value)) return null;
  return (
    <div id={panelId} className={s.panel}>
      {props.children}
    </div>
  );
}
