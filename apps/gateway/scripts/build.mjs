// Bundles the gateway (and the workspace packages it imports as TypeScript) into dist/main.js,
// so production starts plain `node`: no tsx loader thread, no per-module transpiling at start.
// Third-party packages stay external (resolved from node_modules as usual; PGlite loads its WASM
// next to its own files). No decorator metadata is needed: every type-graphql type is explicit.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const manifests = ["apps/gateway", "packages/db", "packages/domain"].map((dir) =>
  JSON.parse(readFileSync(`${root}${dir}/package.json`, "utf8")),
);
const external = [
  ...new Set(manifests.flatMap((manifest) => Object.keys(manifest.dependencies ?? {}))),
].filter((name) => !name.startsWith("@support-hub/"));

const gatewayDir = fileURLToPath(new URL("../", import.meta.url));
// The bundle imports db's and domain's dependencies from the gateway's folder: each must be a
// dependency of the gateway too (pnpm does not hoist), or the bundle would fail at start.
const own = new Set(Object.keys(manifests[0].dependencies ?? {}));
const missing = external.filter((name) => !own.has(name));
if (missing.length > 0) {
  console.error(`apps/gateway/package.json must also depend on: ${missing.join(", ")}`);
  process.exit(1);
}
await build({
  entryPoints: [`${gatewayDir}src/main.ts`],
  outfile: `${gatewayDir}dist/main.js`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  external,
  tsconfig: `${gatewayDir}tsconfig.json`,
  logLevel: "warning",
  // Bundled CommonJS helpers may call require(): give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
