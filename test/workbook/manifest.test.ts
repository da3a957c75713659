/**
 * Offline manifest checks (`office-addin-manifest validate` needs an online service and no XSD ships
 * in npm): Microsoft's XSDs through xmllint-wasm, for manifest.xml and for the production manifest
 * the build writes; and what the schema cannot say: every resid resolves, https URLs, icons exist,
 * and the ribbon as the product defines it.
 */
import fs from "fs";
import path from "path";
import { manifestSchemaErrors } from "./manifestSchema";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict little XML parser: enough to prove well-formedness of a manifest and walk it. */
function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    const line = src.slice(0, i).split("\n").length;
    throw new Error(`XML error at line ${line}: ${msg}`);
  };
  const NAME = /[A-Za-z_][\w.:-]*/y;
  const readName = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(src);
    if (!m) fail("name expected");
    i += (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  const checkText = (t: string): string => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(t))
      fail(`bad entity in "${t.slice(0, 40)}"`);
    if (t.includes("<")) fail("'<' in text");
    return t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  };
  const skipWs = (): void => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const skipMisc = (): void => {
    for (;;) {
      skipWs();
      if (src.startsWith("<!--", i)) {
        const end = src.indexOf("-->", i + 4);
        if (end < 0) fail("unterminated comment");
        if (src.slice(i + 4, end).includes("--")) fail("'--' inside a comment");
        i = end + 3;
      } else if (src.startsWith("<?", i)) {
        const end = src.indexOf("?>", i);
        if (end < 0) fail("unterminated processing instruction");
        i = end + 2;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (src[i] !== "<") fail("'<' expected");
    i++;
    const el: XmlElement = { name: readName(), attrs: {}, children: [], text: "" };
    for (;;) {
      skipWs();
      if (src.startsWith("/>", i)) {
        i += 2;
        return el;
      }
      if (src[i] === ">") {
        i++;
        break;
      }
      const attr = readName();
      skipWs();
      if (src[i] !== "=") fail(`'=' expected after ${attr}`);
      i++;
      skipWs();
      const q = src[i];
      if (q !== '"' && q !== "'") fail("quoted attribute value expected");
      const end = src.indexOf(q, i + 1);
      if (end < 0) fail("unterminated attribute");
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      el.attrs[attr] = checkText(src.slice(i + 1, end));
      i = end + 1;
    }
    for (;;) {
      const lt = src.indexOf("<", i);
      if (lt < 0) fail(`unclosed <${el.name}>`);
      el.text += checkText(src.slice(i, lt));
      i = lt;
      if (src.startsWith("<!--", i)) {
        skipMisc();
        continue;
      }
      if (src.startsWith("</", i)) {
        i += 2;
        const name = readName();
        if (name !== el.name) fail(`</${name}> closes <${el.name}>`);
        skipWs();
        if (src[i] !== ">") fail("'>' expected");
        i++;
        el.text = el.text.trim();
        return el;
      }
      el.children.push(element());
    }
  };
  if (src.charCodeAt(0) === 0xfeff) i = 1;
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== src.length) fail("content after the root element");
  return root;
}

const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
const child = (el: XmlElement, name: string): XmlElement | undefined =>
  el.children.find((c) => c.name === name);

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(source);

