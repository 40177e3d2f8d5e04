/**
 * What `pnpm start` runs: the gateway bundle (`apps/gateway/dist/main.js`) under plain node, on a
 * PGlite folder, migrating and seeding the demo data, with Sandbox and dev tokens (dev defaults).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GatewayProcess, startGatewayBundle, stopGatewayBundle } from "../support/gateway-bundle";

describe("the production bundle (pnpm start)", () => {
  let dataDir: string;
  let gateway: GatewayProcess;
  let url: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "support-hub-bundle-"));
    // DATABASE_URL emptied: the default engine, PGlite, even in the PostgreSQL pass.
    gateway = await startGatewayBundle(
      { DATABASE_URL: "", NODE_ENV: "development", PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      { readyTimeoutMs: 60_000 },
    );
    url = gateway.url;
  }, 120_000);

  afterAll(async () => {
    await stopGatewayBundle(gateway, "SIGKILL");
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("is ready on PGlite with the demo data, and a dev token signs in", async () => {
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ready", database: "pglite" });
    const { token } = (await (
      await fetch(`${url}/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "alice.admin@contoso.example" }),
      })
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
    await stopGatewayBundle(gateway, "SIGTERM");
    expect(gateway.child.exitCode).toBe(0);
  });
});
