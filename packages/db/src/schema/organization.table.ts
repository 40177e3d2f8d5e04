import type { CspRelationship } from "@support-hub/domain";
import type { Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, UuidPk } from "./column-types";

/** `organizations`: a partner organization (the tenant), or the program owner's own. */
export interface OrganizationTable {
  id: UuidPk;
  name: string;
  /** Relationship to the cloud reseller program; CHECK-constrained to the domain vocabulary. */
  cspRelationship: CspRelationship;
  createdAt: CreatedAt;
}
export type Organization = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
export type OrganizationUpdate = Updateable<OrganizationTable>;
