/** Vitest reporter options for a suite: adds a JSON report when VITEST_REPORT_DIR is set. */
export declare function reportersFor(suite: string): { reporters: string[]; outputFile?: { json: string } };
