/**
 * Finds the hot spots behind a benchmark figure: runs one phase under V8's CPU profiler and prints
 * the functions with the most self time (file:line), and the heaviest call paths into them.
 * Also writes the .cpuprofile (open it in Chrome DevTools → Performance, or VS Code).
 *
 *   node -r ts-node/register/transpile-only bench/profile.ts engine 10000
 *   node -r ts-node/register/transpile-only bench/profile.ts commentary 100000
 *   node -r ts-node/register/transpile-only bench/profile.ts indicators 10000
 *
 * Same as `node --cpu-prof`, but limited to the phase itself (not the generator, not ts-node).
 */
import { mkdirSync, writeFileSync } from "fs";
import { Session } from "inspector";
import * as path from "path";
import { generateCommentary } from "../src/core/commentary";
import { runEngine } from "../src/core/engine";
import { withDefaults } from "../src/core/settings";
import { indicatorSheet, statementSheet, toSnapshot } from "./generate";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

const where = (n: ProfileNode): string => {
  const f = n.callFrame;
  const file = f.url ? path.relative(process.cwd(), f.url.replace(/^file:\/\//, "")) : "(native)";
  return `${f.functionName || "(anonymous)"}  ${file}:${f.lineNumber + 1}`;
};

/** Self time per function, and for the top ones the call path that reaches them most. */
export function summarize(profile: Profile, top = 15): string {
  const total = profile.endTime - profile.startTime;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const self = new Map<string, { us: number; node: ProfileNode; nodes: ProfileNode[] }>();
  for (const n of profile.nodes) {
    const key = where(n);
    const us = ((n.hitCount ?? 0) / hits) * total;
    const e = self.get(key) ?? { us: 0, node: n, nodes: [] };
    e.us += us;
    e.nodes.push(n);
    self.set(key, e);
  }
  const rows = [...self.entries()].sort((a, b) => b[1].us - a[1].us).slice(0, top);
  const lines = [`total ${(total / 1000).toFixed(0)} ms; self time by function:`];
  for (const [key, e] of rows) {
    lines.push(
      `${((e.us / total) * 100).toFixed(1).padStart(5)} %  ${(e.us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
  }
  lines.push("", "heaviest caller chain of the top 5:");
  for (const [key, e] of rows.slice(0, 5)) {
    const heaviest = e.nodes.reduce((a, b) => ((a.hitCount ?? 0) >= (b.hitCount ?? 0) ? a : b));
    const chain: string[] = [];
    for (
      let id: number | undefined = parent.get(heaviest.id);
      id !== undefined && chain.length < 6;
      id = parent.get(id)
    ) {
      const p = byId.get(id) as ProfileNode;
      if (p.callFrame.functionName === "(root)") break;
      chain.push(where(p));
    }
    lines.push(`  ${key}`, ...chain.map((c) => `    ← ${c}`));
  }
  return lines.join("\n");
}

/** Runs fn under the CPU profiler; returns the profile. */
export async function profile(fn: () => void, intervalUs = 200): Promise<Profile> {
  const session = new Session();
  session.connect();
  await post(session, "Profiler.enable");
  await post(session, "Profiler.setSamplingInterval", { interval: intervalUs });
  await post(session, "Profiler.start");
  fn();
  const { profile: p } = await post<{ profile: Profile }>(session, "Profiler.stop");
  session.disconnect();
  return p;
}

async function main(): Promise<void> {
  const [phase = "engine", sizeText = "10000"] = process.argv.slice(2);
  const size = Number(sizeText);
  const settings = withDefaults();
  let fn: () => void;
  if (phase === "engine") {
    const snapshot = toSnapshot(statementSheet(size));
    fn = () => void runEngine(snapshot, settings);
  } else if (phase === "indicators") {
    const snapshot = toSnapshot(indicatorSheet(size));
    fn = () => void runEngine(snapshot, settings);
  } else if (phase === "commentary") {
    const { analysis } = runEngine(toSnapshot(statementSheet(size)), settings);
    fn = () => void generateCommentary(analysis, settings);
  } else {
    throw new Error(`unknown phase ${phase}: engine | indicators | commentary`);
  }
  const p = await profile(fn);
  const dir = path.join("out", "bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${phase}-${size}.cpuprofile`);
  writeFileSync(file, JSON.stringify(p));
  process.stdout.write(`${summarize(p)}\n\nprofile written to ${file}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
