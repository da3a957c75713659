/**
 * The pane page's Content-Security-Policy in real Chromium, on the production build: scripts only
 * from its own origin and Microsoft's office.js host, no inline script, requests only to its own
 * origin. A request to another origin (a second server on 127.0.0.1, another port) is blocked before
 * it leaves the page: the server never sees it. Also: the build's manifest is valid against the XSD.
 */
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { manifestSchemaErrors } from "../workbook/manifestSchema";
import { DIST, TEST_PUBLIC_URL, buildPane, findChromium, serve, type Served } from "./support";

jest.setTimeout(240_000);

let browser: Browser | null = null;
let served: Served | null = null;
let foreign: { origin: string; hits: string[]; close(): Promise<void> } | null = null;

async function foreignServer(): Promise<NonNullable<typeof foreign>> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/javascript" });
    res.end("window.__foreignScriptRan = true;");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  const { executablePath, args } = await findChromium();
  buildPane();
  // The CSP test needs no fake Excel: the page without office.js is the same page and policy.
  served = await serve("{}");
  foreign = await foreignServer();
  browser = await chromium.launch({ executablePath, headless: true, args });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await foreign?.close();
});

/** The policy as the built page declares it, directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  // Minified: content="…" keeps its double quotes because the policy holds single ones.
  const m = /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content="([^"]+)"/i.exec(
    html,
  );
  if (!m) throw new Error("taskpane.html declares no Content-Security-Policy");
  return new Map(
    m[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== "")
      .map((d) => [d[0], d.slice(1)] as [string, string[]]),
  );
}

async function open(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  if (!browser || !served) throw new Error("beforeAll did not finish");
  // A context per page, left open: with the packaged Chromium's --single-process, closing the last
  // page can end the browser.
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${served.origin}/outside.html`);
  await page.getByText("Öppna Uppföljning från Excel").waitFor();
  return {
    page,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

it("declares scripts from itself and Microsoft's office.js host only, no inline script, requests to itself only", () => {
  const policy = policyOf(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
  expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  for (const [directive, sources] of policy)
    if (directive !== "style-src") expect(sources).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
});

it("blocks a request to another origin before it leaves the page", async () => {
  const { page, violations } = await open();
  const target = `${foreign?.origin}/leak?belopp=10087`;
  const outcome = await page.evaluate(
    (url) =>
      fetch(url, { mode: "no-cors" }).then(
        () => "sent",
        (e: unknown) => `blocked: ${String(e)}`,
      ),
    target,
  );
  expect(outcome).toMatch(/^blocked/);
  expect(foreign?.hits).toEqual([]);
  expect(await violations()).toContain(`connect-src ${target}`);
  // Its own origin stays reachable.
  const own = await page.evaluate(() => fetch("/taskpane.html").then((r) => r.status));
  expect(own).toBe(200);
});

it("runs no inline script and no script from another origin", async () => {
  const { page, violations } = await open();
  const ran = await page.evaluate(async (src) => {
    const w = window as unknown as { __inlineRan?: boolean; __foreignScriptRan?: boolean };
    const inline = document.createElement("script");
    inline.textContent = "window.__inlineRan = true;";
    document.head.appendChild(inline);
    await new Promise<void>((resolve) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => resolve();
      // A blocked script need not fire either event: time enough to run had it been allowed.
      setTimeout(resolve, 2000);
      document.head.appendChild(s);
    });
    return { inline: w.__inlineRan === true, foreign: w.__foreignScriptRan === true };
  }, `${foreign?.origin}/script.js`);
  expect(ran).toEqual({ inline: false, foreign: false });
  expect(foreign?.hits).toEqual([]);
  const seen = await violations();
  expect(seen.some((v) => v.startsWith("script-src"))).toBe(true);
  expect(seen).toContain(`script-src-elem ${foreign?.origin}/script.js`);
});

it("writes a production manifest that is valid against Microsoft's schema", async () => {
  const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  expect(built).toContain(`${TEST_PUBLIC_URL}taskpane.html`);
  expect(built).not.toContain("localhost");
  expect(await manifestSchemaErrors("dist/manifest.xml", built)).toEqual([]);
});
