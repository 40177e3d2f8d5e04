import type { CspCustomer as CspCustomerRow } from "@support-hub/db";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { CspCustomer } from "./customer.type";

export function toCspCustomer(row: CspCustomerRow): CspCustomer {
  return {
    id: toGlobalId(NodeType.CspCustomer, row.id),
    localId: row.id,
    partnerOrganizationLocalId: row.partnerOrganizationId,
    name: row.name,
    domain: row.domain,
    createdAt: row.createdAt,
  };
}
