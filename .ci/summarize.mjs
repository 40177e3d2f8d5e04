// Sums vitest JSON reports into one closing line "N passed, N failed" (", N skipped" if any).
// A suite that ran no test, or a report that is missing, counts as a failure: nothing hides.
// Unhandled errors (vitest fails the run for them, its JSON report omits them) count as failures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];

/**
 * A file that failed with no failed test of its own (an import error, a timed-out hook, a run cut
 * short): one failure; a file whose failed tests are already counted is not counted again.
 */
const didNotRun = (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed");
const firstLine = (text) =>
  String(text ?? "")
    .split("\n")[0]
    .slice(0, 300);

const files = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort();
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = 0;
// Named above the closing line: CI keeps only the tail of its log, and a count alone
// does not say which test to look at.
const failures = [];
for (const name of files) {
  const report = JSON.parse(readFileSync(join(dir, name), "utf8"));
  const suiteFailures = (report.testResults ?? []).filter(didNotRun).length;
  const unhandledFile = join(dir, name.replace(/\.json$/, ".unhandled-errors"));
  const unhandled = existsSync(unhandledFile) ? JSON.parse(readFileSync(unhandledFile, "utf8")) : { count: 0, errors: [] };
  console.log(
    `${name.replace(/\.json$/, "").padEnd(28)} ${report.numPassedTests} passed, ${report.numFailedTests + unhandled.count} failed` +
      (report.numPendingTests ? `, ${report.numPendingTests} skipped` : "") +
      (suiteFailures ? ` (${suiteFailures} files failed to run)` : "") +
      (unhandled.count ? ` (${unhandled.count} unhandled errors: ${unhandled.errors.join("; ").slice(0, 200)})` : ""),
  );
  for (const file of report.testResults ?? []) {
    const where = `${name.replace(/\.json$/, "")}: ${file.name.replace(/^.*?\/(apps|packages|test)\//, "$1/")}`;
    for (const test of file.assertionResults ?? []) {
      if (test.status === "failed") failures.push(`${where} > ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
    }
    if (didNotRun(file)) failures.push(`${where} (did not run)\n    ${firstLine(file.message)}`);
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + unhandled.count;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numTotalTests === 0 || suiteFailures > 0) broken += 1;
}
if (files.length === 0) broken += 1;
if (failures.length > 0) console.log(`\nfailed tests\n${failures.map((line) => `  ${line}`).join("\n")}\n`);
failed += broken;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
