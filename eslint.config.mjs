import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: ["node_modules/", "dist/", "out/", "coverage/", "bin/", "**/*.js", "**/*.cjs", "**/*.mjs"],
  },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain core stays pure: no Office, DOM, React or file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "exceljs", "fs", "node:*", "path", "../workbook/*", "../taskpane/*", "../cli/*"] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
    },
  },
];
