import type { TpdKind } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

/** Frozen copy of the domain's TPD kinds as of this migration. */
export const TPD_KINDS = ["PRESALES", "DEPLOYMENT"] as const satisfies readonly TpdKind[];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("tpd_balances")
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organizations.id"))
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("period_end", "date", (c) => c.notNull())
    .addColumn("hours_total", "integer", (c) => c.notNull())
    .addColumn("hours_used", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("tpd_balances_pkey", ["organization_id", "period_start"])
    .addCheckConstraint("tpd_balances_period_check", sql`period_end > period_start`)
    .addCheckConstraint("tpd_balances_total_check", sql`hours_total >= 0`)
    .addCheckConstraint("tpd_balances_used_check", sql`hours_used >= 0 and hours_used <= hours_total`)
    .execute();

  await db.schema
    .createTable("tpd_engagements")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("organization_id", "uuid", (c) => c.notNull())
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("hours", "integer", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.notNull().references("users.id"))
    .addColumn("idempotency_key", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addForeignKeyConstraint("tpd_engagements_balance_fkey", ["organization_id", "period_start"], "tpd_balances", [
      "organization_id",
      "period_start",
    ])
    .addUniqueConstraint("tpd_engagements_created_by_idempotency_key_key", ["created_by", "idempotency_key"])
    .addCheckConstraint("tpd_engagements_kind_check", checkIn("kind", TPD_KINDS))
    .addCheckConstraint("tpd_engagements_hours_check", sql`hours > 0`)
    .execute();
  await db.schema
    .createIndex("tpd_engagements_org_created_idx")
    .on("tpd_engagements")
    .columns(["organization_id", "created_at desc"])
    .execute();
}
