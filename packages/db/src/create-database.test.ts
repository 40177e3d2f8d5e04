import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationWithUser } from "./test-fixtures";
import { createDatabase } from "./create-database";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("createDatabase / createTestDatabase", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("uses PostgreSQL exactly when DATABASE_URL is set", async () => {
    expect(t.kind).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
    await expect(t.ping()).resolves.toBeUndefined();
    if (t.kind === "postgres") expect(t.databaseName).toMatch(/^sh_test_[0-9a-f]{16}$/);
  });

  it("reads dates as ISO strings, bigint as numbers, timestamps as Dates on both engines", async () => {
    const { rows } = await sql<{ d: string; n: number; ts: Date }>`
      select date '2026-02-28' as d, 9007199254740991::bigint as n, timestamptz '2026-01-01T00:00:00Z' as ts`.execute(t.db);
    expect(rows[0]).toEqual({ d: "2026-02-28", n: 9007199254740991, ts: new Date("2026-01-01T00:00:00Z") });
  });

  it("reports affected rows on both engines", async () => {
    const { organizationId } = await insertOrganizationWithUser(t.db);
    const result = await t.db.updateTable("organizations").set({ name: "Renamed" }).where("id", "=", organizationId).executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
  });

  it("isolates concurrent transactions: one rolling back does not undo another", async () => {
    const { organizationId } = await insertOrganizationWithUser(t.db);
    const failing = t.db.transaction().execute(async (trx) => {
      await trx.updateTable("organizations").set({ name: "from failing" }).where("id", "=", organizationId).execute();
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error("boom");
    });
    const succeeding = t.db.transaction().execute(async (trx) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await trx
        .insertInto("cspCustomers")
        .values({ partnerOrganizationId: organizationId, name: "Kept", domain: "kept.example" })
        .execute();
    });
    await expect(failing).rejects.toThrow("boom");
    await succeeding;
    const org = await t.db.selectFrom("organizations").select("name").where("id", "=", organizationId).executeTakeFirstOrThrow();
    expect(org.name).not.toBe("from failing");
    const kept = await t.db.selectFrom("cspCustomers").select("name").where("partnerOrganizationId", "=", organizationId).execute();
    expect(kept).toEqual([{ name: "Kept" }]);
  });

  // On PostgreSQL this pattern needs a lock; the operations use conditional UPDATEs.
  it.runIf(!process.env.DATABASE_URL)("serializes read-modify-write transactions on PGlite (a pool of one session)", async () => {
    const { organizationId } = await insertOrganizationWithUser(t.db);
    await t.db
      .insertInto("tpdBalances")
      .values({ organizationId, periodStart: "2026-01-01", periodEnd: "2027-01-01", hoursTotal: 100 })
      .execute();
    await Promise.all(
      Array.from({ length: 10 }, () =>
        t.db.transaction().execute(async (trx) => {
          const row = await trx
            .selectFrom("tpdBalances")
            .select("hoursUsed")
            .where("organizationId", "=", organizationId)
            .executeTakeFirstOrThrow();
          await new Promise((resolve) => setTimeout(resolve, 1));
          await trx
            .updateTable("tpdBalances")
            .set({ hoursUsed: row.hoursUsed + 1 })
            .where("organizationId", "=", organizationId)
            .execute();
        }),
      ),
    );
    const after = await t.db
      .selectFrom("tpdBalances")
      .select("hoursUsed")
      .where("organizationId", "=", organizationId)
      .executeTakeFirstOrThrow();
    expect(after.hoursUsed).toBe(10);
  });
});

describe("createTestDatabase on PostgreSQL", () => {
  it.runIf(Boolean(process.env.DATABASE_URL))("drops its database on close", async () => {
    const t = await createTestDatabase();
    const name = t.databaseName;
    await t.close();
    const other = await createTestDatabase();
    try {
      const { rows } = await sql<{ datname: string }>`select datname from pg_database where datname = ${name}`.execute(other.db);
      expect(rows).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe("createDatabase on PostgreSQL", () => {
  it.runIf(Boolean(process.env.DATABASE_URL))(
    "survives the server killing an idle pooled connection, reports it, and reconnects",
    async () => {
      const t = await createTestDatabase();
      const reported: Error[] = [];
      const handle = await createDatabase({ url: t.url ?? "", poolSize: 1, onConnectionError: (error) => reported.push(error) });
      try {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
        const pid = rows[0]?.pid;
        // The connection now sits idle in the pool; kill its backend from another session.
        await sql`select pg_terminate_backend(${pid})`.execute(t.db);
        await expect.poll(() => reported.length, { timeout: 5_000 }).toBe(1);
        expect((reported[0] as Error & { code?: string }).code).toBe("57P01");
        const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
        expect(again.rows[0]?.pid).not.toBe(pid);
      } finally {
        await handle.close();
        await t.close();
      }
    },
  );

  it.runIf(Boolean(process.env.DATABASE_URL))(
    "keeps a pooled connection (its prepared statements and plans) through a pause in traffic, and closes it after idleMs",
    async () => {
      const t = await createTestDatabase();
      const backend = async (db: typeof t.db) => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid;
      const kept = await createDatabase({ url: t.url ?? "", poolSize: 1 });
      const closed = await createDatabase({ url: t.url ?? "", poolSize: 1, timeouts: { idleMs: 200 } });
      try {
        const [keptPid, closedPid] = [await backend(kept.db), await backend(closed.db)];
        // A pause longer than the short idleMs, far shorter than the default.
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect(await backend(kept.db)).toBe(keptPid);
        expect(await backend(closed.db)).not.toBe(closedPid);
      } finally {
        await kept.close();
        await closed.close();
        await t.close();
      }
    },
  );
});
