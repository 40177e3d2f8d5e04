import type { OfferLevel } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

/** Frozen copy of the domain's offer levels as of this migration. */
export const OFFER_LEVELS = ["ACTION_PACK", "SILVER", "GOLD"] as const satisfies readonly OfferLevel[];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("membership_offers")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organizations.id"))
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("competency", "text")
    .addColumn("starts_on", "date", (c) => c.notNull())
    .addColumn("ends_on", "date", (c) => c.notNull())
    .addColumn("revoked_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("membership_offers_level_check", checkIn("level", OFFER_LEVELS))
    .addCheckConstraint("membership_offers_dates_check", sql`ends_on > starts_on`)
    // Silver and Gold are earned in a competency; Action Pack has none.
    .addCheckConstraint("membership_offers_competency_check", sql`(level = 'ACTION_PACK') = (competency is null)`)
    .execute();
  await db.schema
    .createIndex("membership_offers_organization_id_idx")
    .on("membership_offers")
    .columns(["organization_id", "starts_on"])
    .execute();

  await db.schema
    .createTable("csp_customers")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("partner_organization_id", "uuid", (c) => c.notNull().references("organizations.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("customer_organization_id", "uuid", (c) => c.references("organizations.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("csp_customers_partner_domain_key", ["partner_organization_id", "domain"])
    // Target of the incidents' composite FK: an incident's customer is a customer of its organization.
    .addUniqueConstraint("csp_customers_partner_id_key", ["partner_organization_id", "id"])
    .addCheckConstraint(
      "csp_customers_not_own_tenant_check",
      sql`customer_organization_id is null or customer_organization_id <> partner_organization_id`,
    )
    .execute();
}