describe("manifest.xml", () => {
  it("is valid against Microsoft's add-in manifest schema (and the schema catches what is not)", async () => {
    expect(await manifestSchemaErrors("manifest.xml", source)).toEqual([]);
    // The error this repository once had: an empty <AppDomains/> needs at least one <AppDomain>.
    const broken = source.replace("<Hosts>", "<AppDomains/>\n  <Hosts>");
    const errors = await manifestSchemaErrors("manifest.xml", broken);
    expect(errors.join("\n")).toMatch(/AppDomains': Missing child element\(s\)/);
    // Element order is the schema's too.
    const swapped = source.replace(
      /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
      "$3$2$1",
    );
    expect(swapped).not.toBe(source);
    expect((await manifestSchemaErrors("manifest.xml", swapped)).length).toBeGreaterThan(0);
  }, 30_000);

  it("is well-formed (and the checker catches what is not)", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(() => parseXml("<a><b></a></b>")).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/entity/);
    expect(() => parseXml("<a/><b/>")).toThrow(/after the root/);
  });

  it("has the root elements in the schema's order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const names = manifest.children.map((c) => c.name);
    for (const n of names) expect(order).toContain(n);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "Hosts",
      "DefaultSettings",
      "Permissions",
    ])
      expect(names).toContain(required);
  });

  it("describes the add-in: id, locales, host, requirement, permission", () => {
    expect(child(manifest, "Id")?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(manifest, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(manifest, "DefaultLocale")?.text).toBe("sv-SE");
    for (const n of ["DisplayName", "Description"]) {
      const el = child(manifest, n) as XmlElement;
      expect(el.attrs.DefaultValue.length).toBeGreaterThan(0);
      expect(el.children.find((o) => o.attrs.Locale === "en-US")?.attrs.Value).toBeTruthy();
    }
    expect(child(child(manifest, "Hosts") as XmlElement, "Host")?.attrs.Name).toBe("Workbook");
    const set = all(child(manifest, "Requirements") as XmlElement).find((e) => e.name === "Set");
    expect(set?.attrs).toEqual({ Name: "ExcelApi", MinVersion: "1.9" });
    expect(child(manifest, "Permissions")?.text).toBe("ReadWriteDocument");
    expect(
      all(child(manifest, "DefaultSettings") as XmlElement).find((e) => e.name === "SourceLocation")
        ?.attrs.DefaultValue,
    ).toBe("https://localhost:3000/taskpane.html");
  });

  const resources = all(manifest).filter(
    (e) => e.name.startsWith("bt:") && "id" in e.attrs && e.name !== "bt:Set",
  );
  const ids = new Map(resources.map((e) => [e.attrs.id, e]));

  it("resolves every resid, with unique ids and strings within Office's lengths", () => {
    expect(ids.size).toBe(resources.length);
    const refs = all(manifest).filter((e) => "resid" in e.attrs);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(ids.has(r.attrs.resid)).toBe(true);
    for (const s of all(manifest)) {
      if (s.name !== "bt:String") continue;
      const max =
        resources.some((r) => r === s) &&
        all(all(manifest).find((e) => e.name === "bt:LongStrings") as XmlElement).includes(s)
          ? 250
          : 125;
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
      expect(s.children.find((o) => o.attrs.Locale === "en-US")).toBeDefined();
    }
    const controls = all(manifest)
      .filter((e) => e.name === "Control" || e.name === "Group")
      .map((e) => e.attrs.id);
    expect(new Set(controls).size).toBe(controls.length);
  });

  it("uses https for every URL, and every icon exists with the size it claims", () => {
    const urls = all(manifest)
      .flatMap((e) => [...Object.values(e.attrs), e.text])
      .filter(
        (v) =>
          /^[a-z]+:\/\//i.test(v) &&
          !v.includes("schemas.microsoft.com") &&
          !v.includes("www.w3.org"),
      );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    const icons = urls.filter((u) => u.endsWith(".png"));
    for (const u of icons) {
      const file = path.join(ROOT, u.replace("https://localhost:3000/", ""));
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(u)?.[1]);
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
    for (const el of all(manifest).filter((e) => e.name === "bt:Image" && "size" in e.attrs)) {
      expect((ids.get(el.attrs.resid) as XmlElement).attrs.DefaultValue).toContain(
        `icon-${el.attrs.size}.png`,
      );
    }
    expect(fs.existsSync(path.join(ROOT, "assets/support.html"))).toBe(true);
  });

  it("puts the Uppföljning group on the Home tab with the pane button and Analysera nu", () => {
    const tab = all(manifest).find((e) => e.name === "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    const group = child(tab as XmlElement, "Group") as XmlElement;
    const label = (el: XmlElement): string =>
      (ids.get((child(el, "Label") as XmlElement).attrs.resid) as XmlElement).attrs.DefaultValue;
    expect(label(group)).toBe("Uppföljning");
    const controls = group.children.filter((c) => c.name === "Control");
    expect(controls.map(label)).toEqual(["Visa Uppföljning", "Analysera nu"]);
    const [pane, analyse] = controls.map((c) => child(c, "Action") as XmlElement);
    expect(pane.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(
      (ids.get((child(pane, "SourceLocation") as XmlElement).attrs.resid) as XmlElement).attrs
        .DefaultValue,
    ).toBe("https://localhost:3000/taskpane.html");
    expect(analyse.attrs["xsi:type"]).toBe("ExecuteFunction");
    const fn = child(analyse, "FunctionName")?.text as string;
    // The function file registers exactly that name.
    expect(fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8")).toContain(
      `Office.actions.associate("${fn}"`,
    );
    const functionFile = all(manifest).find((e) => e.name === "FunctionFile") as XmlElement;
    expect((ids.get(functionFile.attrs.resid) as XmlElement).attrs.DefaultValue).toBe(
      "https://localhost:3000/commands.html",
    );
  });
});

describe("production manifest", () => {
  interface CopyPattern {
    to?: string;
    transform?: (content: Buffer, file: string) => string;
  }
  function manifestTransform(
    env: Record<string, string | undefined>,
  ): (content: Buffer, file: string) => string {
    const saved = process.env.ADDIN_PUBLIC_URL;
    try {
      if (env.ADDIN_PUBLIC_URL === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = env.ADDIN_PUBLIC_URL;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const make = require(path.join(ROOT, "webpack.config.js")) as (
        e: object,
        a: { mode: string },
      ) => { plugins: { patterns?: CopyPattern[] }[] };
      const patterns = make({}, { mode: "production" }).plugins.flatMap((p) => p.patterns ?? []);
      const t = patterns.find((p) => p.to === "manifest.xml")?.transform;
      if (!t) throw new Error("no manifest copy pattern");
      return t;
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  }

  it("substitutes ADDIN_PUBLIC_URL for the development origin", () => {
    const out = manifestTransform({ ADDIN_PUBLIC_URL: "https://uppfoljning.region.example" })(
      Buffer.from(source),
      "manifest.xml",
    );
    expect(out).not.toContain("localhost");
    expect(out).toContain("https://uppfoljning.region.example/taskpane.html");
    expect(parseXml(out).name).toBe("OfficeApp");
  });

  it("is what the build writes to dist/manifest.xml, and valid against the schema", async () => {
    const out = manifestTransform({ ADDIN_PUBLIC_URL: "https://uppfoljning.region.example/" })(
      Buffer.from(source),
      "manifest.xml",
    );
    expect(await manifestSchemaErrors("dist/manifest.xml", out)).toEqual([]);
  }, 30_000);

  it("stops a production build without ADDIN_PUBLIC_URL with a clear message, instead of writing placeholders", () => {
    expect(() => manifestTransform({ ADDIN_PUBLIC_URL: undefined })).toThrow(
      /^ADDIN_PUBLIC_URL saknas: ange adressen där dist\/ publiceras/,
    );
    expect(() => manifestTransform({ ADDIN_PUBLIC_URL: "http://intranet.example/" })).toThrow(
      /https/,
    );
  });

  it("leaves the development build (the dev server) on localhost without any variable", () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    delete process.env.ADDIN_PUBLIC_URL;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const make = require(path.join(ROOT, "webpack.config.js")) as (
        e: object,
        a: { mode: string },
      ) => { devServer?: { port: number }; plugins: { patterns?: CopyPattern[] }[] };
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      const config = make({}, { mode: "development" });
      warn.mockRestore();
      expect(config.devServer?.port).toBe(3000);
      const t = config.plugins
        .flatMap((p) => p.patterns ?? [])
        .find((p) => p.to === "manifest.xml");
      expect(t?.transform?.(Buffer.from(source), "manifest.xml")).toBe(source);
    } finally {
      if (saved !== undefined) process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
