import type { IncidentEventKind } from "@support-hub/domain";
import type { ColumnType, Insertable, Selectable } from "kysely";
import type { UuidPk } from "./column-types";

/** One field change of an UPDATED event (`changes` is a list of them). */
export interface IncidentFieldChangeJson {
  field: "SEVERITY" | "CONTACT" | "DESCRIPTION";
  from: string;
  to: string;
}

/**
 * `incident_events`: an incident's history, append-only (the timeline). CHECKs: `note` is set
 * exactly on NOTE_ADDED, `changes` exactly on UPDATED; an idempotency key only on a note with an
 * author; `(incident_id, actor_id, idempotency_key)` is unique.
 */
export interface IncidentEventTable {
  id: UuidPk;
  incidentId: string;
  kind: IncidentEventKind;
  /** Who did it; null when unknown (history back-filled from timestamps) or the account is gone. */
  actorId: string | null;
  occurredAt: ColumnType<Date, Date | string | undefined, never>;
  note: string | null;
  changes: ColumnType<IncidentFieldChangeJson[] | null, string | null | undefined, never>;
  idempotencyKey: string | null;
}
export type IncidentEvent = Selectable<IncidentEventTable>;
export type NewIncidentEvent = Insertable<IncidentEventTable>;
