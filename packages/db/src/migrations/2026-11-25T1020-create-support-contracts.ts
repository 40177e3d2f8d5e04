import type { ContractKind } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

/** Frozen copy of the domain's contract kinds as of this migration. */
export const CONTRACT_KINDS = ["ON_PREMISES", "CLOUD"] as const satisfies readonly ContractKind[];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("benefit_activations")
    .addColumn("organization_id", "uuid", (c) => c.primaryKey().references("organizations.id"))
    .addColumn("access_id", "text", (c) => c.notNull().unique())
    .addColumn("contract_id", "text", (c) => c.notNull().unique())
    .addColumn("activated_by", "uuid", (c) => c.notNull().references("users.id"))
    .addColumn("activated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("support_contracts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organizations.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("starts_on", "date", (c) => c.notNull())
    .addColumn("ends_on", "date", (c) => c.notNull())
    .addColumn("incidents_total", "integer")
    .addColumn("incidents_remaining", "integer")
    .addColumn("incidents_used", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("support_contracts_kind_check", checkIn("kind", CONTRACT_KINDS))
    .addCheckConstraint("support_contracts_dates_check", sql`ends_on > starts_on`)
    .addCheckConstraint("support_contracts_remaining_nonnegative_check", sql`incidents_remaining >= 0`)
    .addCheckConstraint("support_contracts_used_nonnegative_check", sql`incidents_used >= 0`)
    // Unlimited is "both null"; a limited contract has both.
    .addCheckConstraint("support_contracts_unlimited_check", sql`(incidents_total is null) = (incidents_remaining is null)`)
    // Conservation: what is not remaining has been used (refunds move one back).
    .addCheckConstraint(
      "support_contracts_balance_check",
      sql`incidents_total is null or incidents_remaining + incidents_used = incidents_total`,
    )
    .execute();
  await db.schema.createIndex("support_contracts_organization_id_idx").on("support_contracts").column("organization_id").execute();

  await db.schema
    .createTable("contract_links")
    .addColumn("support_contract_id", "uuid", (c) => c.notNull().references("support_contracts.id"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id"))
    .addColumn("linked_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("contract_links_pkey", ["support_contract_id", "user_id"])
    .execute();
  await db.schema.createIndex("contract_links_user_id_idx").on("contract_links").column("user_id").execute();
}
