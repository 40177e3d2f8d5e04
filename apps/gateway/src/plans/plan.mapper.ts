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
import type { SupportPlan, SupportPlanListing } from "./plan.type";

export function toSupportPlan(plan: DomainPlan): SupportPlan {
  return {
    supportContractLocalId: plan.contractId,
    kind: plan.kind,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    remainingIncidentCount: plan.remaining,
    isUnlimited: plan.unlimited,
    isConsuming: plan.consumes,
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
