import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  test: { include: ["src/**/*.test.ts"], ...reportersFor("domain") },
});
