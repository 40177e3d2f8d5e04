// Shared by every package's vitest.config.ts: when .ci/test-all sets VITEST_REPORT_DIR, each
// suite also writes a JSON report there, so the CI run can print one "N passed, N failed" line.
// Vitest's JSON report leaves out unhandled errors (which still fail the run), so a small
// reporter writes their count beside it: the summary must not say "0 failed" for a red run.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function reportersFor(suite) {
  const dir = process.env.VITEST_REPORT_DIR;
  if (!dir) return { reporters: ["default"] };
  const name = `${dir}/${suite}-${process.env.DATABASE_URL ? "postgres" : "pglite"}`;
  return {
    reporters: ["default", "json", unhandledErrorsReporter(`${name}.unhandled-errors`)],
    outputFile: { json: `${name}.json` },
  };
}

function unhandledErrorsReporter(file) {
  return {
    onTestRunEnd(_testModules, unhandledErrors) {
      mkdirSync(dirname(file), { recursive: true });
      const lines = unhandledErrors.map((error) => `${error?.name ?? "Error"}: ${error?.message ?? String(error)}`);
      writeFileSync(file, `${JSON.stringify({ count: unhandledErrors.length, errors: lines })}\n`);
    },
  };
}
