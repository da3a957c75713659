/** A test's time limit for the ui project: 60 s, room for the 15 s waits of setup.ts on a loaded machine. */
jest.setTimeout(60_000);
