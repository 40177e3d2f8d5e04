import type { IncidentEventKind } from "@support-hub/domain";
import { sql } from "kysely";
import { checkIn, type MigrationDb, now, randomUuid } from "./migration-helpers";

/** Frozen copy of the domain vocabulary as of this migration. */
export const INCIDENT_EVENT_KINDS = [
  "CREATED",
  "WORK_STARTED",
  "RESOLVED",
  "WITHDRAWN",
  "NOTE_ADDED",
  "UPDATED",
] as const satisfies readonly IncidentEventKind[];

/**
 * `incident_events`: an incident's history (`SupportIncident.timeline`), one row per event,
 * append-only. Existing incidents get their history back-filled from their own timestamps:
 * CREATED at `created_at` by the requester; WORK_STARTED at `updated_at` for incidents still
 * IN_PROGRESS (nothing else changed them before events existed); RESOLVED and WITHDRAWN at
 * `resolved_at` / `withdrawn_at`, by an unknown actor (null: nobody recorded who).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("incident_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(randomUuid))
    .addColumn("incident_id", "uuid", (c) => c.notNull().references("incidents.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id"))
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("note", "text")
    .addColumn("changes", "jsonb")
    .addColumn("idempotency_key", "text")
    .addCheckConstraint("incident_events_kind_check", checkIn("kind", INCIDENT_EVENT_KINDS))
    .addCheckConstraint("incident_events_note_check", sql`(kind = 'NOTE_ADDED') = (note is not null)`)
    .addCheckConstraint("incident_events_changes_check", sql`(kind = 'UPDATED') = (changes is not null)`)
    .addCheckConstraint("incident_events_key_check", sql`idempotency_key is null or (kind = 'NOTE_ADDED' and actor_id is not null)`)
    // A repeated note (same author, incident and key) is found, never inserted twice.
    .addUniqueConstraint("incident_events_note_key_key", ["incident_id", "actor_id", "idempotency_key"])
    .execute();
  // The timeline reads one incident's events in (occurred_at, id) order, keyset-paginated.
  await db.schema.createIndex("incident_events_incident_idx").on("incident_events").columns(["incident_id", "occurred_at", "id"]).execute();
  await db.schema
    .createIndex("incident_events_actor_idx")
    .on("incident_events")
    .column("actor_id")
    .where(sql.ref("actor_id"), "is not", null)
    .execute();

  await sql`
    insert into incident_events (incident_id, kind, actor_id, occurred_at)
    select id, 'CREATED', created_by, created_at from incidents
    union all
    select id, 'WORK_STARTED', null, updated_at from incidents where status = 'IN_PROGRESS'
    union all
    select id, 'RESOLVED', null, resolved_at from incidents where resolved_at is not null
    union all
    select id, 'WITHDRAWN', null, withdrawn_at from incidents where withdrawn_at is not null`.execute(db);

  // Rows of this table appear in API responses: the response cache must see its writes.
  await sql`
    create constraint trigger incident_events_bump_data_version
      after insert or update or delete on incident_events
      deferrable initially deferred
      for each row execute function bump_data_version()`.execute(db);
  await sql`
    create trigger incident_events_truncate_bumps_data_version
      after truncate on incident_events
      for each statement execute function bump_data_version()`.execute(db);
}
