import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./local-server";

const GATEWAY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/gateway");

/** A gateway process running the production bundle, as `pnpm start` runs it. */
export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** What the process wrote: its stderr and its logs (stdout). */
  stderr: () => string;
}

let bundled = false;

/**
 * Starts `apps/gateway/dist/main.js` (built once per test process) on a free loopback port with
 * `env` on top of this process's, and waits up to `readyTimeoutMs` for `/readyz`. Throws with the child's stderr if it
 * exits or never becomes ready.
 */
export async function startGatewayBundle(env: NodeJS.ProcessEnv, options: { readyTimeoutMs: number }): Promise<GatewayProcess> {
  if (!bundled) {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: GATEWAY_DIR, stdio: "inherit" });
    bundled = true;
  }
  const port = await freePort();
  let stderr = "";
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
    cwd: GATEWAY_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Its JSON logs too, so that a failing test can show what the gateway logged.
  child.stdout?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (ready) return { url, child, stderr: () => stderr };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`gateway did not become ready: ${stderr}`);
}

/** Sends `signal` and waits for the process to exit (no-op if it already has). */
export async function stopGatewayBundle(gateway: GatewayProcess | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!gateway || gateway.child.exitCode !== null || gateway.child.signalCode !== null) return;
  const exited = new Promise((resolve) => gateway.child.once("exit", resolve));
  gateway.child.kill(signal);
  await exited;
}
