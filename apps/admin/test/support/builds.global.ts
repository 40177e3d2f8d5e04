import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { APP_DIR, CONSOLE_BUILD_ENV, freePort } from "./harness";
import { buildGateway, GATEWAY_BUILT_ENV, SEEDED_DATA_DIR_ENV, startGatewayProcess } from "./gateway-process";

/**
 * Vitest globalSetup: builds the gateway's production bundle and the console once for the whole
 * run (each test file used to build both again, about 10-20 s apiece on a busy CI machine), and
 * has the gateway create and seed one PGlite folder that every test file's gateway starts on a
 * copy of. The workers learn where from environment variables they inherit.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), "support-hub-admin-build-"));
  const seededDir = await mkdtemp(join(tmpdir(), "support-hub-admin-seeded-"));
  const removeAll = () => Promise.all([outDir, seededDir].map((dir) => rm(dir, { recursive: true, force: true }))).then(() => {});
  const nodeEnv = process.env.NODE_ENV;
  try {
    buildGateway();
    process.env[GATEWAY_BUILT_ENV] = "true";
    await Promise.all([
      build({
        root: APP_DIR,
        configFile: join(APP_DIR, "vite.config.ts"),
        mode: "production",
        logLevel: "warn",
        build: { outDir, emptyOutDir: true, sourcemap: false },
      }),
      // Started and stopped (SIGTERM: PGlite closes cleanly) before any copy is made.
      freePort()
        .then((port) => startGatewayProcess(port, { dataDir: seededDir }))
        .then((gateway) => gateway.stop()),
    ]);
  } catch (error) {
    delete process.env[GATEWAY_BUILT_ENV];
    await removeAll();
    throw error;
  } finally {
    process.env.NODE_ENV = nodeEnv; // vite.config.ts sets "production" for the build
  }
  process.env[CONSOLE_BUILD_ENV] = outDir;
  process.env[SEEDED_DATA_DIR_ENV] = seededDir;
  return async () => {
    delete process.env[CONSOLE_BUILD_ENV];
    delete process.env[GATEWAY_BUILT_ENV];
    delete process.env[SEEDED_DATA_DIR_ENV];
    await removeAll();
  };
}
