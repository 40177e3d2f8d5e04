import type { Incident as IncidentRow, ProductVersion as ProductVersionRow, User as UserRow } from "@support-hub/db";
import { toProductVersion } from "../products/product.mapper";
import { NodeType, toGlobalId } from "../relay/global-id";
import { toUser } from "../users/user.mapper";
import { SupportIncident } from "./incident.type";

/** Human-readable incident number: `SR-` and at least four digits (`SR-0007`, `SR-1001`). */
export function incidentNumber(number: number): string {
  return `SR-${String(number).padStart(4, "0")}`;
}

/**
 * Returns a `SupportIncident` instance (not a plain object): type-graphql converts the root of every
 * field resolver to its class, and an instance passes through as is instead of being copied per
 * field (4 field resolvers x 100 incidents per page).
 */
export function toSupportIncident(row: IncidentRow): SupportIncident {
  return new SupportIncident({
    id: toGlobalId(NodeType.SupportIncident, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    customerLocalId: row.customerId,
    productVersionLocalId: row.productVersionId,
    createdByLocalId: row.createdBy,
    supportContractLocalId: row.supportContractId,
    number: incidentNumber(row.number),
    sequenceNumber: row.number,
    title: row.title,
    description: row.description,
    severity: row.severity,
    status: row.status,
    planKind: row.planKind,
    wasConsumed: row.consumed,
    isRefunded: row.refunded,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    resolvedAt: row.resolvedAt,
    withdrawnAt: row.withdrawnAt,
    preloaded: undefined,
  });
}

/**
 * The rows read beside an incident (by its page's joins or its node statement) as what its
 * `productVersion` and `createdBy` resolvers answer: a deleted creator is null. A row not read is
 * left to the resolver's loader.
 */
export function toPreloaded(related: { productVersion?: ProductVersionRow; createdBy?: UserRow }): SupportIncident["preloaded"] {
  const { productVersion, createdBy } = related;
  return {
    ...(productVersion ? { productVersion: toProductVersion(productVersion) } : {}),
    ...(createdBy ? { createdBy: createdBy.deletedAt ? null : toUser(createdBy) } : {}),
  };
}
