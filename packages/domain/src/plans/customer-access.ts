import { UserErrorCode } from "../errors/user-error-code";
import { isAdminAgent } from "../roles/role-predicates";
import { CspRelationship, ProductFamily, type Role } from "../vocabulary";

/** The actor asking for support plans or creating an incident. */
export interface SupportActor {
  roles: readonly Role[];
  /** Program-associated (not CSP-only): needed for the Microsoft 365 link waiver. */
  mpnAssociated: boolean;
  organizationCspRelationship: CspRelationship;
}

/** The CSP customer a request is for. */
export interface CustomerContext {
  customerId: string;
  /** Whether the actor's organization serves this customer (the gateway looks it up). */
  servedByActorOrganization: boolean;
}

/** Why a request for a customer is refused regardless of plan. */
export const CustomerAccessRefusal = {
  CUSTOMER_NOT_SERVED: UserErrorCode.CUSTOMER_NOT_SERVED,
  NOT_CSP_PARTNER: UserErrorCode.NOT_CSP_PARTNER,
  CSP_INDIRECT_RESELLER: UserErrorCode.CSP_INDIRECT_RESELLER,
  CSP_ADVISOR: UserErrorCode.CSP_ADVISOR,
  MISSING_ADMIN_AGENT_ROLE: UserErrorCode.MISSING_ADMIN_AGENT_ROLE,
} as const;
/** A value of {@link CustomerAccessRefusal}. */
export type CustomerAccessRefusal = (typeof CustomerAccessRefusal)[keyof typeof CustomerAccessRefusal];

/**
 * Whether the actor may open a request of this product family for the customer, or null when
 * allowed (or when the request is for the actor's own organization). Any request for a customer
 * needs the customer to be served by the actor's organization; cloud requests additionally need
 * a DIRECT CSP organization and the ADMIN_AGENT role.
 */
export function checkCustomerAccess(
  actor: SupportActor,
  forCustomer: CustomerContext | null | undefined,
  family: ProductFamily,
): CustomerAccessRefusal | null {
  if (!forCustomer) return null;
  if (!forCustomer.servedByActorOrganization) return CustomerAccessRefusal.CUSTOMER_NOT_SERVED;
  if (family !== ProductFamily.CLOUD) return null;
  switch (actor.organizationCspRelationship) {
    case CspRelationship.NONE:
      return CustomerAccessRefusal.NOT_CSP_PARTNER;
    case CspRelationship.INDIRECT_RESELLER:
      return CustomerAccessRefusal.CSP_INDIRECT_RESELLER;
    case CspRelationship.ADVISOR:
      return CustomerAccessRefusal.CSP_ADVISOR;
    case CspRelationship.DIRECT:
      return isAdminAgent(actor.roles) ? null : CustomerAccessRefusal.MISSING_ADMIN_AGENT_ROLE;
  }
}
