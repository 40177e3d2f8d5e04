import type { AuditLogEntry, AuditOutcome, JsonObject } from "../schema/audit-log.table";
import type { Executor } from "./executor";

/** What {@link appendAudit} records. */
export interface AuditEntryInput {
  requestId: string;
  actorUserId?: string | null;
  organizationId?: string | null;
  /** Dotted verb, e.g. `benefits.activate`, `contract.link`, `incident.create`. */
  action: string;
  targetType: string;
  targetId?: string | null;
  outcome: AuditOutcome;
  /** Free-form facts (never secrets); stored as `jsonb`. */
  detail?: JsonObject;
}

/**
 * Appends one entry to the audit log and returns it. The log is append-only (a trigger refuses
 * UPDATE/DELETE/TRUNCATE); this is the only writer. Call it in the transaction of the change it
 * records so both commit or neither; record refusals too (in their own short transaction).
 */
export async function appendAudit(trx: Executor, entry: AuditEntryInput): Promise<AuditLogEntry> {
  return trx
    .insertInto("auditLog")
    .values({
      requestId: entry.requestId,
      actorUserId: entry.actorUserId ?? null,
      organizationId: entry.organizationId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome,
      // A string, not the object: `pg` would turn a top-level array into a PostgreSQL array.
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
