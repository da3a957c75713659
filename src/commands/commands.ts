/**
 * The function file behind the ribbon. "Analysera nu" runs the analysis with the workbook's saved
 * settings. How the outcome is shown, without the pane:
 *  - success: the Analys sheet is activated (in the same write batch) — the result itself is the feedback;
 *  - refusal or error: a small dialog with the Swedish message (this page in dialog mode), because a
 *    function command has no other surface in Excel without a shared runtime, and a refusal that says
 *    nothing would look like a broken button.
 */
import { documentSettingsStore } from "../workbook/office/settingsStore";
import { analyzeNow } from "./analyzeNow";

const DIALOG_PARAM = "meddelande";

function showMessage(message: string, done: () => void): void {
  const url = `${location.origin}${location.pathname}?${DIALOG_PARAM}=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(
    url,
    { height: 30, width: 30, displayInIframe: true },
    (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return done();
      const dialog = result.value;
      const close = (): void => {
        dialog.close();
        done();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    },
  );
}

async function onAnalyzeNow(event: Office.AddinCommands.Event): Promise<void> {
  const store = documentSettingsStore();
  const outcome = await analyzeNow({
    run: (batch) => Excel.run(batch),
    loadSettings: () => store.load(),
    context: Office.context,
  });
  if (outcome.kind === "written") event.completed();
  else showMessage(outcome.message, () => event.completed());
}

/** Dialog mode: show the message passed in the URL, with a close button. */
function renderDialog(message: string): void {
  const main = document.getElementById("message");
  if (main) main.textContent = message;
  const button = document.getElementById("close");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", () => Office.context.ui.messageParent("close"));
  }
}

Office.onReady(() => {
  const message = new URLSearchParams(location.search).get(DIALOG_PARAM);
  if (message !== null) renderDialog(message);
  else Office.actions.associate("analyzeNow", onAnalyzeNow);
});
