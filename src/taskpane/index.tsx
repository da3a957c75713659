/**
 * Entry of the task pane bundle. Waits for Office (with a timeout), then renders the pane with the
 * Office host; outside Excel it renders the "open from Excel" message instead of hanging.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { waitForOffice, type OfficeLike } from "./bootstrap";
import { App } from "./App";
import { OutsideOffice } from "./components/OutsideOffice";
import { createOfficeHost } from "./officeHost";

function officeGlobal(): OfficeLike | undefined {
  // office.js may have failed to load: then there is no Office global at all.
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const state = await waitForOffice(officeGlobal());
  if (state === "excel") {
    root.render(<App host={createOfficeHost()} />);
  } else {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice reason={state} />
      </FluentProvider>,
    );
  }
}

void main();
