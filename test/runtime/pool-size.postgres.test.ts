/**
 * PostgreSQL only: `DB_POOL_SIZE` bounds the connections the production bundle opens, under more
 * concurrent requests than that; unset, the bound is `pg`'s 10.
 */
import { DEFAULT_POSTGRES_POOL_SIZE, DEMO_USERS } from "@support-hub/db";
import { createTestDatabase, type TestDatabase } from "@support-hub/db/testing";
import { signDevToken } from "@support-hub/gateway/auth";
import { loadConfig } from "@support-hub/gateway/config";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type GatewayProcess, startGatewayBundle, stopGatewayBundle } from "../support/gateway-bundle";

const auth = loadConfig({ NODE_ENV: "test" }).auth;
// Computed each time (no-cache), and a page size of its own per request: concurrent requests share
// no statement (see SharedStatements), so each needs a connection of its own at the same moment.
const QUERY = `query ($n: Int!) { viewer { organization { name incidents(first: $n) { edges { node { title } } } } } }`;

let database: TestDatabase | undefined;
let gateway: GatewayProcess | undefined;
afterEach(async () => {
  await stopGatewayBundle(gateway);
  await database?.close();
  gateway = undefined;
  database = undefined;
});

/** The most connections the gateway held to its database at once while `concurrent` requests ran. */
async function peakConnections(poolSize: string | undefined, concurrent: number): Promise<{ peak: number; statuses: Set<number> }> {
  database = await createTestDatabase({ seed: true, poolSize: 1 });
  const name = database.databaseName as string;
  gateway = await startGatewayBundle(
    {
      DATABASE_URL: database.url as string,
      SANDBOX: "false",
      LOG_LEVEL: "warn",
      NODE_ENV: "development",
      ...(poolSize === undefined ? {} : { DB_POOL_SIZE: poolSize }),
    },
    { readyTimeoutMs: 30_000 },
  );
  const tokens = await Promise.all(
    [DEMO_USERS.fabrikamGlobalAdmin, DEMO_USERS.contosoGlobalAdmin].map((user) => signDevToken(auth, user.id)),
  );
  const db = database.db;
  // Our own session is excluded: only the gateway's backends on this database count.
  const count = async () =>
    Number(
      (
        await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = ${name} and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(db)
      ).rows[0]?.n,
    );
  let peak = 0;
  let running = true;
  const sampling = (async () => {
    while (running) {
      peak = Math.max(peak, await count());
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const statuses = new Set<number>();
  const url = `${(gateway as GatewayProcess).url}/graphql`;
  for (let wave = 0; wave < 8; wave++) {
    await Promise.all(
      Array.from({ length: concurrent }, async (_, i) => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "cache-control": "no-cache", authorization: `Bearer ${tokens[i % 2]}` },
          body: JSON.stringify({ query: QUERY, variables: { n: 1 + i } }),
        });
        statuses.add(response.status);
        const body = (await response.json()) as { errors?: unknown };
        expect(body.errors).toBeUndefined();
      }),
    );
  }
  running = false;
  await sampling;
  return { peak, statuses };
}

describe("DB_POOL_SIZE", () => {
  it("bounds the gateway's connections: 2 under 30 concurrent requests, every answer 200", async () => {
    const { peak, statuses } = await peakConnections("2", 30);
    expect([...statuses]).toEqual([200]);
    expect(peak).toBeGreaterThanOrEqual(1);
    expect(peak).toBeLessThanOrEqual(2);
  }, 90_000);

  it("unset, the bound is 10, and the same load uses more than 2", async () => {
    expect(DEFAULT_POSTGRES_POOL_SIZE).toBe(10);
    const { peak, statuses } = await peakConnections(undefined, 30);
    expect([...statuses]).toEqual([200]);
    expect(peak).toBeGreaterThan(2);
    expect(peak).toBeLessThanOrEqual(DEFAULT_POSTGRES_POOL_SIZE);
  }, 90_000);

  it("refuses a value that is not a pool size", () => {
    for (const value of ["0", "-3", "ten", "1001"])
      expect(() => loadConfig({ DB_POOL_SIZE: value }), value).toThrow(/DB_POOL_SIZE|positive integer/);
    expect(loadConfig({ DB_POOL_SIZE: "4" }).databasePoolSize).toBe(4);
    expect(loadConfig({}).databasePoolSize).toBe(10);
  });
});
