/**
 * The function file behind the ribbon. "Analysera nu" runs the analysis with the workbook's saved
 * settings. How the outcome is shown, without the pane:
 *  - success: the Analys sheet is activated (in the same write batch) — the result itself is the feedback;
 *  - refusal or error: a small dialog with the Swedish message (this page in dialog mode), because a
 *    function command has no other surface in Excel without a shared runtime, and a refusal that says
 *    nothing would look like a broken button.
 * Excel closes a function command after 5 minutes: each Excel.run has a 60 s watchdog (read and
 * write: at most 2 minutes) and the dialog closes itself after 90 s, so the command always ends
 * well inside the limit.
 */
import { documentSettingsStore } from "../workbook/office/settingsStore";
import { withWatchdog } from "../workbook/office/watchdog";
import { analyzeNow } from "./analyzeNow";

const DIALOG_PARAM = "meddelande";
const DIALOG_SECONDS = 90;

function showMessage(message: string, done: () => void): void {
  const url = `${location.origin}${location.pathname}?${DIALOG_PARAM}=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(
    url,
    { height: 30, width: 30, displayInIframe: true },
    (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return done();
      const dialog = result.value;
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        done();
      };
      const close = (): void => {
        dialog.close();
        finish();
      };
      const timer = setTimeout(close, DIALOG_SECONDS * 1000);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    },
  );
}

async function onAnalyzeNow(event: Office.AddinCommands.Event): Promise<void> {
  const store = documentSettingsStore();
  const outcome = await analyzeNow({
    run: withWatchdog((batch) => Excel.run(batch)),
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

const dialogMessage = new URLSearchParams(location.search).get(DIALOG_PARAM);

// At the top level, not inside Office.onReady: registered there, the first click on the button can
// do nothing (office-js #2744, #3378). The dialog (this page with ?meddelande=…) registers nothing.
if (dialogMessage === null) Office.actions.associate("analyzeNow", onAnalyzeNow);

Office.onReady(() => {
  if (dialogMessage !== null) renderDialog(dialogMessage);
});
