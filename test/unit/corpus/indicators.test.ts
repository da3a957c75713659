/** Issue 11 class 6 on the corpus: published indicator tables, read as a controller reads them. */
import { rangeAddress } from "../../../src/core/address";
import { CORPUS } from "../../fixtures/corpus/specs";
import type { IndicatorExpectation } from "../../fixtures/corpus/specs/types";
import { runFixture } from "./load";

const fixtures = CORPUS.filter((f) => f.expect.kind === "indicators");

describe.each(fixtures.map((f) => [f.layout.file, f] as const))("%s", (_file, f) => {
  const e = f.expect as IndicatorExpectation;
  const run = runFixture(f);

  it("finds the indicator table and its columns", async () => {
    const { analysis } = await run;
    const ind = analysis.indicators;
    expect(ind).not.toBeNull();
    expect(ind && rangeAddress(ind.range)).toBe(e.range);
    expect(ind?.sheet).toBe(f.layout.sheet);
  });

  it("reads every indicator's outcome, target and status", async () => {
    const { analysis } = await run;
    const items = analysis.indicators?.items ?? [];
    expect(
      items.map((i) => ({
        name: i.name,
        actual: i.actual,
        target: i.target && { direction: i.target.direction, value: i.target.value },
        status: i.status,
      })),
    ).toEqual(
      e.items.map(({ name, actual, target, status }) => ({ name, actual, target, status })),
    );
  });

  it("says what the report says about each indicator", async () => {
    const { paragraphs } = await run;
    const text = paragraphs
      .filter((p) => p.section === "indicators")
      .map((p) => p.text)
      .join("\n");
    for (const item of e.items) for (const words of item.says ?? []) expect(text).toContain(words);
    // A percent indicator never gets a percent of a percent.
    expect(text).not.toMatch(/måluppfyllelse \d/);
  });
});
