import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { APP_DIR, CONSOLE_BUILD_ENV } from "./harness";
import { buildGateway, GATEWAY_BUILT_ENV } from "./gateway-process";

/**
 * Vitest globalSetup: builds the gateway's production bundle and the console once for the whole
 * run (each test file used to build both again, about 10-20 s apiece on a busy CI machine). The
 * workers learn where from environment variables they inherit.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), "support-hub-admin-build-"));
  const nodeEnv = process.env.NODE_ENV;
  buildGateway();
  await build({
    root: APP_DIR,
    configFile: join(APP_DIR, "vite.config.ts"),
    mode: "production",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  process.env.NODE_ENV = nodeEnv; // vite.config.ts sets "production" for the build
  process.env[CONSOLE_BUILD_ENV] = outDir;
  process.env[GATEWAY_BUILT_ENV] = "true";
  return async () => {
    delete process.env[CONSOLE_BUILD_ENV];
    delete process.env[GATEWAY_BUILT_ENV];
    await rm(outDir, { recursive: true, force: true });
  };
}
