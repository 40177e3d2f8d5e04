// Bundles the gateway with everything it imports into dist/main.js, so production starts plain
// `node`: no tsx loader thread, no transpiling, and no resolving and reading of hundreds of
// node_modules files at start (about 1 s of a 3 s start on PGlite). Kept external: PGlite, which
// loads its WASM and data files from its own folder, and pg's optional native binding. No
// decorator metadata is needed: every type-graphql type is written explicitly.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decode, encode } from "@jridgewell/sourcemap-codec";
import { build } from "esbuild";
import { buildExplorer } from "./build-explorer.mjs";

const gatewayDir = fileURLToPath(new URL("../", import.meta.url));
const external = ["@electric-sql/pglite", "pg-native"];

// The bundle imports PGlite from the gateway's folder: it must be a dependency of the gateway
// too (pnpm does not hoist), or the bundle would fail at start.
const manifest = JSON.parse(readFileSync(`${gatewayDir}package.json`, "utf8"));
if (!manifest.dependencies?.["@electric-sql/pglite"]) {
  console.error("apps/gateway/package.json must depend on @electric-sql/pglite (external to the bundle)");
  process.exit(1);
}

// The local GraphiQL (dist/explorer) is built alongside: the gateway serves it on /graphiql.
const explorer = buildExplorer();

const result = await build({
  write: false,
  entryPoints: [`${gatewayDir}src/main.ts`],
  outfile: `${gatewayDir}dist/main.js`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  sourcemap: true,
  sourcesContent: false, // stack traces need the mappings only; the sources are in the repository
  external,
  alias: {
    "@apollo/utils.createhash": `${gatewayDir}scripts/shims/apollo-createhash.mjs`,
    "fast-json-stringify": `${gatewayDir}scripts/shims/fast-json-stringify.mjs`,
  },
  tsconfig: `${gatewayDir}tsconfig.json`,
  logLevel: "warning",
  // Bundled CommonJS packages call require(): give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// Test suites build and spawn the bundle from parallel processes: each file is written beside its
// target and renamed over it, so a process never starts from a half-written bundle.
for (const file of result.outputFiles) {
  const isMap = file.path.endsWith(".map");
  writeAtomically(file.path, isMap ? JSON.stringify(ownMappingsOnly(JSON.parse(file.text))) : file.contents);
  // Every mapping, for profilers (test/bench/profile-dashboard.ts names the package of each
  // frame): the bundle does not reference this file, so node never loads it.
  if (isMap) writeAtomically(file.path.replace(/\.map$/, ".full.map"), file.contents);
}
await explorer;

function writeAtomically(target, contents) {
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, target);
}

/**
 * The source map with the mappings of our own sources only. Node (`--enable-source-maps`) parses
 * the whole map the first time it formats a stack, and keeps it: 539,000 mappings, 90% of them
 * into node_modules, held 63 MB of heap for the life of the process (a fifth of the 300 MB RSS
 * budget on PGlite). Frames in our code still point to the TypeScript; frames in a dependency
 * point to dist/main.js: where a run of dependency code starts, an unmapped segment ends the
 * previous mapping, so it is never stretched over code that is not ours.
 */
function ownMappingsOnly(map) {
  const ours = map.sources.map((source) => !source.includes("node_modules/"));
  let inDependency = false;
  const lines = decode(map.mappings).map((segments) => {
    const kept = [];
    for (const segment of segments) {
      if (segment.length >= 4 && ours[segment[1]]) {
        kept.push(segment);
        inDependency = false;
      } else if (!inDependency) {
        kept.push([segment[0]]);
        inDependency = true;
      }
    }
    return kept;
  });
  return { ...map, mappings: encode(lines) };
}
