import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const GATEWAY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../gateway");
// Generous: on a shared CI machine under load, PGlite's start and the demo seed take a while.
const READY_TIMEOUT_MS = 180_000;

/** Set by `builds.global.ts` once it has built the bundle for the whole run. */
export const GATEWAY_BUILT_ENV = "SUPPORT_HUB_TEST_GATEWAY_BUILT";
/**
 * Set by `builds.global.ts`: a PGlite folder that the gateway created, migrated and seeded once
 * for the whole run. Each gateway starts on a fresh copy of it, so that every test file still has
 * demo data of its own without paying `initdb`, the migrations and the seed again (~15 s a file on
 * a busy CI machine); the gateway's own start-up seed then finds the data there and changes nothing.
 */
export const SEEDED_DATA_DIR_ENV = "SUPPORT_HUB_TEST_SEEDED_PGLITE";

/** Builds `apps/gateway/dist/main.js` (the production bundle `pnpm start` runs). */
export function buildGateway(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: GATEWAY_DIR, stdio: ["ignore", "ignore", "inherit"] });
}

/** The gateway as users start it (`pnpm start`: the production bundle), in dev mode with the demo data. */
export interface GatewayProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds `apps/gateway/dist/main.js` and runs it on a free loopback port, on a fresh PGlite folder
 * seeded with the demo data, with the built-in dev secret (so `/dev/users` and `/dev/token` exist).
 * With `dataDir`, on that folder as it is (the caller's: kept when the gateway stops).
 */
export async function startGatewayProcess(port: number, options: { dataDir?: string } = {}): Promise<GatewayProcess> {
  if (process.env[GATEWAY_BUILT_ENV] !== "true") buildGateway();
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "support-hub-admin-db-")));
  const seeded = process.env[SEEDED_DATA_DIR_ENV];
  if (!options.dataDir && seeded) await cp(seeded, dataDir, { recursive: true });
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
    cwd: GATEWAY_DIR,
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: "", // always its own PGlite: never a shared PostgreSQL database
      PGLITE_DATA_DIR: dataDir,
      JWT_SECRET: "",
      JWKS_URL: "",
      SEED_DEMO_DATA: "true",
      SANDBOX: "false",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the gateway exited with ${child.exitCode}: ${output}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (ready) return { url, stop };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill("SIGKILL");
  await stop();
  throw new Error(`the gateway did not become ready: ${output}`);
}
