/**
 * What the browser test needs around the pane: Chromium, the production bundle, a bundle of the
 * fake Excel + stub Office, and a server on 127.0.0.1 that serves the pane with office.js
 * replaced by that harness (so no request leaves the machine).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
/** Where the test builds the production bundle: not dist/, so a real build there is never clobbered. */
export const DIST = path.join(ROOT, "out", "browser-dist");
export const HARNESS_DIR = path.join(ROOT, "out", "browser-harness");
/** Written into the test build's manifest (out/browser-dist/manifest.xml), which must still validate. */
export const TEST_PUBLIC_URL = "https://uppfoljning.test.invalid/";
export const CHROMIUM_MISSING =
  "Chromium saknas: npm ci installerar @sparticuz/chromium (webbläsaren ingår i paketet), eller sätt CHROMIUM_PATH";
// Minified HTML drops the quotes around the src, so both spellings are matched.
const OFFICE_JS =
  /<script\b[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"'\s>]*office\.js["']?[^>]*><\/script>/i;

const WEAKENING = /^--(disable-web-security|allow-running-insecure-content|headless)/;

/**
 * The browser for the pane test: CHROMIUM_PATH or a system Chromium when one is present, else the
 * Chromium shipped inside the npm package @sparticuz/chromium (unpacked to the temp folder on first use),
 * so a fresh machine needs no apt step.
 */
export async function findChromium(): Promise<{ executablePath: string; args: string[] }> {
  const own = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates)
    if (c && fs.existsSync(c))
      return { executablePath: c, args: ["--no-sandbox", "--disable-gpu", ...own] };
  try {
    // An ES-module package, which jest's CommonJS runtime cannot load: ask a plain node process.
    const script =
      'const c = (await import("@sparticuz/chromium")).default;' +
      "console.log(JSON.stringify({ path: await c.executablePath(), args: c.args }));";
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const packaged = JSON.parse(out.trim().split("\n").pop() as string) as {
      path: string;
      args: string[];
    };
    if (packaged.path && fs.existsSync(packaged.path))
      return {
        executablePath: packaged.path,
        // Its serverless defaults weaken the page's security (the CSP test needs it whole); playwright sets headless.
        args: [...packaged.args.filter((a) => !WEAKENING.test(a)), ...own],
      };
  } catch (e) {
    throw new Error(`${CHROMIUM_MISSING} (${(e as Error).message})`);
  }
  throw new Error(CHROMIUM_MISSING);
}

/** The newest modification time under the given paths (files and folders, recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    newest = Math.max(newest, st.mtimeMs);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) visit(path.join(p, f));
  };
  paths.forEach(visit);
  return newest;
}

/** Runs fn while holding a lock directory: the browser test files run in parallel workers. */
function withLock<T>(lock: string, fn: () => T): T {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes.
      if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 10 * 60_000)
        fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} held for 10 minutes`);
      Atomics.wait(sleeper, 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The production bundle, built by the project's own webpack config (`webpack --mode production`)
 * into out/browser-dist, once for all browser test files of a run: under a lock, and reused when it
 * is newer than every source it is built from. PANE_REUSE_DIST=1 reuses any build there (for quick
 * local re-runs).
 */
export function buildPane(): string {
  const html = path.join(DIST, "taskpane.html");
  if (process.env.PANE_REUSE_DIST === "1" && fs.existsSync(html)) return html;
  fs.mkdirSync(path.dirname(DIST), { recursive: true });
  return withLock(`${DIST}.lock`, () => buildPaneNow(html));
}

function buildPaneNow(html: string): string {
  const marker = path.join(DIST, ".built");
  const sources = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json"];
  if (
    fs.existsSync(html) &&
    fs.existsSync(marker) &&
    fs.statSync(marker).mtimeMs > newestMtime(sources.map((p) => path.join(ROOT, p)))
  )
    return html;
  fs.rmSync(marker, { force: true });
  execFileSync(
    path.join(ROOT, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", DIST],
    {
      cwd: ROOT,
      stdio: "pipe",
      // A production build needs the address it is served from; the test serves it itself.
      env: { ...process.env, NODE_ENV: "production", ADDIN_PUBLIC_URL: TEST_PUBLIC_URL },
    },
  );
  if (!fs.existsSync(html)) throw new Error(`webpack produced no ${html}`);
  fs.writeFileSync(marker, new Date().toISOString());
  return html;
}

/** Bundles test/browser/harness/entry.ts (the fake Excel and stub Office) for the browser. */
export function buildHarness(): Promise<string> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "harness", "entry.ts"),
    output: { path: HARNESS_DIR, filename: "harness.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") },
        },
      ],
    },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors())
        return reject(new Error(stats?.toString("errors-only") ?? "harness build failed"));
      resolve(path.join(HARNESS_DIR, "harness.js"));
    });
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
};

/** The pane's HTML with office.js swapped for the harness (or, with harness=false, simply removed). */
export function rewriteHtml(html: string, inject: string | null): string {
  if (!OFFICE_JS.test(html))
    throw new Error("taskpane.html loads no office.js from Microsoft's CDN");
  return html.replace(OFFICE_JS, inject ?? "");
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ and the harness on 127.0.0.1 (random port). /pane.html is the pane with the stub
 * Office and fake Excel (/pane-dark.html with Office's dark theme); /outside.html is the pane with
 * office.js missing, as in a plain browser.
 */
export async function serve(seedJson: string): Promise<Served> {
  const template = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // "</" inside JSON would end the inline script early.
  const seed = seedJson.replace(/</g, "\\u003c");
  // Scripts, not inline: the page's Content-Security-Policy allows no inline script.
  const harness = (theme: string) =>
    `<script src="/__harness/seed-${theme}.js"></script>` +
    `<script src="/__harness/harness.js"></script>`;
  const seedScript = (theme: string) =>
    `window.__SEED__=${seed};window.__THEME__=${JSON.stringify(theme)};`;
  const pages: Record<string, [string, string]> = {
    "/pane.html": [TYPES[".html"], rewriteHtml(template, harness("light"))],
    "/pane-dark.html": [TYPES[".html"], rewriteHtml(template, harness("dark"))],
    "/outside.html": [TYPES[".html"], rewriteHtml(template, null)],
    "/__harness/seed-light.js": [TYPES[".js"], seedScript("light")],
    "/__harness/seed-dark.js": [TYPES[".js"], seedScript("dark")],
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { "content-type": page[0], "cache-control": "no-store" });
      res.end(page[1]);
      return;
    }
    const base = url.pathname.startsWith("/__harness/") ? HARNESS_DIR : DIST;
    const rel = decodeURIComponent(url.pathname.replace(/^\/__harness\//, "/"));
    const file = path.normalize(path.join(base, rel));
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
