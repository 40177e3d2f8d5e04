import { sql } from "kysely";
import type { MigrationDb } from "./migration-helpers";

/**
 * Two rules of issue 13:
 * - an idempotency key is refused for a different request: each keyed row keeps a fingerprint
 *   (hash of the normalized input) next to its key; null on rows from before this migration,
 *   which are replayed as before;
 * - Microsoft 365 incidents are charged to the organization's cloud contract: MICROSOFT_365 may
 *   now name a contract (older Microsoft 365 incidents have none); the contract plans still must,
 *   and the Cloud Solution Provider plan still must not.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("incidents").addColumn("idempotency_fingerprint", "text").execute();
  await db.schema.alterTable("tpd_engagements").addColumn("idempotency_fingerprint", "text").execute();
  await db.schema
    .alterTable("incidents")
    .addCheckConstraint("incidents_fingerprint_needs_key_check", sql`idempotency_fingerprint is null or idempotency_key is not null`)
    .execute();
  await db.schema
    .alterTable("tpd_engagements")
    .addCheckConstraint("tpd_engagements_fingerprint_needs_key_check", sql`idempotency_fingerprint is null or idempotency_key is not null`)
    .execute();

  await db.schema.alterTable("incidents").dropConstraint("incidents_contract_plan_check").execute();
  await db.schema
    .alterTable("incidents")
    .addCheckConstraint(
      "incidents_contract_plan_check",
      sql`(plan_kind not in ('PRODUCT_SUPPORT', 'SIGNATURE_CLOUD') or support_contract_id is not null)
        and (plan_kind <> 'CLOUD_SOLUTION_PROVIDER' or support_contract_id is null)`,
    )
    .execute();
}
