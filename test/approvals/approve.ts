/**
 * Compares a text with its approved file, whole. UPDATE_APPROVALS=1 writes the file instead; without
 * it a missing file fails (never a silent pass), and a mismatch fails with a line diff of the changes
 * and three lines of context around each, so a reviewer sees what changed without opening anything.
 */
import fs from "fs";
import path from "path";

export const UPDATING = process.env.UPDATE_APPROVALS === "1";

/** Line diff by longest common subsequence: "-" approved only, "+" received only, " " both. */
export function lineDiff(approved: string, received: string, context = 3): string {
  const a = approved.split("\n");
  const b = received.split("\n");
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..]; files are a few hundred lines, so n·m is small.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { tag: " " | "-" | "+"; text: string; line: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ tag: " ", text: a[i], line: i + 1 });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] > lcs[i + 1][j])) {
      ops.push({ tag: "+", text: b[j], line: i + 1 });
      j++;
    } else {
      ops.push({ tag: "-", text: a[i], line: i + 1 });
      i++;
    }
  }
  const keep = ops.map((o, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some((x) => x.tag !== " "),
  );
  const out: string[] = [];
  let gap = true;
  ops.forEach((o, k) => {
    if (!keep[k]) {
      gap = true;
      return;
    }
    if (gap) out.push(`@@ approved line ${o.line} @@`);
    gap = false;
    out.push(`${o.tag} ${o.text}`);
  });
  return out.join("\n");
}

export function approve(file: string, received: string): void {
  const rel = path.relative(process.cwd(), file);
  if (UPDATING) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, received);
    return;
  }
  if (!fs.existsSync(file))
    throw new Error(
      `No approved file ${rel}. Run UPDATE_APPROVALS=1 npx jest test/approvals, read it, commit it.`,
    );
  const approved = fs.readFileSync(file, "utf8");
  if (approved === received) return;
  throw new Error(
    `Output differs from ${rel} (- approved, + now). If every change is intended: ` +
      `UPDATE_APPROVALS=1 npx jest test/approvals, then commit the file.\n\n${lineDiff(approved, received)}`,
  );
}
