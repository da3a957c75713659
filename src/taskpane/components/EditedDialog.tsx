/**
 * Asked before Skriv when the user changed cells we wrote: replace their edits, write beside them
 * (a new sheet), or cancel. A native modal <dialog> styled as Fluent's DialogSurface: the browser
 * keeps focus inside, makes the page behind inert and answers Escape. Fluent's Dialog did the same
 * through tabster's modalizer, a portal and motion, ~34 KB of the pane's bundle (issue 14's cap).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useLayoutEffect, useRef } from "react";
import { useStrings } from "../strings";

export type EditedAnswer = "replace" | "beside" | "cancel";

/** Fluent's dialog breakpoint: narrower than this the actions stack, full width. */
const NARROW = "@media screen and (max-width: 480px)";

const useStyles = makeStyles({
  surface: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "600px",
    maxHeight: "100vh",
    margin: "auto",
    padding: "24px",
    border: `1px solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    overflowY: "auto",
    // colorBackgroundOverlay in both themes; a literal because ::backdrop may not see the theme's variables.
    "::backdrop": { backgroundColor: "rgba(0, 0, 0, 0.4)" },
    [NARROW]: { maxWidth: "100vw" },
  },
  body: { display: "flex", flexDirection: "column", gap: "8px" },
  title: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  content: {
    minHeight: "32px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: "8px",
    [NARROW]: { flexDirection: "column", alignItems: "stretch" },
  },
});

export function EditedDialog(props: {
  /** The changed cells, already listed for reading ("'Analys'!A25, …"). */
  cells: string;
  onAnswer(answer: EditedAnswer): void;
}): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Without showModal (an old webview, jsdom) it still shows, as a plain open dialog.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    // Closed before it leaves the page, so the browser returns focus to where it was.
    return () => {
      if (dialog.open && typeof dialog.close === "function") dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={s.surface}
      onCancel={(e) => {
        // Escape: the answer is Avbryt; the pane then unmounts the dialog.
        e.preventDefault();
        props.onAnswer("cancel");
      }}
    >
      <div className={s.body}>
        <h2 id={titleId} className={s.title}>
          {t.edited.title}
        </h2>
        <div id={bodyId} className={s.content}>
          {t.edited.body(props.cells)}
        </div>
        <div className={s.actions}>
          <Button appearance="primary" onClick={() => props.onAnswer("beside")}>
            {t.edited.beside}
          </Button>
          <Button onClick={() => props.onAnswer("replace")}>{t.edited.replace}</Button>
          <Button appearance="subtle" onClick={() => props.onAnswer("cancel")}>
            {t.edited.cancel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
