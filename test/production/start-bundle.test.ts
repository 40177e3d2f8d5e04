/**
 * What `pnpm start` runs: the gateway bundle (`apps/gateway/dist/main.js`) under plain node, on a
 * PGlite folder, migrating and seeding the demo data, with Sandbox and dev tokens (dev defaults).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const GATEWAY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/gateway");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe("the production bundle (pnpm start)", () => {
  let dataDir: string;
  let child: ChildProcess;
  let url: string;
  let stderr = "";

  beforeAll(async () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: GATEWAY_DIR, stdio: "inherit" });
    dataDir = await mkdtemp(path.join(os.tmpdir(), "support-hub-bundle-"));
    const port = await freePort();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    child = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
      cwd: GATEWAY_DIR,
      env: { ...env, NODE_ENV: "development", PORT: String(port), HOST: "127.0.0.1", PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    url = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 600; attempt++) {
      if (child.exitCode !== null) throw new Error(`bundle exited with ${child.exitCode}: ${stderr}`);
      const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`bundle did not become ready: ${stderr}`);
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("is ready on PGlite with the demo data, and a dev token signs in", async () => {
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ready", database: "pglite" });
    const { token } = (await (
      await fetch(`${url}/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "alice.admin@contoso.example" }) })
    ).json()) as { token: string };
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ viewer { email organization { name } } }" }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer.email).toBe("alice.admin@contoso.example");
    expect(body.data.viewer.organization.name).toMatch(/Contoso/);
  });

  it("serves Apollo Sandbox to a browser", async () => {
    const page = await fetch(`${url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });

  it("stops cleanly on SIGTERM (exit code 0)", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
