import type { TpdKind } from "@support-hub/domain";
import type { ColumnType, Insertable, Selectable } from "kysely";
import type { CreatedAt, DateColumn, UuidPk } from "./column-types";

/**
 * `tpd_balances`: presales and deployment hours of an organization for one yearly period
 * (primary key: organization + period start). `hours_used` changes only through
 * `consumeTpdHours` / `refundTpdHours`; CHECK `0 <= hours_used <= hours_total`.
 */
export interface TpdBalanceTable {
  organizationId: string;
  periodStart: DateColumn;
  /** Exclusive end of the period (CHECK `period_end > period_start`). */
  periodEnd: DateColumn;
  hoursTotal: number;
  hoursUsed: ColumnType<number, number | undefined, number>;
}
export type TpdBalance = Selectable<TpdBalanceTable>;
export type NewTpdBalance = Insertable<TpdBalanceTable>;

/** `tpd_engagements`: one presales or deployment request; `(created_by, idempotency_key)` unique. */
export interface TpdEngagementTable {
  id: UuidPk;
  organizationId: string;
  /** With `organizationId`, the balance it was paid from (FK). */
  periodStart: DateColumn;
  kind: TpdKind;
  /** CHECK > 0. */
  hours: number;
  description: string;
  createdBy: string;
  idempotencyKey: string | null;
  /** Hash of the normalized input the key was first used with; null without a key or on older rows. */
  idempotencyFingerprint: ColumnType<string | null, string | null | undefined, never>;
  createdAt: CreatedAt;
}
export type TpdEngagement = Selectable<TpdEngagementTable>;
export type NewTpdEngagement = Insertable<TpdEngagementTable>;
