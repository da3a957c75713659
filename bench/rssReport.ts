/**
 * Preloaded (node -r) into a measured child when /usr/bin/time is not available: reports the
 * process's peak resident set size (kB) on stderr as it exits, for bench/run.ts to pick up.
 */
process.on("exit", () => {
  process.stderr.write(`@@maxrss ${process.resourceUsage().maxRSS}\n`);
});

export {};
