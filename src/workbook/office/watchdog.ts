/**
 * A watchdog around Excel.run: context.sync() can hang in Excel on the web (the request never comes
 * back), and a pane that waits forever looks broken. After `seconds` the wrapped run rejects with an
 * ExcelTimeout; the adapter turns it into a message that says what may or may not have been written.
 * The hung batch itself cannot be cancelled — Office.js has no abort — so nothing claims it was written.
 */
import type { ExcelRun } from "./adapter";

export const EXCEL_RUN_TIMEOUT_SECONDS = 60;

export class ExcelTimeout extends Error {
  readonly code = "Timeout";
  constructor(readonly seconds: number) {
    super(`Excel did not answer within ${seconds} s`);
    this.name = "ExcelTimeout";
  }
}

export function isExcelTimeout(e: unknown): e is ExcelTimeout {
  return e instanceof ExcelTimeout;
}

export function withWatchdog(
  run: ExcelRun,
  seconds: number = EXCEL_RUN_TIMEOUT_SECONDS,
  timers: {
    setTimeout: (fn: () => void, ms: number) => unknown;
    clearTimeout: (id: unknown) => void;
  } = {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): ExcelRun {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = timers.setTimeout(() => reject(new ExcelTimeout(seconds)), seconds * 1000);
      run(batch).then(
        (v) => {
          timers.clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          timers.clearTimeout(timer);
          reject(e);
        },
      );
    });
}
