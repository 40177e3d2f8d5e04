import type { ProductFamily } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

/** Frozen copy of the domain's product families as of this migration. */
export const PRODUCT_FAMILIES = ["ON_PREMISES", "CLOUD"] as const satisfies readonly ProductFamily[];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("products")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("family", "text", (c) => c.notNull())
    .addColumn("is_microsoft_365", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("csp_plan_eligible", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("products_family_check", checkIn("family", PRODUCT_FAMILIES))
    .addCheckConstraint("products_key_format_check", sql`key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
    .addCheckConstraint("products_microsoft_365_is_cloud_check", sql`not is_microsoft_365 or family = 'CLOUD'`)
    .addCheckConstraint("products_csp_plan_is_cloud_check", sql`not csp_plan_eligible or family = 'CLOUD'`)
    .execute();

  await db.schema
    .createTable("product_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("product_id", "uuid", (c) => c.notNull().references("products.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("released_on", "date", (c) => c.notNull())
    .addColumn("mainstream_end_on", "date")
    .addColumn("extended_end_on", "date")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("product_versions_product_name_key", ["product_id", "name"])
    .addCheckConstraint(
      "product_versions_lifecycle_check",
      sql`(mainstream_end_on is null or mainstream_end_on > released_on)
        and (extended_end_on is null or extended_end_on >= coalesce(mainstream_end_on, released_on))`,
    )
    .execute();
}
