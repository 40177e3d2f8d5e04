// Shared by every package's vitest.config.ts: when .ci/test-all sets VITEST_REPORT_DIR, each
// suite also writes a JSON report there, so the CI run can print one "N passed, N failed" line.
export function reportersFor(suite) {
  const dir = process.env.VITEST_REPORT_DIR;
  if (!dir) return { reporters: ["default"] };
  const variant = process.env.DATABASE_URL ? "postgres" : "pglite";
  return { reporters: ["default", "json"], outputFile: { json: `${dir}/${suite}-${variant}.json` } };
}
