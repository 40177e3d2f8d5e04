import { defineConfig } from "vitest/config";
import { reportersFor } from "../../.ci/vitest-reporters.mjs";

export default defineConfig({
  // graphql-inspector loads graphql's CJS build; make our imports use the same realm.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], ...reportersFor("sdk") },
});
