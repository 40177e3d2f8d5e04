import type { IncidentStatus, PlanKind, Severity } from "@support-hub/domain";
import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";
import type { NullableTimestamp, UuidPk } from "./column-types";

/**
 * `incidents`: a support request.
 *
 * CHECKs: PRODUCT_SUPPORT and SIGNATURE_CLOUD name a contract, MICROSOFT_365 may (older ones have
 * none), CLOUD_SOLUTION_PROVIDER never; only an
 * incident that consumed may be refunded, and only once withdrawn; `resolved_at` is set exactly
 * when RESOLVED, `withdrawn_at` exactly when WITHDRAWN. `(created_by, idempotency_key)` is unique.
 */
export interface IncidentTable {
  id: UuidPk;
  /** From the `incident_number_seq` sequence (starts at 1001; the demo seed uses 1..999). */
  number: ColumnType<number, number | undefined, never>;
  organizationId: string;
  /** The CSP customer the incident is for; must be a customer of `organizationId` (FK). */
  customerId: string | null;
  productVersionId: string;
  planKind: PlanKind;
  supportContractId: string | null;
  /** Whether creating it took one incident from the contract. */
  consumed: boolean;
  severity: Severity;
  status: ColumnType<IncidentStatus, IncidentStatus | undefined, IncidentStatus>;
  title: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  createdBy: string;
  idempotencyKey: string | null;
  /** Hash of the normalized input the key was first used with; null without a key or on older rows. */
  idempotencyFingerprint: ColumnType<string | null, string | null | undefined, never>;
  refunded: ColumnType<boolean, boolean | undefined, boolean>;
  createdAt: ColumnType<Date, Date | string | undefined, never>;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  resolvedAt: NullableTimestamp;
  withdrawnAt: NullableTimestamp;
}
export type Incident = Selectable<IncidentTable>;
export type NewIncident = Insertable<IncidentTable>;
export type IncidentUpdate = Updateable<IncidentTable>;
