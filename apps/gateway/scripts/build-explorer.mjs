// Bundles the gateway's local GraphiQL (src/explorer/graphiql-app) for the browser: React,
// GraphiQL, Monaco and its workers, CSS and fonts, all into dist/explorer, which the gateway
// serves under /graphiql/assets/. Nothing is left to a CDN, so the explorer works offline.
// Run by scripts/build.mjs (so by `pnpm start`), by `pnpm dev`, and by the tests' globalSetup.
import { mkdir, rename, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const gatewayDir = fileURLToPath(new URL("../", import.meta.url));
export const EXPLORER_OUT_DIR = `${gatewayDir}dist/explorer`;

/**
 * Builds into a fresh folder, then swaps it in with two renames: a gateway serving the old
 * bundle (or a second build running at the same time, e.g. the tests and `pnpm start`) never
 * sees half-written files.
 */
export async function buildExplorer(outDir = EXPLORER_OUT_DIR) {
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = `${outDir}.building-${suffix}`;
  const common = {
    bundle: true,
    minify: true,
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    absWorkingDir: gatewayDir,
  };
  await mkdir(staging, { recursive: true });
  try {
    await Promise.all([
      build({
        ...common,
        entryPoints: { graphiql: "src/explorer/graphiql-app/main.tsx" },
        outdir: staging,
        format: "esm",
        tsconfig: "src/explorer/graphiql-app/tsconfig.json",
        loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
        assetNames: "[name]-[hash]",
      }),
      // Classic (non-module) workers, as Monaco's getWorker creates them.
      build({
        ...common,
        entryPoints: {
          "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
          "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
          "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
        },
        outdir: staging,
        format: "iife",
      }),
    ]);
    const previous = `${outDir}.previous-${suffix}`;
    await rename(outDir, previous).catch(() => {});
    await rename(staging, outDir);
    await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildExplorer();
}
