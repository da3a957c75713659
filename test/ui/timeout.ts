/** A test's time limit for the ui project (testTimeout is not a per-project option in jest). */
jest.setTimeout(60_000);
