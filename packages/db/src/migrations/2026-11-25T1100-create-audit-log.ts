import { sql } from "kysely";
import { checkIn, type MigrationDb, now } from "./migration-helpers";

/** Audit outcomes allowed by this migration (mirrors `AuditOutcome` in `schema/audit-log.table.ts`). */
export const AUDIT_OUTCOMES = ["SUCCEEDED", "REFUSED", "DENIED", "THROTTLED"] as const;

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("request_id", "text", (c) => c.notNull())
    // No foreign keys on purpose: the log must outlive (and never block) changes to what it names.
    .addColumn("actor_user_id", "uuid")
    .addColumn("organization_id", "uuid")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text")
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("detail", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addCheckConstraint("audit_log_outcome_check", checkIn("outcome", AUDIT_OUTCOMES))
    .addCheckConstraint("audit_log_detail_object_check", sql`jsonb_typeof(detail) = 'object'`)
    .execute();
  await db.schema.createIndex("audit_log_org_occurred_idx").on("audit_log").columns(["organization_id", "occurred_at desc"]).execute();
  await db.schema.createIndex("audit_log_actor_occurred_idx").on("audit_log").columns(["actor_user_id", "occurred_at desc"]).execute();
  await db.schema.createIndex("audit_log_request_id_idx").on("audit_log").column("request_id").execute();

  // Append-only, enforced by the database itself: no code path (nor a stray psql session without
  // superuser tricks) can rewrite history.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
    end;
    $$`.execute(db);
  await sql`
    create trigger audit_log_no_update_delete
      before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate
      before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
}
