// PostgreSQL only: Kysely's statements run as named prepared statements on each pooled connection
// (see postgres-pool.ts), transaction control and DDL stay unnamed, and a statement made stale by
// a change of its table's shape costs one failed query, never a connection that keeps failing.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "./create-database";
import { createTestDatabase, type TestDatabase } from "./testing";

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.runIf(onPostgres)("prepared statements on PostgreSQL", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase({ poolSize: 1 });
  });
  afterEach(() => t.close());

  const preparedTexts = async (db: TestDatabase["db"]) =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map((row) => row.statement);

  it("prepares each distinct query once per connection and reuses it", async () => {
    const count = () =>
      t.db
        .selectFrom("organizations")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
    await count();
    await count();
    await t.db.transaction().execute((trx) => trx.selectFrom("products").select("id").limit(1).execute());
    const texts = await preparedTexts(t.db);
    // One entry for the count however often it ran, one for the select in the transaction.
    expect(texts.filter((text) => text.includes('from "organizations"'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('from "products"'))).toHaveLength(1);
    // Transaction control is never prepared.
    expect(texts.some((text) => /^\s*(begin|commit|rollback)/i.test(text))).toBe(false);
  });

  it("replaces a connection whose prepared statement went stale when its table changed shape", async () => {
    const other = await createDatabase({ url: t.url as string, poolSize: 1 });
    try {
      await sql`create table shape_probe (a int)`.execute(t.db);
      await sql`insert into shape_probe values (1)`.execute(t.db);
      const read = () =>
        t.db
          .selectFrom("shapeProbe" as never)
          .selectAll()
          .execute();
      expect(await read()).toEqual([{ a: 1 }]);
      // Another process migrates: `select *` now has another result type.
      await sql`alter table shape_probe add column b int default 2`.execute(other.db);
      await expect(read()).rejects.toMatchObject({ code: "0A000" });
      // The next query runs on a fresh connection and sees the new shape.
      expect(await read()).toEqual([{ a: 1, b: 2 }]);
    } finally {
      await other.close();
    }
  });
});
