import { sql } from "kysely";
import { type MigrationDb, now, randomUuid } from "./migration-helpers";

/**
 * `benefit_years`: one row per benefit year of an organization, each with its own human Contract
 * ID (a renewal draws a new one; the Access ID stays on `benefit_activations`). Support contracts
 * point at the year that issued them.
 *
 * Old data stays valid: every existing activation becomes its year 1 (same Contract ID, starting
 * on the activation day) and the organization's existing contracts are attached to it. A
 * contract without a year (written before this migration by a tool that knows nothing of years)
 * is still allowed: `benefit_year_id` is nullable.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("benefit_years")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("benefit_activations.organization_id"))
    .addColumn("year_number", "integer", (c) => c.notNull())
    // Unique across all organizations and years: a Contract ID names exactly one year.
    .addColumn("contract_id", "text", (c) => c.notNull().unique())
    .addColumn("starts_on", "date", (c) => c.notNull())
    .addColumn("activated_by", "uuid", (c) => c.notNull().references("users.id"))
    .addColumn("activated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("benefit_years_year_number_check", sql`year_number >= 1`)
    // Settles concurrent renewals: two admins issuing the same next year get one row.
    .addUniqueConstraint("benefit_years_organization_year_key", ["organization_id", "year_number"])
    .execute();

  await db.schema
    .alterTable("support_contracts")
    .addColumn("benefit_year_id", "uuid", (c) => c.references("benefit_years.id"))
    .execute();
  await db.schema.createIndex("support_contracts_benefit_year_id_idx").on("support_contracts").column("benefit_year_id").execute();

  await sql`
    insert into benefit_years (organization_id, year_number, contract_id, starts_on, activated_by, activated_at)
    select organization_id, 1, contract_id, (activated_at at time zone 'UTC')::date, activated_by, activated_at
    from benefit_activations`.execute(db);
  await sql`
    update support_contracts c set benefit_year_id = y.id
    from benefit_years y
    where y.organization_id = c.organization_id and y.year_number = 1 and c.benefit_year_id is null`.execute(db);

  // The response cache keys on data_version (see 2026-11-25T1120): this table bumps it too.
  await sql`
    create constraint trigger benefit_years_bump_data_version
      after insert or update or delete on benefit_years
      deferrable initially deferred
      for each row execute function bump_data_version()`.execute(db);
  await sql`
    create trigger benefit_years_truncate_bumps_data_version
      after truncate on benefit_years
      for each statement execute function bump_data_version()`.execute(db);
}
