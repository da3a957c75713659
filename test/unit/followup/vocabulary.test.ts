/** Every word the issue lists, read into its state and colour; dates in the shapes tables use. */
import { readDate, readSpan, reportDateIn } from "../../../src/core/followup/dates";
import {
  ACTION_STATUS,
  actionState,
  controlLevel,
  goalMeaning,
} from "../../../src/core/followup/vocabulary";
import { fillOf } from "../../../src/core/followup/words";
import { serial } from "../../helpers/followup";

describe("action vocabulary", () => {
  it.each([
    ["Klart", "done", "FFC6EFCE"],
    ["Klar", "done", "FFC6EFCE"],
    ["Genomförd", "done", "FFC6EFCE"],
    ["Avslutad", "done", "FFC6EFCE"],
    ["Slutförd", "done", "FFC6EFCE"],
    ["Pågående", "in-progress", "FFFFEB9C"],
    ["Pågår", "in-progress", "FFFFEB9C"],
    ["Påbörjad", "in-progress", "FFFFEB9C"],
    ["Startad", "in-progress", "FFFFEB9C"],
    ["Pågående (80 %)", "in-progress", "FFFFEB9C"],
    ["Försenad", "late", "FFFFC7CE"],
    ["Planerat", "planned", "FFD9D9D9"],
    ["Planerad", "planned", "FFD9D9D9"],
    ["Ej startat", "planned", "FFD9D9D9"],
    ["Ej påbörjad", "planned", "FFD9D9D9"],
    ["Löpande", "ongoing", null],
    ["Avförd", "cancelled", "FFD9D9D9"],
    ["Borttagen", "cancelled", "FFD9D9D9"],
    ["Stoppad", "cancelled", "FFD9D9D9"],
    ["Struken", "cancelled", "FFD9D9D9"],
  ])("%s → %s", (word, state, fill) => {
    const s = actionState(word);
    expect(s).toBe(state);
    expect(fillOf(ACTION_STATUS[s!])).toBe(fill);
  });

  it("does not read a longer word as a status word", () => {
    expect(actionState("Klartecken saknas")).toBeNull();
    expect(actionState("Pågåendet")).toBeNull();
    expect(actionState("")).toBeNull();
  });
});

describe("goal vocabulary", () => {
  it.each([
    ["Går enligt plan", "green", "plan"],
    ["Enligt plan", "green", "plan"],
    ["Uppfyllt", "green", "fulfilment"],
    ["Helt uppfyllt", "green", "fulfilment"],
    ["Uppnått", "green", "fulfilment"],
    ["Risk för avvikelse från plan", "yellow", "plan"],
    ["Risk för avvikelse", "yellow", "plan"],
    ["Delvis uppfyllt", "yellow", "fulfilment"],
    ["Delvis uppnått", "yellow", "fulfilment"],
    ["Delvis", "yellow", "fulfilment"],
    ["Kommer inte att uppnås", "red", "plan"],
    ["Avvikelse från plan", "red", "plan"],
    ["Ej uppfyllt", "red", "fulfilment"],
    ["Inte uppfyllt", "red", "fulfilment"],
    ["Ej uppnått", "red", "fulfilment"],
    ["Ej bedömd", "grey", null],
    ["Kan ej bedömas", "grey", null],
    ["Avser ej nämnd", "grey", null],
  ])("%s → %s", (word, status, family) => {
    expect(goalMeaning(word)).toMatchObject({ status, family });
  });
});

describe("control vocabulary", () => {
  it.each([
    ["Ingen avvikelse", "none"],
    ["Mindre avvikelse", "minor"],
    ["Stor avvikelse", "major"],
    ["Väsentlig avvikelse", "major"],
    ["Ej genomförd", "notDone"],
    ["Ej kontrollerad", "notDone"],
  ])("%s → %s", (word, level) => {
    expect(controlLevel(word)).toBe(level);
  });
  it("leaves unknown words unknown", () => expect(controlLevel("Oklart")).toBeNull());
});

describe("dates", () => {
  it.each([
    ["2022-05-31—2023-12-31", "2022-05-31", "2023-12-31"],
    ["2022-05-31–2023-12-31", "2022-05-31", "2023-12-31"],
    ["2022-05-31-2023-12-31", "2022-05-31", "2023-12-31"],
    ["2022-05-31 - 2023-12-31", "2022-05-31", "2023-12-31"],
    ["2023-12-31", null, "2023-12-31"],
    ["jan 2023 – dec 2024", "2023-01-01", "2024-12-31"],
  ])("a period span %s", (text, start, end) => {
    expect(readSpan(text)).toEqual({ start, end, unreadable: false });
  });

  it("reads date cells, text dates, months and years as their last day for an end", () => {
    expect(readDate(serial("2025-06-30"), "end")).toEqual({
      date: "2025-06-30",
      unreadable: false,
    });
    expect(readDate("2025-08-31", "end").date).toBe("2025-08-31");
    expect(readDate("20250831", "end").date).toBe("2025-08-31");
    expect(readDate("31/8/2025", "end").date).toBe("2025-08-31");
    expect(readDate("2025-02", "end").date).toBe("2025-02-28");
    expect(readDate("december 2025", "end").date).toBe("2025-12-31");
    expect(readDate("december 2025", "start").date).toBe("2025-12-01");
    expect(readDate("2026", "end").date).toBe("2026-12-31");
    expect(readDate(null, "end")).toEqual({ date: null, unreadable: false });
    expect(readDate("2025-13-45", "end")).toEqual({ date: null, unreadable: true });
    expect(readDate(12, "end")).toEqual({ date: null, unreadable: true });
  });

  it("finds the report date in a title line", () => {
    expect(reportDateIn("Status: Klart … Uppföljning per 2022-12-31.")).toBe("2022-12-31");
    expect(reportDateIn("Verksamhetsberättelse 2022")).toBeNull();
  });
});
