/**
 * What `pnpm start` runs: the gateway bundle (`apps/gateway/dist/main.js`) under plain node, on a
 * PGlite folder, migrating and seeding the demo data, with Sandbox and dev tokens (dev defaults).
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GatewayProcess, startGatewayBundle, stopGatewayBundle } from "../support/gateway-bundle";

const GATEWAY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/gateway");

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

  it("hashes documents with node:crypto: a persisted query's sha256 is checked, and sha.js is not bundled", async () => {
    const query = "{ __typename }";
    const send = (sha256Hash: string) =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }).then((response) => response.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>);
    const right = createHash("sha256").update(query).digest("hex");
    const accepted = await send(right);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ __typename: "Query" });
    expect((await send(right.replace(/^./, (c) => (c === "0" ? "1" : "0")))).errors?.[0]?.message).toMatch(/does not match/i);
    // Apollo's own helper looks for node:crypto through `module.require`, which the bundle's
    // CommonJS wrapper lacks: without the build's alias it hashed every document in JavaScript.
    const bundle = await readFile(path.join(GATEWAY_DIR, "dist/main.js"), "utf8");
    expect(bundle).not.toMatch(/node_modules\/sha\.js\//);
  });

  it("ships a source map of our own code only: our frames map to TypeScript, a dependency's stay in the bundle", async () => {
    const [bundle, map] = await Promise.all([
      readFile(path.join(GATEWAY_DIR, "dist/main.js"), "utf8"),
      readFile(path.join(GATEWAY_DIR, "dist/main.js.map"), "utf8"),
    ]);
    const sourceMap = new SourceMap(JSON.parse(map));
    const lines = bundle.split("\n");
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text));
    const ours = sourceMap.findEntry(lineOf("function decodeJsonRow("), 2) as { originalSource?: string };
    expect(ours.originalSource).toMatch(/src\/prefetch\/json-rows\.ts$/);
    // graphql-js, deep inside the node_modules part of the bundle: not mapped (Node then prints
    // the bundle's own position), never stretched from the last mapping of ours before it.
    const dependency = sourceMap.findEntry(lineOf("function executeFields(") + 3, 4) as { originalSource?: string };
    expect(dependency.originalSource).toBeUndefined();
    // Node keeps every mapping once it has formatted a stack: a tenth of what mapping node_modules took.
    expect(map.length).toBeLessThan(1_000_000);
    // Profilers read the full map beside it, which maps that frame to graphql-js; the bundle names only its own map.
    const full = new SourceMap(JSON.parse(await readFile(path.join(GATEWAY_DIR, "dist/main.js.full.map"), "utf8")));
    const mapped = full.findEntry(lineOf("function executeFields(") + 3, 4) as { originalSource?: string };
    expect(mapped.originalSource).toMatch(/node_modules\/graphql\/execution\/execute\.js$/);
    expect(bundle.match(/sourceMappingURL=.*/g)?.at(-1)).toBe("sourceMappingURL=main.js.map");
  });

  it("stops cleanly on SIGTERM (exit code 0)", async () => {
    await stopGatewayBundle(gateway, "SIGTERM");
    expect(gateway.child.exitCode).toBe(0);
  });
});
