/** Test helpers for the Office.js adapter on the recording fake (test/fakes/excel). */
import { planRemoval, runEngine } from "../../src/core/engine";
import type { WritePlan } from "../../src/core/plan/types";
import { withDefaults } from "../../src/core/settings";
import { OfficeWorkbook } from "../../src/workbook/office";
import { WorkbookError } from "../../src/workbook/port";
import type { FakeExcel } from "../fakes/excel";

/** Reads the fake, runs the engine with default settings and applies the plan; fails on a refusal. */
export async function analyseOnFake(
  fake: FakeExcel,
  wb = new OfficeWorkbook(fake.Excel.run),
): Promise<WritePlan> {
  const result = runEngine(await wb.read(), withDefaults());
  expect(result.refusals).toEqual([]);
  await wb.apply(result.plan);
  return result.plan;
}

/** Removes what the product wrote, as the pane's *Ta bort* does. */
export async function removeOnFake(fake: FakeExcel): Promise<void> {
  const wb = new OfficeWorkbook(fake.Excel.run);
  await wb.apply(planRemoval(await wb.read()));
}

/** The error an adapter call threw (fails the test when it did not throw one). */
export async function failure(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error("expected a WorkbookError");
}
