import type { ColumnType, Insertable, Selectable } from "kysely";

/** Outcome of an audited action. */
export const AuditOutcome = {
  /** The action was carried out. */
  SUCCEEDED: "SUCCEEDED",
  /** A business rule refused it (an expected refusal returned to the caller as data). */
  REFUSED: "REFUSED",
  /** The caller was not allowed to do it (authorization). */
  DENIED: "DENIED",
  /** The caller was throttled (rate limit). */
  THROTTLED: "THROTTLED",
} as const;
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

/** A JSON value as stored in a `jsonb` column. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * `audit_log`: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). Written only through
 * `appendAudit`.
 */
export interface AuditLogTable {
  id: ColumnType<number, never, never>;
  occurredAt: ColumnType<Date, Date | string | undefined, never>;
  requestId: string;
  actorUserId: string | null;
  organizationId: string | null;
  /** e.g. `benefits.activate`, `incident.create`. */
  action: string;
  /** e.g. `organization`, `incident`. */
  targetType: string;
  targetId: string | null;
  outcome: AuditOutcome;
  /** Written as a JSON string (see `appendAudit`), read back as an object. */
  detail: ColumnType<JsonObject, string, never>;
}
export type AuditLogEntry = Selectable<AuditLogTable>;
export type NewAuditLogEntry = Insertable<AuditLogTable>;
