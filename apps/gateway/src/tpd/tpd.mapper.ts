import type { TpdBalance as BalanceRow, TpdEngagement as EngagementRow } from "@support-hub/db";
import type { TpdPeriod } from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { TpdBalance, TpdEngagement } from "./tpd.type";

export function toTpdEngagement(row: EngagementRow): TpdEngagement {
  return {
    id: toGlobalId(NodeType.TpdEngagement, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    createdByLocalId: row.createdBy,
    kind: row.kind,
    hours: row.hours,
    description: row.description,
    periodStartsOn: row.periodStart,
    createdAt: row.createdAt,
  };
}

/**
 * The balance of a period: the stored row when hours were already taken, else the entitlement.
 * The total is the larger of both (a mid-year upgrade raises it, the request mutation stores it).
 */
export function toTpdBalance(organizationId: string, period: TpdPeriod, row: BalanceRow | undefined, entitledHours: number): TpdBalance {
  const totalHours = Math.max(row?.hoursTotal ?? 0, entitledHours);
  const usedHours = row?.hoursUsed ?? 0;
  return {
    organizationLocalId: organizationId,
    periodStartsOn: period.startsOn,
    periodEndsOn: row?.periodEnd ?? period.endsOn,
    totalHours,
    usedHours,
    remainingHours: Math.max(0, totalHours - usedHours),
  };
}
