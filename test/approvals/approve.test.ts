/** The approval helper itself: a mismatch fails with a readable diff, a missing file fails. */
import fs from "fs";
import os from "os";
import path from "path";
import { approve, lineDiff, UPDATING } from "./approve";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "uppf-approve-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it("shows only the changed lines with context, marked - approved / + now", () => {
  const a = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].join("\n");
  const b = ["a", "b", "c", "d", "e", "F", "g", "h", "i", "j", "k"].join("\n");
  expect(lineDiff(a, b, 1)).toBe(
    [
      "@@ approved line 5 @@",
      "  e",
      "- f",
      "+ F",
      "  g",
      "@@ approved line 10 @@",
      "  j",
      "+ k",
    ].join("\n"),
  );
});

(UPDATING ? it.skip : it)("fails on a mismatch and on a missing file", () => {
  const file = path.join(tmp, "x.approved.txt");
  expect(() => approve(file, "one\n")).toThrow(/No approved file/);
  fs.writeFileSync(file, "one\ntwo\n");
  expect(() => approve(file, "one\ntwo\n")).not.toThrow();
  expect(() => approve(file, "one\nthree\n")).toThrow(/- two\n\+ three/);
});
