import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { checkCustomerAccess } from "../plans/customer-access";
import {
  type ListSupportPlansInput,
  listSupportPlans,
  PlanUnavailableReason,
  type SupportPlan,
  type SupportPlanListing,
  type SupportProduct,
} from "../plans/list-support-plans";
import { PlanKind, ProductFamily } from "../vocabulary";

/** Why an incident cannot be created. */
export const IncidentRefusal = {
  ...PlanUnavailableReason,
  UNKNOWN_VERSION: UserErrorCode.UNKNOWN_VERSION,
  NO_SUPPORT_PLAN: UserErrorCode.NO_SUPPORT_PLAN,
  REQUESTED_PLAN_NOT_FOUND: UserErrorCode.REQUESTED_PLAN_NOT_FOUND,
} as const;
/** A value of {@link IncidentRefusal}. */
export type IncidentRefusal = (typeof IncidentRefusal)[keyof typeof IncidentRefusal];

/** The plan an allowed incident is charged to. */
export interface IncidentPlan {
  kind: PlanKind;
  contractId: string | null;
  /** When true, creating the incident takes one incident from the contract, atomically. */
  consumes: boolean;
}

/** Input of {@link decideIncidentPlan}. */
export interface DecideIncidentPlanInput extends ListSupportPlansInput {
  /** An explicit choice by the requester; without it the best available plan is picked. */
  requested?: { contractId?: string | null; planKind?: PlanKind | null } | null;
}

/**
 * Whether an incident may be created, and on which plan. A refusal carries the listing it was
 * decided on, so a client can show the unavailable plans and paid suggestions at once.
 */
export type IncidentPlanDecision =
  | { outcome: "ALLOWED"; plan: IncidentPlan }
  | { outcome: "REFUSED"; reason: IncidentRefusal; message: string; listing: SupportPlanListing };

/** True when a plan kind can ever pay for this product. */
function planKindFits(kind: PlanKind, product: SupportProduct): boolean {
  switch (kind) {
    case PlanKind.PRODUCT_SUPPORT:
      return product.family === ProductFamily.ON_PREMISES;
    case PlanKind.SIGNATURE_CLOUD:
      return product.family === ProductFamily.CLOUD;
    case PlanKind.MICROSOFT_365:
      return product.family === ProductFamily.CLOUD && product.isMicrosoft365;
    case PlanKind.CLOUD_SOLUTION_PROVIDER:
      return product.family === ProductFamily.CLOUD && product.cspEligible;
  }
}

/** When nothing is available, the reason most worth telling: the one the user can act on first. */
const FALLBACK_PRIORITY: readonly IncidentRefusal[] = [
  IncidentRefusal.NOT_LINKED,
  IncidentRefusal.NO_INCIDENTS_REMAINING,
  IncidentRefusal.CONTRACT_NOT_STARTED,
  IncidentRefusal.CONTRACT_EXPIRED,
  IncidentRefusal.NOT_AUTHORIZED,
  IncidentRefusal.BENEFITS_NOT_ACTIVATED,
  // The real reason an Action Pack organization cannot open a cloud request, before the
  // WRONG_PRODUCT_KIND of its on-premises contract.
  IncidentRefusal.NOT_ENTITLED,
  IncidentRefusal.WRONG_PRODUCT_KIND,
];

function toIncidentPlan(plan: SupportPlan): IncidentPlan {
  return { kind: plan.kind, contractId: plan.contractId, consumes: plan.consumes };
}

function refused(
  listing: SupportPlanListing,
  reason: IncidentRefusal,
  message: string = USER_ERROR_MESSAGES[reason],
): IncidentPlanDecision {
  return { outcome: "REFUSED", reason, message, listing };
}

/**
 * Decide whether an incident may be created and which plan pays. Request-level refusals come
 * first (customer access, version coverage); then the explicitly requested plan, or else the
 * first available plan in {@link listSupportPlans} order (consumes-nothing plans, then the
 * contract ending first).
 */
export function decideIncidentPlan(input: DecideIncidentPlanInput): IncidentPlanDecision {
  const { product, coverage, actor, forCustomer, requested } = input;
  const listing = listSupportPlans(input);
  const access = checkCustomerAccess(actor, forCustomer, product.family);
  if (access) return refused(listing, access);
  if (product.family === ProductFamily.ON_PREMISES && !coverage.covered) {
    return coverage.reason === "UNKNOWN_VERSION"
      ? refused(listing, IncidentRefusal.UNKNOWN_VERSION, coverage.message)
      : refused(listing, IncidentRefusal.VERSION_NOT_COVERED, coverage.message);
  }

  const wantedContract = requested?.contractId ?? null;
  const wantedKind = requested?.planKind ?? null;
  if (wantedContract !== null || wantedKind !== null) {
    if (wantedKind !== null && !planKindFits(wantedKind, product)) {
      return refused(listing, IncidentRefusal.WRONG_PRODUCT_KIND);
    }
    const matches = (plan: SupportPlan) =>
      (wantedContract === null || plan.contractId === wantedContract) && (wantedKind === null || plan.kind === wantedKind);
    const chosen = listing.available.find(matches);
    if (chosen) return { outcome: "ALLOWED", plan: toIncidentPlan(chosen) };
    const blocked = listing.unavailable.find((entry) => matches(entry.plan));
    if (blocked) return refused(listing, blocked.reason, blocked.message);
    return refused(listing, IncidentRefusal.REQUESTED_PLAN_NOT_FOUND);
  }

  const best = listing.available[0];
  if (best) return { outcome: "ALLOWED", plan: toIncidentPlan(best) };
  for (const reason of FALLBACK_PRIORITY) {
    const entry = listing.unavailable.find((candidate) => candidate.reason === reason);
    if (entry) return refused(listing, entry.reason, entry.message);
  }
  return refused(listing, IncidentRefusal.NO_SUPPORT_PLAN);
}
