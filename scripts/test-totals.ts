// Adds up the JSON reports of vitest and Playwright into one count for the test runner's closing line.
import fs from "node:fs";
import path from "node:path";

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

export function readRunnerTotals(folder: string): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of ["unit.json", "integration.json"]) {
    const report = readJson<VitestReport>(path.join(folder, file));
    if (!report) continue;
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
  const e2e = readJson<PlaywrightReport>(path.join(folder, "e2e.json"));
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
  }
  return totals;
}

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : null;
}
