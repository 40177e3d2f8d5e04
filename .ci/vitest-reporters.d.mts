import type { Reporter } from "vitest/reporters";

/** Vitest reporter options for a suite: adds a JSON report (and an unhandled-error count) when VITEST_REPORT_DIR is set. */
export declare function reportersFor(suite: string): { reporters: (string | Reporter)[]; outputFile?: { json: string } };
