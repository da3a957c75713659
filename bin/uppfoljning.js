#!/usr/bin/env node
"use strict";
// Thin launcher: the compiled CLI lives in dist/cli (built by `npm run build:cli`, run by `npm ci` via prepare).
let main;
try {
  main = require("../dist/cli/cli/main.js").main;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("uppfoljning: kommandot är inte byggt. Kör `npm run build:cli` först.\n");
    process.exit(1);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
