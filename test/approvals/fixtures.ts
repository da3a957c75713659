/** Every workbook the approval and cross-surface tests run on, with the name of its approved file. */
import fs from "fs";
import path from "path";

export interface ApprovalFixture {
  /** File name, e.g. "inkop-q1-2025.xlsx". */
  name: string;
  /** Where it lives, relative to the repository: "test/fixtures/corpus/…". */
  label: string;
  file: string;
  approved: string;
}

const ROOT = path.resolve(__dirname, "../..");
const APPROVED = path.join(__dirname, "approved");

const FOLDERS: { dir: string; prefix: string }[] = [
  { dir: "test/fixtures", prefix: "" },
  { dir: "test/fixtures/corpus", prefix: "corpus-" },
  { dir: "examples", prefix: "example-" },
];

export function approvalFixtures(): ApprovalFixture[] {
  return FOLDERS.flatMap(({ dir, prefix }) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
      .map((name) => ({
        name,
        label: `${dir}/${name}`,
        file: path.join(ROOT, dir, name),
        approved: path.join(APPROVED, `${prefix}${name.replace(/\.xlsx$/, "")}.approved.txt`),
      })),
  );
}
