import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { insertOrganizationWithUser, SQLSTATE, sqlState } from "./test-fixtures";
import { createTestDatabase, type TestDatabase } from "./testing";

// What Kysely's PGliteDialect brings that our own driver did not, and that the write counting
// wrapped around it must pass through: savepoints, and a session freed after a failed transaction.
describe("transactions through the database handle (PGlite: Kysely's PGliteDialect)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const version = () => t.localDataVersion?.() ?? 0;

  it("rolls back to a savepoint and keeps the rest of the transaction, counted as one write", async () => {
    const { organizationId } = await insertOrganizationWithUser(t.db);
    const before = version();
    const trx = await t.db.startTransaction().execute();
    await trx.updateTable("organizations").set({ name: "Kept" }).where("id", "=", organizationId).execute();
    const inner = await trx.savepoint("rename").execute();
    await inner.updateTable("organizations").set({ name: "Undone" }).where("id", "=", organizationId).execute();
    await (await inner.rollbackToSavepoint("rename").execute()).commit().execute();
    const org = await t.db.selectFrom("organizations").select("name").where("id", "=", organizationId).executeTakeFirstOrThrow();
    expect(org.name).toBe("Kept");
    if (t.kind === "pglite") expect(version()).toBe(before + 1);
  });

  it("frees the session after a transaction that failed in SQL, and keeps none of its writes", async () => {
    const { organizationId } = await insertOrganizationWithUser(t.db);
    const failing = t.db.transaction().execute(async (trx) => {
      await trx.updateTable("organizations").set({ name: "Never" }).where("id", "=", organizationId).execute();
      // A duplicate primary key: the statement fails, the transaction rolls back.
      const row = await trx.selectFrom("organizations").selectAll().where("id", "=", organizationId).executeTakeFirstOrThrow();
      await trx.insertInto("organizations").values(row).execute();
    });
    expect(await sqlState(failing)).toBe(SQLSTATE.UNIQUE_VIOLATION);
    const org = await t.db.selectFrom("organizations").select("name").where("id", "=", organizationId).executeTakeFirstOrThrow();
    expect(org.name).not.toBe("Never");
  });

  it("does not count a read-only transaction as a write", async () => {
    const before = version();
    await t.db.transaction().execute((trx) => trx.selectFrom("organizations").select("id").execute());
    expect(version()).toBe(before);
  });
});

// PGlite computes on the event loop's thread: a queue of statements must not keep the loop from
// turning (reading sockets, accepting connections) until the whole queue has run.
describe.runIf(!process.env.DATABASE_URL)("a queue of statements on PGlite", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  /** A statement that takes at least `ms` (pg_sleep never returns early). */
  const slowRead = (ms: number) => () => sql`select pg_sleep(${ms / 1000})`.execute(t.db);

  it("lets the event loop turn between statements once they have run for a while (a turn between any two of 12 that each take longer than that)", async () => {
    const read = slowRead(12);
    let turns = 0;
    let running = true;
    const turn = () => {
      turns += 1;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    const turnsAtEachEnd: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => read().then(() => turnsAtEachEnd.push(turns))));
    running = false;
    // Without the turns, all 12 ended within one run of microtasks: the same count for each.
    for (let i = 1; i < turnsAtEachEnd.length; i++) {
      expect(turnsAtEachEnd[i], `turns before statement ${i + 1} ended`).toBeGreaterThan(turnsAtEachEnd[i - 1] as number);
    }
  });
});
