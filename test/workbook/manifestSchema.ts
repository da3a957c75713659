/**
 * Validates an add-in manifest against Microsoft's XSDs (schemas/office-addin-manifest, with the
 * libxml2 edits its README names) through xmllint-wasm: libxml2 compiled to WebAssembly, so no apt
 * package and no network. `office-addin-manifest validate` would post the file to an online service.
 */
import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

export const SCHEMA_DIR = path.resolve(__dirname, "../../schemas/office-addin-manifest");
const MAIN = "OfficeAppManifestV1_1.xsd";

export async function manifestSchemaErrors(fileName: string, contents: string): Promise<string[]> {
  const read = (f: string) => ({
    fileName: f,
    contents: fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"),
  });
  const others = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd") && f !== MAIN);
  const result = await validateXML({
    xml: [{ fileName, contents }],
    schema: [read(MAIN)],
    preload: others.map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
