import type { IncidentStatus, PlanKind, Severity } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

/** Frozen copies of the domain vocabulary as of this migration. */
export const PLAN_KINDS = [
  "PRODUCT_SUPPORT",
  "SIGNATURE_CLOUD",
  "MICROSOFT_365",
  "CLOUD_SOLUTION_PROVIDER",
] as const satisfies readonly PlanKind[];
export const SEVERITIES = ["A", "B", "C"] as const satisfies readonly Severity[];
export const INCIDENT_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "WITHDRAWN"] as const satisfies readonly IncidentStatus[];

export async function up(db: MigrationDb): Promise<void> {
  // Human-readable numbers; the demo seed uses 1..999 explicitly, new incidents start at 1001.
  await sql`create sequence incident_number_seq as bigint start with 1001`.execute(db);

  await db.schema
    .createTable("incidents")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("number", "bigint", (c) => c.notNull().unique().defaultTo(sql`nextval('incident_number_seq')`))
    .addColumn("organization_id", "uuid", (c) => c.notNull().references("organizations.id"))
    .addColumn("customer_id", "uuid")
    .addColumn("product_version_id", "uuid", (c) => c.notNull().references("product_versions.id"))
    .addColumn("plan_kind", "text", (c) => c.notNull())
    .addColumn("support_contract_id", "uuid", (c) => c.references("support_contracts.id"))
    .addColumn("consumed", "boolean", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("OPEN"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("contact_phone", "text")
    .addColumn("created_by", "uuid", (c) => c.notNull().references("users.id"))
    .addColumn("idempotency_key", "text")
    .addColumn("refunded", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("resolved_at", "timestamptz")
    .addColumn("withdrawn_at", "timestamptz")
    // The customer must be a CSP customer of the incident's organization (MATCH SIMPLE: skipped
    // when customer_id is null).
    .addForeignKeyConstraint("incidents_customer_fkey", ["organization_id", "customer_id"], "csp_customers", [
      "partner_organization_id",
      "id",
    ])
    .addUniqueConstraint("incidents_created_by_idempotency_key_key", ["created_by", "idempotency_key"])
    .addCheckConstraint("incidents_plan_kind_check", checkIn("plan_kind", PLAN_KINDS))
    .addCheckConstraint("incidents_severity_check", checkIn("severity", SEVERITIES))
    .addCheckConstraint("incidents_status_check", checkIn("status", INCIDENT_STATUSES))
    // Contract plans name their contract; the free plans (Microsoft 365, CSP) have none.
    .addCheckConstraint(
      "incidents_contract_plan_check",
      sql`(plan_kind in ('PRODUCT_SUPPORT', 'SIGNATURE_CLOUD')) = (support_contract_id is not null)`,
    )
    .addCheckConstraint("incidents_consumed_needs_contract_check", sql`not consumed or support_contract_id is not null`)
    .addCheckConstraint("incidents_refund_check", sql`not refunded or (consumed and status = 'WITHDRAWN')`)
    .addCheckConstraint("incidents_resolved_at_check", sql`(status = 'RESOLVED') = (resolved_at is not null)`)
    .addCheckConstraint("incidents_withdrawn_at_check", sql`(status = 'WITHDRAWN') = (withdrawn_at is not null)`)
    .execute();

  await db.schema
    .createIndex("incidents_org_status_created_idx")
    .on("incidents")
    .columns(["organization_id", "status", "created_at desc"])
    .execute();
  await db.schema.createIndex("incidents_org_created_idx").on("incidents").columns(["organization_id", "created_at desc"]).execute();
  await db.schema.createIndex("incidents_product_version_idx").on("incidents").column("product_version_id").execute();
  await db.schema
    .createIndex("incidents_customer_idx")
    .on("incidents")
    .column("customer_id")
    .where(sql.ref("customer_id"), "is not", null)
    .execute();
  await db.schema.createIndex("incidents_created_by_idx").on("incidents").columns(["created_by", "created_at desc"]).execute();
  await db.schema
    .createIndex("incidents_support_contract_idx")
    .on("incidents")
    .column("support_contract_id")
    .where(sql.ref("support_contract_id"), "is not", null)
    .execute();
}
