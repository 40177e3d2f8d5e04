import { sql } from "kysely";
import type { MigrationDb } from "./migration-helpers";

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("rate_limit_buckets")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "timestamptz", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addCheckConstraint("rate_limit_buckets_count_check", sql`count >= 0`)
    .execute();
}
