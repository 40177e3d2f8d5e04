import type { AccountKind, CspRelationship, Role } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

// Frozen copies of the domain vocabulary as of this migration (a migration never changes once
// shipped). `vocabulary-drift.test.ts` fails when the domain gains a value no migration allows.
export const CSP_RELATIONSHIPS = ["NONE", "DIRECT", "INDIRECT_RESELLER", "ADVISOR"] as const satisfies readonly CspRelationship[];
export const ACCOUNT_KINDS = ["AAD", "MSA"] as const satisfies readonly AccountKind[];
export const ROLES = [
  "GLOBAL_ADMIN",
  "MPN_PARTNER_ADMIN",
  "ADMIN_AGENT",
  "HELPDESK_AGENT",
  "SALES_AGENT",
  "BILLING_ADMIN",
  "USER_MANAGEMENT_ADMIN",
  "REPORT_VIEWER",
  "SUPPORT_OPERATOR",
] as const satisfies readonly Role[];

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("organizations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("csp_relationship", "text", (c) => c.notNull().defaultTo("NONE"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("organizations_csp_relationship_check", checkIn("csp_relationship", CSP_RELATIONSHIPS))
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("account_kind", "text", (c) => c.notNull())
    .addColumn("organization_id", "uuid", (c) => c.references("organizations.id"))
    .addColumn("mpn_associated", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("csp_associated", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("deleted_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("users_email_lowercase_check", sql`email = lower(email)`)
    .addCheckConstraint("users_account_kind_check", checkIn("account_kind", ACCOUNT_KINDS))
    // A work (AAD) account belongs to its organization; only a personal MSA may stand outside.
    .addCheckConstraint("users_aad_has_organization_check", sql`account_kind = 'MSA' or organization_id is not null`)
    .execute();
  await db.schema.createIndex("users_organization_id_idx").on("users").column("organization_id").execute();

  await db.schema
    .createTable("user_roles")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("granted_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("user_roles_pkey", ["user_id", "role"])
    .addCheckConstraint("user_roles_role_check", checkIn("role", ROLES))
    .execute();
}
