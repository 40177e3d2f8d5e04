import "reflect-metadata";
import net from "node:net";
import { createDatabase, DEMO_USERS, type DatabaseHandle } from "@support-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDevToken } from "../../src/auth";
import { loadConfig } from "../../src/config";
import { type RunningGateway, startGateway } from "../../src/server";

/**
 * A gateway whose PostgreSQL cannot answer, on either engine's test run: a server that accepts TCP
 * and then says nothing (what a frozen PostgreSQL looks like), then a port nobody listens on.
 * The full restart and freeze under load: test/reliability/database-faults.postgres.test.ts.
 */
const config = loadConfig(
  {
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    SANDBOX: "false",
    DB_CONNECT_TIMEOUT_MS: "300",
    DB_ACQUIRE_TIMEOUT_MS: "500",
  },
  { port: 0, host: "127.0.0.1" },
);

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

describe.each([
  ["frozen (accepts TCP, never answers)", true],
  ["down (connection refused)", false],
] as const)("a gateway whose PostgreSQL is %s", (_name, silent) => {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  let database: DatabaseHandle;
  let gateway: RunningGateway;

  beforeAll(async () => {
    const port = await listen(server);
    if (!silent) await new Promise<void>((resolve) => server.close(() => resolve()));
    database = await createDatabase({
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      timeouts: config.databaseTimeouts,
      onConnectionError: () => {},
    });
    gateway = await startGateway({ config, database, today: () => "2026-11-25" });
  });
  afterAll(async () => {
    await gateway?.stop();
    await database?.close();
    for (const socket of sockets) socket.destroy();
    if (silent) server.close();
  });

  it("/readyz answers 503 with Retry-After within a second", async () => {
    const started = performance.now();
    const response = await fetch(`${gateway.url}/readyz`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });

  it("a signed-in request answers 503 SERVICE_UNAVAILABLE with Retry-After and a request id, not a 500", async () => {
    const response = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await signDevToken(config.auth, DEMO_USERS.fabrikamGlobalAdmin.id)}`,
      },
      body: JSON.stringify({ query: "{ viewer { email } }" }),
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 1 });
    expect(body.errors[0]?.extensions.requestId).toBe(response.headers.get("x-request-id"));
    expect(body.errors[0]?.message).not.toMatch(/ECONNREFUSED|timeout|127\.0\.0\.1/); // nothing internal leaks
  });

  it("the process keeps serving what needs no database", async () => {
    const response = await fetch(`${gateway.url}/healthz`);
    expect(response.status).toBe(200);
  });
});
