/** Shown instead of the pane when there is no Excel to talk to (plain browser, office.js not loaded, old Excel). */
import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export function OutsideOffice(props: { reason: "outside" | "unsupported" }): JSX.Element {
  const t = useStrings();
  const s = useStyles();
  const text = props.reason === "unsupported" ? t.unsupported : t.outsideOffice;
  return (
    <main className={s.root}>
      <Title3 as="h1">{text.title}</Title3>
      <Body1 as="p">{text.body}</Body1>
    </main>
  );
}
