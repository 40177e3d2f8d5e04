import { sql } from "kysely";
import type { TestGateway } from "./test-gateway";

/**
 * Makes the gateway's statements that read `table` wait until the returned function is called
 * (which resolves once the hold has ended): on PostgreSQL an exclusive lock on the table from
 * another session; on PGlite (one session) an open transaction, which queues every statement.
 */
export async function holdTable(
  database: TestGateway["database"],
  table: "incidents" | "users" | "organizations",
): Promise<() => Promise<void>> {
  const { db, kind } = database;
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = () => {};
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const done =
    kind === "pglite"
      ? db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          held();
          await released;
        })
      : db.connection().execute(async (connection) => {
          await sql`begin`.execute(connection);
          await sql`lock table ${sql.table(table)} in access exclusive mode`.execute(connection);
          held();
          await released;
          await sql`rollback`.execute(connection);
        });
  await holding;
  return async () => {
    release();
    await done;
  };
}

/** PostgreSQL: statements of this database waiting on a lock whose text matches `pattern` (SQL LIKE). */
export async function statementsWaitingOnLock(database: TestGateway["database"], pattern: string): Promise<number | undefined> {
  const blocked = await sql<{ waiting: number }>`
    select count(*)::int as waiting from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock' and query like ${pattern}`.execute(database.db);
  return blocked.rows[0]?.waiting;
}
