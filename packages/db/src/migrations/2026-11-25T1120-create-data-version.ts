import { sql } from "kysely";
import type { MigrationDb } from "./migration-helpers";

/** Every table whose rows can appear in an API response (rate-limit counters cannot). */
const VERSIONED_TABLES = [
  "organizations",
  "users",
  "user_roles",
  "membership_offers",
  "csp_customers",
  "benefit_activations",
  "support_contracts",
  "contract_links",
  "products",
  "product_versions",
  "incidents",
  "tpd_balances",
  "tpd_engagements",
  "audit_log",
] as const;

/**
 * `data_version`: one row whose number goes up by one with every committed transaction that
 * changed data, whoever wrote it (the gateway, another replica, a seed, psql). The gateway's
 * response cache keys on it, so a cached answer is never served after a change.
 *
 * The bump runs in deferred constraint triggers, i.e. at commit: the row lock it takes is held
 * only while committing (no writer waits on it for a whole transaction, no lock-order deadlock
 * with contract rows), and the new number becomes visible atomically with the data. A
 * transaction-local setting makes it one update per transaction, even for bulk inserts.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("data_version")
    .addColumn("id", "boolean", (c) => c.primaryKey().defaultTo(true))
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(0))
    .addCheckConstraint("data_version_single_row_check", sql`id`)
    .execute();
  await sql`insert into data_version (id, version) values (true, 0)`.execute(db);

  await sql`
    create function bump_data_version() returns trigger language plpgsql as $$
    begin
      if current_setting('support_hub.data_version_bumped', true) is distinct from txid_current()::text then
        perform set_config('support_hub.data_version_bumped', txid_current()::text, true);
        update data_version set version = version + 1 where id;
      end if;
      return null;
    end;
    $$`.execute(db);

  for (const table of VERSIONED_TABLES) {
    await sql`
      create constraint trigger ${sql.id(`${table}_bump_data_version`)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred
        for each row execute function bump_data_version()`.execute(db);
    await sql`
      create trigger ${sql.id(`${table}_truncate_bumps_data_version`)}
        after truncate on ${sql.table(table)}
        for each statement execute function bump_data_version()`.execute(db);
  }
}
