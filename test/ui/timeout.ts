/**
 * On the shared, loaded machine: findBy/waitFor wait up to 15 s for the pane's flows (a pass still
 * returns at once) and a test may take 60 s. Here, after the framework is set up, and not in
 * setup.ts: importing Testing Library before the framework exists skips its automatic cleanup.
 */
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);
