/**
 * Properties of the follow-up reading on random tables (any position, known and unknown words, dates
 * as cells, text or spans, with or without a report date): every row with a status or a date is an
 * item, its colour is the vocabulary's, overdue holds exactly when the rule says, and every item gets
 * a word in the status column.
 */
import fc from "fast-check";
import { runEngine } from "../../../src/core/engine";
import { canBeOverdue } from "../../../src/core/followup/vocabulary";
import { withDefaults } from "../../../src/core/settings";
import { followupMarkerKeys } from "../../../src/core/plan/followup";
import { arbFollowupWorkbook } from "../../helpers/followup";
import { propertyParams } from "../../helpers/run";
import { toSnapshot } from "../../helpers/spec";

describe("follow-up tables on random layouts", () => {
  it("items, colours, overdue and the status column follow the rules", () => {
    fc.assert(
      fc.property(arbFollowupWorkbook, (w) => {
        const r = runEngine(toSnapshot(w.spec), withDefaults());
        const { goals, actions, controls } = r.analysis;
        expect(goals && actions && controls).toBeTruthy();
        expect(actions!.periodEnd).toBe(w.reportDate);
        for (const a of actions!.items) {
          expect(["green", "yellow", "red", "grey", "none"]).toContain(a.status);
          const due = a.end !== null && w.reportDate !== null && a.end <= w.reportDate;
          expect(a.overdue).toBe(canBeOverdue(a.state) && due);
          if (a.overdue || a.state === "late") expect(a.status).toBe("red");
          if (a.state === "ongoing") expect(a.status).toBe("none");
          if (a.end !== null) expect(a.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const g of goals!.items) {
          expect(g.status === "grey").toBe(g.greyReason !== null);
          if (g.assessment === null) expect(g.status).toBe("grey");
        }
        for (const c of controls!.items) if (c.result === null) expect(c.status).toBe("grey");
        // Unknown words are named, each with its cell.
        const unknown = r.analysis.diagnostics.filter((d) => d.code === "followupUnknownWord");
        const unknownItems =
          actions!.items.filter((a) => a.statusText !== null && a.state === "unknown").length +
          goals!.items.filter((g) => g.greyReason === "unknown").length +
          controls!.items.filter((c) => c.level === "unknown").length;
        expect(unknown.length).toBe(unknownItems);
        expect(unknown.every((d) => d.cell !== null)).toBe(true);

        // Every item's row gets a word in its table's status column.
        const markers = r.plan.steps.filter((s) => s.kind === "setMarker");
        for (const [table, items] of [
          ["actions", actions!.items],
          ["goals", goals!.items],
          ["controls", controls!.items],
        ] as const) {
          const m = markers.find(
            (s) => s.kind === "setMarker" && s.name === followupMarkerKeys[table],
          );
          // A table whose rows are all headings gets no column.
          expect(m !== undefined).toBe(items.length > 0);
          if (!m || m.kind !== "setMarker") continue;
          const blocks = r.plan.steps.flatMap((s) =>
            s.kind === "writeBlocks" && s.sheet === m.sheet ? s.blocks : [],
          );
          const col = blocks.find((b) => b.left === m.range.left && b.top === m.range.top)!;
          for (const i of items) {
            const v = col.values[i.row - col.top][0];
            expect(typeof v === "string" && v.length > 0).toBe(true);
          }
        }
      }),
      propertyParams(200),
    );
  });
});
