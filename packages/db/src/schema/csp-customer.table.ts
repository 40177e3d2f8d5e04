import type { Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, UuidPk } from "./column-types";

/** `csp_customers`: a customer tenant served by a CSP partner organization. */
export interface CspCustomerTable {
  id: UuidPk;
  partnerOrganizationId: string;
  name: string;
  /** The customer tenant's domain; unique per partner. */
  domain: string;
  /**
   * The customer's own organization when it is also known here. CHECK: never the partner itself
   * (a partner's own tenant is never its own customer).
   */
  customerOrganizationId: string | null;
  createdAt: CreatedAt;
}
export type CspCustomer = Selectable<CspCustomerTable>;
export type NewCspCustomer = Insertable<CspCustomerTable>;
export type CspCustomerUpdate = Updateable<CspCustomerTable>;
