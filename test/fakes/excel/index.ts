/** The recording fake of the Excel API (browser-safe). Seeding from .xlsx files lives in seedFromXlsx.ts (Node only). */
export { createFakeExcel, FakeOfficeError, PAYLOAD_LIMIT_BYTES, ADDRESS_LIMIT_CHARS } from "./fake";
export type {
  FakeExcel,
  FakeExcelNamespace,
  FakeOptions,
  FakeRun,
  FakeStats,
  FakeWorkbookSnapshot,
  SnapshotCell,
} from "./fake";
export type { FakeSeed, FakeSeedSheet, FakeSeedCell } from "./model";
