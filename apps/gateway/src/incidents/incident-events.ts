import type { Executor, IncidentFieldChangeJson } from "@support-hub/db";
import type { IncidentEventKind } from "@support-hub/domain";

/** One event to append to an incident's timeline. */
export interface IncidentEventInput {
  incidentId: string;
  kind: IncidentEventKind;
  actorId: string | null;
  /** Defaults to the transaction's `now()` (the same instant as a row's `default now()`). */
  occurredAt?: Date;
  note?: string;
  changes?: IncidentFieldChangeJson[];
  idempotencyKey?: string | null;
}

/**
 * Appends an event to an incident's timeline, inside the caller's transaction: the change and its
 * history commit together or not at all. Every write path of incidents calls this.
 */
export function appendIncidentEvent(trx: Executor, event: IncidentEventInput) {
  return trx
    .insertInto("incidentEvents")
    .values({
      incidentId: event.incidentId,
      kind: event.kind,
      actorId: event.actorId,
      ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
      note: event.note ?? null,
      changes: event.changes ? JSON.stringify(event.changes) : null,
      idempotencyKey: event.idempotencyKey ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
