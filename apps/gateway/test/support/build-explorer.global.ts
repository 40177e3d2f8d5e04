import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildExplorer, EXPLORER_OUT_DIR } from "../../scripts/build-explorer.mjs";

const gatewayDir = fileURLToPath(new URL("../../", import.meta.url));

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Vitest globalSetup: the explorer tests load the real GraphiQL bundle, so build it once before
 * any test file runs, unless the bundle is newer than its sources and the lockfile (a fresh clone,
 * as in CI, always builds).
 */
export default async function setup() {
  const built = newestMtime(join(EXPLORER_OUT_DIR, "graphiql.js"));
  const sources = Math.max(
    newestMtime(join(gatewayDir, "src/explorer/graphiql-app")),
    newestMtime(join(gatewayDir, "scripts/build-explorer.mjs")),
    newestMtime(join(gatewayDir, "package.json")),
    newestMtime(join(gatewayDir, "../../pnpm-lock.yaml")),
  );
  if (built > sources) return;
  await buildExplorer();
}
