/** Runs the whole job on a corpus workbook as the command does: xlsx adapter → runEngine. */
import { promises as fs } from "fs";
import * as path from "path";
import type { Settings } from "../../../src/core/settings";
import { renderDiagnostic } from "../../../src/core/locale";
import { analyzeXlsx } from "../../helpers/run";
import type { CorpusFixture } from "../../fixtures/corpus/specs/types";

export const CORPUS_DIR = path.resolve(__dirname, "../../fixtures/corpus");

export async function runFixture(f: CorpusFixture, settings: Partial<Settings> = {}) {
  const input = await fs.readFile(path.join(CORPUS_DIR, f.layout.file));
  const { result } = await analyzeXlsx(input, settings);
  const lang = settings.lang ?? "sv";
  const paragraphs = result.commentary.sections.flatMap((s) =>
    s.paragraphs.map((p) => ({ section: s.id, text: p.replace(/\u00a0/g, " ") })),
  );
  return {
    result,
    analysis: result.analysis,
    text: paragraphs.map((p) => p.text).join("\n"),
    paragraphs,
    messages: result.analysis.diagnostics.map((d) => ({
      code: d.code,
      text: renderDiagnostic(d, lang),
    })),
  };
}
