/**
 * Copy inside Office webviews: text and HTML through the Clipboard API, started synchronously; a
 * selected textarea + execCommand, with the HTML set in the copy event, when that is refused.
 */
import { copyToClipboard, type ClipContent } from "../../src/taskpane/clipboard";
import { sectionContent } from "../../src/taskpane/copyContent";

type ExecCommand = (command: string) => boolean;

const CONTENT: ClipContent = {
  text: "Personalkostnader\n\n+488 tkr\n",
  html: "<h2>Personalkostnader</h2>\n<p>+488 tkr</p>",
};

function stubExecCommand(impl: ExecCommand): jest.Mock {
  const fn = jest.fn(impl);
  Object.defineProperty(document, "execCommand", { configurable: true, writable: true, value: fn });
  return fn;
}

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function stubClipboard(write: ((items: FakeItem[]) => Promise<void>) | undefined): void {
  Object.defineProperty(window.navigator, "clipboard", {
    configurable: true,
    value: write ? { write } : undefined,
  });
  Object.defineProperty(window, "ClipboardItem", {
    configurable: true,
    writable: true,
    value: write ? FakeItem : undefined,
  });
}

const blobText = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(b);
  });

afterEach(() => stubClipboard(undefined));

it("puts text and HTML on the clipboard, the call started before anything is awaited", async () => {
  const written: FakeItem[][] = [];
  const write = jest.fn(async (items: FakeItem[]) => {
    written.push(items);
  });
  stubClipboard(write);
  const exec = stubExecCommand(() => true);
  const done = copyToClipboard(CONTENT);
  // Synchronously inside the click: the web's iframe and Mac's web view need the gesture.
  expect(write).toHaveBeenCalledTimes(1);
  await done;
  const item = written[0][0].items;
  expect(Object.keys(item).sort()).toEqual(["text/html", "text/plain"]);
  await expect(blobText(item["text/plain"])).resolves.toBe(CONTENT.text);
  await expect(blobText(item["text/html"])).resolves.toBe(CONTENT.html);
  expect(exec).not.toHaveBeenCalled();
});

it("falls back to a selected textarea and execCommand('copy'), setting both formats in the copy event", async () => {
  stubClipboard(async () => {
    throw new DOMException("Write permission denied.", "NotAllowedError");
  });
  let selected = "";
  const data: Record<string, string> = {};
  const exec = stubExecCommand((cmd) => {
    const area = document.activeElement as HTMLTextAreaElement;
    selected = area.value.slice(area.selectionStart, area.selectionEnd);
    // What the browser does on execCommand('copy'): a copy event with clipboardData.
    const e = new Event("copy", { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(e, "clipboardData", {
      value: { setData: (type: string, v: string) => (data[type] = v) },
    });
    area.dispatchEvent(e);
    return cmd === "copy" && e.defaultPrevented;
  });
  const button = document.createElement("button");
  document.body.appendChild(button);
  button.focus();
  await copyToClipboard(CONTENT);
  expect(exec).toHaveBeenCalledWith("copy");
  expect(selected).toBe(CONTENT.text);
  expect(data).toEqual({ "text/plain": CONTENT.text, "text/html": CONTENT.html });
  // The helper textarea is gone and focus is back on the button the user pressed.
  expect(document.querySelector("textarea")).toBeNull();
  expect(document.activeElement).toBe(button);
});

it("uses the fallback synchronously where there is no Clipboard API at all", async () => {
  stubClipboard(undefined);
  const exec = stubExecCommand(() => true);
  const done = copyToClipboard(CONTENT);
  expect(exec).toHaveBeenCalledTimes(1);
  await done;
});

it("rejects when every method was refused, so the pane can say so", async () => {
  stubClipboard(undefined);
  stubExecCommand(() => false);
  await expect(copyToClipboard(CONTENT)).rejects.toThrow("copy refused");
});

it("escapes the workbook's text in the HTML and keeps headings and paragraphs", () => {
  const c = sectionContent(
    { id: "budget", title: "Avvikelser <budget>", paragraphs: ["A & B", '"=1+1"'] },
    "sv",
  );
  expect(c.html).toBe(
    "<h2>Avvikelser &lt;budget&gt;</h2>\n<p>A &amp; B</p>\n<p>&quot;=1+1&quot;</p>",
  );
  expect(c.text).toBe('Avvikelser <budget>\n\nA & B\n\n"=1+1"\n');
});
