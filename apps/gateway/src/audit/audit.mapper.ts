import type { AuditLogEntry } from "@support-hub/db";
import { NodeType, toGlobalId } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import type { AuditEntry } from "./audit.type";

/** Recorded target types that name a node type (lowercase, letters only) -> that type. */
const NODE_TYPE_OF_TARGET = new Map<string, NodeType>([
  ...Object.values(NodeType).map((type) => [type.toLowerCase(), type] as const),
  ["incident", NodeType.SupportIncident],
  ["contract", NodeType.SupportContract],
  ["offer", NodeType.MembershipOffer],
  ["customer", NodeType.CspCustomer],
  ["version", NodeType.ProductVersion],
  ["tpd", NodeType.TpdEngagement],
]);

/** A recorded target id as the API shows it: a global ID when it names a node, else as recorded. */
export function targetGlobalId(targetType: string, targetId: string | null): string | null {
  if (targetId === null) return null;
  const type = NODE_TYPE_OF_TARGET.get(targetType.toLowerCase().replace(/[^a-z]/g, ""));
  if (!type) return targetId;
  const valid = type === NodeType.AuditEntry ? /^\d{1,18}$/.test(targetId) : isUuid(targetId);
  return valid ? toGlobalId(type, targetId) : targetId;
}

export function toAuditEntry(row: AuditLogEntry): AuditEntry {
  return {
    id: toGlobalId(NodeType.AuditEntry, row.id),
    actorLocalId: row.actorUserId,
    organizationLocalId: row.organizationId,
    occurredAt: row.occurredAt,
    requestId: row.requestId,
    action: row.action,
    targetType: row.targetType,
    targetId: targetGlobalId(row.targetType, row.targetId),
    outcome: row.outcome,
    detail: row.detail,
  };
}
