import type { Organization as OrganizationRow } from "@support-hub/db";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { Organization } from "./organization.type";

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: toGlobalId(NodeType.Organization, row.id),
    localId: row.id,
    name: row.name,
    cspRelationship: row.cspRelationship,
  };
}
