// Composed by hand: eslint-plugin-office-addins' own "react" preset bundles an older typescript-eslint
// that clashes with the current one, so we take its rules and the presets it stands for separately.
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "out/",
      "coverage/",
      "bin/",
      "scratch/",
      "**/*.js",
      "**/*.cjs",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  react.configs.flat["jsx-runtime"],
  prettierConfig,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, prettier },
    settings: { react: { version: "detect" } },
    rules: {
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Office.js proxy rules only where Office.js is called: they misread ExcelJS objects as proxies.
    files: ["src/workbook/office/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The domain core stays pure: no Office, DOM, React or file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "@fluentui/*",
            "exceljs",
            "jszip",
            "fs",
            "node:*",
            "path",
            "**/workbook/**",
            "**/taskpane/**",
            "**/cli/**",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
    },
  },
];
