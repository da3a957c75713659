/**
 * Copying inside Office's webviews. The copy must start synchronously inside the click: Excel on
 * the web's iframe refuses the async Clipboard API once the gesture has passed, and Mac's web view
 * can lose it after any await. So nothing is awaited before the first clipboard call. Both
 * text/plain and text/html go on the clipboard (a paste into Word keeps headings and the table);
 * the fallback, a selected textarea and execCommand('copy'), sets both through the copy event.
 */
export interface ClipContent {
  text: string;
  html: string;
}

export function copyToClipboard(content: ClipContent, doc: Document = document): Promise<void> {
  const win = doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null;
  const clipboard = win?.navigator?.clipboard;
  const Item = win?.ClipboardItem;
  const fallback = () => {
    if (!copyWithCommand(content, doc)) throw new Error("copy refused");
  };
  if (clipboard && typeof clipboard.write === "function" && Item) {
    let started: Promise<void>;
    try {
      started = clipboard.write([
        new Item({
          "text/plain": new Blob([content.text], { type: "text/plain" }),
          "text/html": new Blob([content.html], { type: "text/html" }),
        }),
      ]);
    } catch (e) {
      started = Promise.reject(e);
    }
    // Refused (no permission, no focus): the fallback still runs within the gesture's activation.
    return started.catch(fallback);
  }
  try {
    fallback();
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Copies through a selected, off-screen textarea; the copy event puts the HTML beside the text
 * where the browser hands us clipboardData. Returns whether the browser said it copied.
 */
export function copyWithCommand(content: ClipContent, doc: Document = document): boolean {
  const area = doc.createElement("textarea");
  area.value = content.text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.dataset.clipboardFallback = "true";
  // Off-screen but selectable: display:none elements cannot be selected.
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  area.style.opacity = "0";
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return; // the selected text is copied as plain text
    e.clipboardData.setData("text/plain", content.text);
    e.clipboardData.setData("text/html", content.html);
    e.preventDefault();
  };
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  doc.body.appendChild(area);
  area.focus();
  area.select();
  doc.addEventListener("copy", onCopy, true);
  let ok = false;
  try {
    ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    ok = false;
  } finally {
    doc.removeEventListener("copy", onCopy, true);
    area.remove();
    // Keyboard users stay where they were (the Kopiera button).
    previous?.focus();
  }
  return ok;
}
