import { sql } from "kysely";
import type { MigrationDb } from "./migration-helpers";

/**
 * Indexes for incident search and sorting (`SupportIncidentFilter`, `SupportIncidentOrder`).
 *
 * The text query is a case-insensitive substring match (`ILIKE '%...%'`) on title and
 * description: pg_trgm's GIN indexes serve exactly that on PostgreSQL and on PGlite (which
 * bundles the extension; `createDatabase` loads it). pg_trgm is a trusted extension since
 * PostgreSQL 13: a database owner may create it without superuser rights.
 */
export async function up(db: MigrationDb): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index incidents_title_trgm_idx on incidents using gin (title gin_trgm_ops)`.execute(db);
  await sql`create index incidents_description_trgm_idx on incidents using gin (description gin_trgm_ops)`.execute(db);

  // Keyset pages per organization for the other sort orders (CREATED_AT has incidents_org_created_idx).
  await db.schema.createIndex("incidents_org_updated_idx").on("incidents").columns(["organization_id", "updated_at", "id"]).execute();
  await db.schema.createIndex("incidents_org_severity_idx").on("incidents").columns(["organization_id", "severity", "id"]).execute();
  // The operator reads across organizations.
  await db.schema.createIndex("incidents_created_idx").on("incidents").columns(["created_at", "id"]).execute();
  await db.schema.createIndex("incidents_updated_idx").on("incidents").columns(["updated_at", "id"]).execute();
  // Created-at range and plan kind within an organization.
  await db.schema
    .createIndex("incidents_org_plan_kind_idx")
    .on("incidents")
    .columns(["organization_id", "plan_kind", "created_at"])
    .execute();
}
