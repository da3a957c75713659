/**
 * Asked before a write would overwrite what the user changed in our output: replace the changes,
 * write beside them (a new sheet such as "Analys 2"), or cancel. Names the changed cells.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../strings";

export type EditedAnswer = "replace" | "beside" | "cancel";

export function EditedDialog(props: {
  /** The changed cells, already listed for reading ("'Analys'!A25, …"). */
  cells: string;
  onAnswer(answer: EditedAnswer): void;
}): JSX.Element {
  const t = useStrings();
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onAnswer("cancel");
      }}
    >
      <DialogSurface aria-describedby="edited-body">
        <DialogBody>
          <DialogTitle>{t.edited.title}</DialogTitle>
          <DialogContent id="edited-body">{t.edited.body(props.cells)}</DialogContent>
          <DialogActions fluid position="start">
            <Button appearance="primary" onClick={() => props.onAnswer("beside")}>
              {t.edited.beside}
            </Button>
            <Button onClick={() => props.onAnswer("replace")}>{t.edited.replace}</Button>
            <Button appearance="subtle" onClick={() => props.onAnswer("cancel")}>
              {t.edited.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
