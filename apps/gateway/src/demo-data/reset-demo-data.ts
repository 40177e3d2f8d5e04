import { type Database, type Kysely, seedDemoData } from "@support-hub/db";
import { sql } from "kysely";

/**
 * Tables a reset keeps: the migration bookkeeping; the data versions (global and per scope), which must only go up; and
 * the audit log, append-only by a database trigger (it has no foreign keys, so it never blocks).
 */
const KEPT_TABLES = new Set(["kysely_migration", "kysely_migration_lock", "data_version", "data_scope_versions", "audit_log"]);

/**
 * Empties every other table in one transaction and seeds the demo data again, as of `today`.
 * The data version is bumped, so no gateway replica serves a cached answer from before.
 */
export async function resetDemoData(
  db: Kysely<Database>,
  options: { today: string },
): Promise<{ truncatedTables: number; insertedRows: number }> {
  const tables = (await db.introspection.getTables())
    .filter((table) => (table.schema ?? "public") === "public" && !table.isView && !KEPT_TABLES.has(table.name))
    .map((table) => table.name);
  await db.transaction().execute(async (trx) => {
    if (tables.length > 0)
      await sql`truncate table ${sql.join(tables.map((name) => sql.table(name)))} restart identity cascade`.execute(trx);
    await sql`update data_version set version = version + 1`.execute(trx);
  });
  const { insertedRows } = await seedDemoData(db, options);
  return { truncatedTables: tables.length, insertedRows };
}
