import net from "node:net";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type CreateDatabaseOptions, type DatabaseHandle } from "./create-database";
import { isDatabaseUnavailableError } from "./database-unavailable";
import { createTestDatabase, type TestDatabase } from "./testing";

const onPostgres = Boolean(process.env.DATABASE_URL);

/** The error `work` rejects with (fails the test if it resolves). */
async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => expect.fail("expected the database call to fail"),
    (error: unknown) => error,
  );
}

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const quiet: Pick<CreateDatabaseOptions, "onConnectionError"> = { onConnectionError: () => {} };

describe("isDatabaseUnavailableError: errors of the real libraries", () => {
  it("a refused connection (ECONNREFUSED) is an outage", async () => {
    const handle = await createDatabase({ url: `postgres://postgres@127.0.0.1:${await closedPort()}/postgres`, ...quiet });
    try {
      const error = await failure(handle.ping());
      expect(isDatabaseUnavailableError(error)).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it("a server that accepts TCP but never answers hits the connect and the acquire timeouts", async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket)); // like a frozen postmaster
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const handle = await createDatabase({
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      poolSize: 1,
      // The acquire timeout is well inside the connect timeout, so the waiting request always gives
      // up first even on a loaded machine (with them close, it could get the freed slot instead).
      timeouts: { connectMs: 1_000, acquireMs: 200 },
      ...quiet,
    });
    try {
      const started = Date.now();
      // The first opens the only connection (connect timeout); the second waits for it (acquire timeout).
      const [connecting, waiting] = await Promise.all([failure(handle.ping()), failure(handle.ping())]);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect((connecting as Error).message).toMatch(/timeout/);
      expect((waiting as Error).message).toBe("timeout exceeded when trying to connect");
      expect(isDatabaseUnavailableError(connecting)).toBe(true);
      expect(isDatabaseUnavailableError(waiting)).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await handle.close();
    }
  });
});

describe("isDatabaseUnavailableError on this engine (PGlite, or PostgreSQL with DATABASE_URL)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.close());

  it("a bad query is not an outage", async () => {
    expect(isDatabaseUnavailableError(await failure(sql`selec 1`.execute(t.db)))).toBe(false);
    expect(isDatabaseUnavailableError(await failure(sql`select 1 / 0`.execute(t.db)))).toBe(false);
    expect(isDatabaseUnavailableError(await failure(sql`select * from no_such_table`.execute(t.db)))).toBe(false);
  });

  it("a query after the database was closed (the gateway shutting down) is an outage", async () => {
    await t.close();
    expect(isDatabaseUnavailableError(await failure(t.ping()))).toBe(true);
  });
});

describe("isDatabaseUnavailableError: codes and wrappers", () => {
  const databaseError = (code: string) => Object.assign(new pg.DatabaseError("from the server", 0, "error"), { code });

  it("knows the SQLSTATEs of shutdown, restart, timeouts and connection exceptions", () => {
    for (const code of ["57P01", "57P02", "57P03", "57014", "25P03", "53300", "08006", "08001", "08000"]) {
      expect(isDatabaseUnavailableError(databaseError(code)), code).toBe(true);
    }
    for (const code of ["23505", "40001", "42601", "22012", "P0001", "XX000"]) {
      expect(isDatabaseUnavailableError(databaseError(code)), code).toBe(false);
    }
  });

  it("looks through cause, originalError (GraphQL) and AggregateError (several addresses)", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailableError(new Error("wrapped", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("located"), { originalError: databaseError("57P01") }))).toBe(true);
    expect(isDatabaseUnavailableError(new AggregateError([refused, refused]))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("Client was closed and is not queryable"))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailableError(undefined)).toBe(false);
    expect(isDatabaseUnavailableError("Connection terminated")).toBe(false);
  });
});

describe.runIf(onPostgres)("a pool on PostgreSQL under faults", () => {
  let t: TestDatabase;
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(async () => {
    await handle?.close();
    await t?.close();
  });

  async function open(options: Partial<CreateDatabaseOptions>, reported: Error[] = []) {
    await handle?.close();
    handle = await createDatabase({ url: t.url ?? "", onConnectionError: (error) => reported.push(error), ...options });
    return handle;
  }
  const backendPid = async (db: DatabaseHandle["db"]) =>
    (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid;

  it("statement timeout (server side): 57014, and the connection stays usable", async () => {
    const { db } = await open({ poolSize: 1, timeouts: { statementMs: 100, queryMs: 0 } });
    const pid = await backendPid(db);
    const error = await failure(sql`select pg_sleep(2)`.execute(db));
    expect((error as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnavailableError(error)).toBe(true);
    expect(await backendPid(db)).toBe(pid);
  });

  it("query timeout (client side): the stuck connection is discarded and the next query gets a new one", async () => {
    const { db } = await open({ poolSize: 1, timeouts: { statementMs: 0, queryMs: 200 } });
    const pid = await backendPid(db);
    const started = Date.now();
    const error = await failure(sql`select pg_sleep(3)`.execute(db));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((error as Error).message).toBe("Query read timeout");
    expect(isDatabaseUnavailableError(error)).toBe(true);
    const next = await backendPid(db); // not queued behind the abandoned pg_sleep(3)
    expect(next).not.toBe(pid);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("idle in transaction timeout: the server ends the session, the next statement fails as an outage", async () => {
    const reported: Error[] = [];
    const { db } = await open({ poolSize: 1, timeouts: { idleInTransactionMs: 100 } }, reported);
    const error = await failure(
      db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 500));
        await sql`select 2`.execute(trx);
      }),
    );
    expect(isDatabaseUnavailableError(error)).toBe(true);
    expect(reported.length).toBeGreaterThan(0);
    await expect(backendPid(db)).resolves.toBeTypeOf("number");
  });

  it("a connection killed while checked out, mid-transaction, is reported and does not crash the process", async () => {
    const reported: Error[] = [];
    const { db } = await open({ poolSize: 1 }, reported);
    const error = await failure(
      db.transaction().execute(async (trx) => {
        const pid = await backendPid(trx);
        await sql`select pg_terminate_backend(${pid})`.execute(t.db);
        // Between two statements the client has no query to fail: it emits 'error' (57P01).
        await expect.poll(() => reported.length, { timeout: 5_000 }).toBeGreaterThan(0);
        await sql`select 2`.execute(trx);
      }),
    );
    expect((reported[0] as Error & { code?: string }).code).toBe("57P01");
    expect(isDatabaseUnavailableError(error)).toBe(true);
    await expect(backendPid(db)).resolves.toBeTypeOf("number"); // the pool opened a new connection
  });
});
