/**
 * Copying text inside Office's webviews: the async Clipboard API is often refused there
 * (no permission, no focus, or not exposed at all), so fall back to the old way of selecting
 * a hidden textarea and running execCommand('copy'), which still works in a user gesture.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<void> {
  const nav = doc.defaultView?.navigator;
  if (nav?.clipboard && typeof nav.clipboard.writeText === "function") {
    try {
      await nav.clipboard.writeText(text);
      return;
    } catch {
      // Refused: try the fallback below.
    }
  }
  if (!copyWithTextarea(text, doc)) throw new Error("copy refused");
}

/** Copies through a selected, off-screen textarea. Returns whether the browser said it copied. */
export function copyWithTextarea(text: string, doc: Document = document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.dataset.clipboardFallback = "true";
  // Off-screen but selectable: display:none elements cannot be selected.
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  area.style.opacity = "0";
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  doc.body.appendChild(area);
  area.focus();
  area.select();
  let ok = false;
  try {
    ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    ok = false;
  } finally {
    area.remove();
    // Keyboard users stay where they were (the Kopiera button).
    previous?.focus();
  }
  return ok;
}
