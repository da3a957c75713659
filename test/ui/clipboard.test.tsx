/** Copy inside Office webviews: Clipboard API first, a selected textarea + execCommand when refused. */
import { copyToClipboard } from "../../src/taskpane/clipboard";

type ExecCommand = (command: string) => boolean;

function stubExecCommand(impl: ExecCommand): jest.Mock {
  const fn = jest.fn(impl);
  Object.defineProperty(document, "execCommand", { configurable: true, writable: true, value: fn });
  return fn;
}

function stubClipboard(writeText: ((t: string) => Promise<void>) | undefined): void {
  Object.defineProperty(window.navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

afterEach(() => {
  stubClipboard(undefined);
});

it("uses the async Clipboard API when it is allowed", async () => {
  const written: string[] = [];
  stubClipboard(async (t) => {
    written.push(t);
  });
  const exec = stubExecCommand(() => true);
  await copyToClipboard("Personalkostnader +488 tkr");
  expect(written).toEqual(["Personalkostnader +488 tkr"]);
  expect(exec).not.toHaveBeenCalled();
});

it("falls back to a selected textarea and execCommand('copy') when the API is refused", async () => {
  stubClipboard(async () => {
    throw new DOMException("Write permission denied.", "NotAllowedError");
  });
  let selected = "";
  const exec = stubExecCommand((cmd) => {
    const area = document.activeElement as HTMLTextAreaElement;
    selected = area.value.slice(area.selectionStart, area.selectionEnd);
    return cmd === "copy";
  });
  const button = document.createElement("button");
  document.body.appendChild(button);
  button.focus();
  await copyToClipboard("Rad 1\n\nRad 2");
  expect(exec).toHaveBeenCalledWith("copy");
  expect(selected).toBe("Rad 1\n\nRad 2");
  // The helper textarea is gone and focus is back on the button the user pressed.
  expect(document.querySelector("textarea")).toBeNull();
  expect(document.activeElement).toBe(button);
});

it("uses the fallback where there is no Clipboard API at all", async () => {
  stubClipboard(undefined);
  const exec = stubExecCommand(() => true);
  await copyToClipboard("x");
  expect(exec).toHaveBeenCalledTimes(1);
});

it("rejects when every method was refused, so the pane can say so", async () => {
  stubClipboard(undefined);
  stubExecCommand(() => false);
  await expect(copyToClipboard("x")).rejects.toThrow("copy refused");
});
