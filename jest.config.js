/** Test layers: each is a jest project so `npm test` runs all of them and names each in its output. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
};
module.exports = {
  // Speed is measured by `npm run bench`, not by timeouts: a slow or shared CI machine must not fail a
  // correct test, so the per-test limit only catches a hang. (jest-circus reads it from the global
  // config; set inside a project it is ignored.)
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "workbook",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/workbook/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/ui/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/ui/setup.ts"],
      // testTimeout in a project's options is not applied (the ui tests still stopped at 5 s).
      setupFilesAfterEnv: ["<rootDir>/test/ui/timeout.ts"],
    },
    {
      ...common,
      displayName: "approvals",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/approvals/**/*.test.ts?(x)"],
      setupFiles: ["<rootDir>/test/ui/setup.ts"],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
