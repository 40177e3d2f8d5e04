import type { CspCustomer as CspCustomerRow } from "@support-hub/db";
import type {
  SupportPlan as DomainPlan,
  SupportPlanListing as DomainListing,
  IsoDate,
  ProductCoverage as DomainCoverage,
} from "@support-hub/domain";
import { toCspCustomer } from "../customers/customer.mapper";
import { toProductCoverage, toProductVersion } from "../products/product.mapper";
import type { VersionContext } from "../products/product.service";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { SupportPlan, SupportPlanListing } from "./plan.type";

/** A contract's global ID (the SupportContract node type), or null. */
export function contractGlobalId(contractId: string | null): string | null {
  return contractId === null ? null : toGlobalId(NodeType.SupportContract, contractId);
}

export function toSupportPlan(plan: DomainPlan): SupportPlan {
  return {
    kind: plan.kind,
    contractId: contractGlobalId(plan.contractId),
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    remaining: plan.remaining,
    unlimited: plan.unlimited,
    consumes: plan.consumes,
  };
}

/** The GraphQL listing of the `supportPlans` query and of a refused `createSupportIncident`. */
export function toSupportPlanListing(
  listing: DomainListing,
  about: { asOf: IsoDate; context: VersionContext; coverage: DomainCoverage; customer: CspCustomerRow | null },
): SupportPlanListing {
  return {
    asOf: about.asOf,
    productVersion: toProductVersion(about.context.version),
    customer: about.customer ? toCspCustomer(about.customer) : null,
    coverage: toProductCoverage(about.coverage, about.asOf),
    available: listing.available.map(toSupportPlan),
    unavailable: listing.unavailable.map((entry) => ({
      plan: toSupportPlan(entry.plan),
      reason: entry.reason,
      message: entry.message,
    })),
    paidPlanSuggestions: listing.paidPlanSuggestions.map((plan) => ({ ...plan })),
  };
}
