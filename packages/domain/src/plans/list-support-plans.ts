import { type AccountContract, ContractState, contractState } from "../contracts/contract-state";
import type { ProductCoverage } from "../coverage/product-coverage";
import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { ContractKind, type IsoDate, PlanKind, ProductFamily } from "../vocabulary";
import { type CustomerContext, checkCustomerAccess, type SupportActor } from "./customer-access";
import { type PaidPlan, paidPlansFor } from "./paid-plans";

/** The product of a request, with the flags the plan rules need. */
export interface SupportProduct {
  family: ProductFamily;
  /** Microsoft 365: cloud requests need no link (the MICROSOFT_365 plan). */
  isMicrosoft365: boolean;
  /** Azure: a DIRECT CSP partner's ADMIN_AGENT may use the CLOUD_SOLUTION_PROVIDER plan for its customers. */
  cspEligible: boolean;
}

/** Why a plan cannot pay for this request. */
export const PlanUnavailableReason = {
  WRONG_PRODUCT_KIND: UserErrorCode.WRONG_PRODUCT_KIND,
  CUSTOMER_NOT_SERVED: UserErrorCode.CUSTOMER_NOT_SERVED,
  NOT_CSP_PARTNER: UserErrorCode.NOT_CSP_PARTNER,
  CSP_INDIRECT_RESELLER: UserErrorCode.CSP_INDIRECT_RESELLER,
  CSP_ADVISOR: UserErrorCode.CSP_ADVISOR,
  MISSING_ADMIN_AGENT_ROLE: UserErrorCode.MISSING_ADMIN_AGENT_ROLE,
  CONTRACT_EXPIRED: UserErrorCode.CONTRACT_EXPIRED,
  CONTRACT_NOT_STARTED: UserErrorCode.CONTRACT_NOT_STARTED,
  NO_INCIDENTS_REMAINING: UserErrorCode.NO_INCIDENTS_REMAINING,
  VERSION_NOT_COVERED: UserErrorCode.VERSION_NOT_COVERED,
  NOT_LINKED: UserErrorCode.NOT_LINKED,
} as const;
/** A value of {@link PlanUnavailableReason}. */
export type PlanUnavailableReason = (typeof PlanUnavailableReason)[keyof typeof PlanUnavailableReason];

/** A support plan as listed for an account and product. */
export interface SupportPlan {
  kind: PlanKind;
  /** null for plans without a contract (MICROSOFT_365, CLOUD_SOLUTION_PROVIDER). */
  contractId: string | null;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  /** Incidents left; null when unlimited. */
  remaining: number | null;
  unlimited: boolean;
  /** Whether an incident uses up (or, for unlimited contracts, counts against) the plan. */
  consumes: boolean;
}

/** A plan that can pay for the request. */
export type AvailablePlan = SupportPlan;

/** A plan that cannot pay for the request, and why. */
export interface UnavailablePlan {
  plan: SupportPlan;
  reason: PlanUnavailableReason;
  message: string;
}

/** Input of {@link listSupportPlans}. */
export interface ListSupportPlansInput {
  product: SupportProduct;
  /** Coverage of the requested version on `asOf` (see productCoverage). */
  coverage: ProductCoverage;
  asOf: IsoDate;
  /** The contracts this account can see: its organization's and those it linked. */
  contracts: readonly AccountContract[];
  /** The CSP customer the request is for; null or absent for the actor's own organization. */
  forCustomer?: CustomerContext | null;
  actor: SupportActor;
}

/** Plans for an account and a product. */
export interface SupportPlanListing {
  /** Best first (the plan decideIncidentPlan picks by default). */
  available: AvailablePlan[];
  unavailable: UnavailablePlan[];
  /** Paid plans to point to; empty unless nothing is available. */
  paidPlanSuggestions: PaidPlan[];
}

const KIND_ORDER: readonly PlanKind[] = [
  PlanKind.MICROSOFT_365,
  PlanKind.CLOUD_SOLUTION_PROVIDER,
  PlanKind.PRODUCT_SUPPORT,
  PlanKind.SIGNATURE_CLOUD,
];

/**
 * Deterministic preference: plans that consume nothing, then the contract that ends first (use
 * it before it lapses), then unlimited over limited, then fewer remaining, then contract id.
 */
export function comparePlans(a: SupportPlan, b: SupportPlan): number {
  if (a.consumes !== b.consumes) return a.consumes ? 1 : -1;
  const kind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (!a.consumes && kind !== 0) return kind;
  const aEnd = a.endsOn ?? "9999-12-31";
  const bEnd = b.endsOn ?? "9999-12-31";
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  if (a.unlimited !== b.unlimited) return a.unlimited ? -1 : 1;
  if (a.remaining !== b.remaining) return (a.remaining ?? 0) - (b.remaining ?? 0);
  if (kind !== 0) return kind;
  const aId = a.contractId ?? "";
  const bId = b.contractId ?? "";
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

function planOfContract(contract: AccountContract): SupportPlan {
  return {
    kind: contract.kind === ContractKind.ON_PREMISES ? PlanKind.PRODUCT_SUPPORT : PlanKind.SIGNATURE_CLOUD,
    contractId: contract.contractId,
    startsOn: contract.startsOn,
    endsOn: contract.endsOn,
    remaining: contract.incidentsRemaining,
    unlimited: contract.incidentsRemaining === null,
    consumes: true,
  };
}

function freePlan(kind: PlanKind): SupportPlan {
  return { kind, contractId: null, startsOn: null, endsOn: null, remaining: null, unlimited: true, consumes: false };
}

/** The product family a contract kind may pay for. */
function familyOf(kind: ContractKind): ProductFamily {
  return kind === ContractKind.ON_PREMISES ? ProductFamily.ON_PREMISES : ProductFamily.CLOUD;
}

/**
 * Why one contract cannot pay, or null. Order: reasons no user action can fix come first, and
 * NOT_LINKED last, because linking only helps once everything else is fine.
 */
function contractUnavailability(
  contract: AccountContract,
  input: ListSupportPlansInput,
): { reason: PlanUnavailableReason; message: string } | null {
  const { product, coverage, asOf, actor, forCustomer } = input;
  if (familyOf(contract.kind) !== product.family) return reasonWithDefault(PlanUnavailableReason.WRONG_PRODUCT_KIND);
  const access = checkCustomerAccess(actor, forCustomer, product.family);
  if (access) return reasonWithDefault(access);
  switch (contractState(contract, asOf)) {
    case ContractState.EXPIRED:
      return {
        reason: PlanUnavailableReason.CONTRACT_EXPIRED,
        message: `The support contract expired on ${contract.endsOn}`,
      };
    case ContractState.NOT_STARTED:
      return {
        reason: PlanUnavailableReason.CONTRACT_NOT_STARTED,
        message: `The support contract starts on ${contract.startsOn}`,
      };
    case ContractState.EXHAUSTED:
      return reasonWithDefault(PlanUnavailableReason.NO_INCIDENTS_REMAINING);
    case ContractState.ACTIVE:
      break;
  }
  if (product.family === ProductFamily.ON_PREMISES && !coverage.covered) {
    return { reason: PlanUnavailableReason.VERSION_NOT_COVERED, message: coverage.message };
  }
  if (!contract.linked) return reasonWithDefault(PlanUnavailableReason.NOT_LINKED);
  return null;
}

function reasonWithDefault(reason: PlanUnavailableReason): { reason: PlanUnavailableReason; message: string } {
  return { reason, message: USER_ERROR_MESSAGES[reason] };
}

/**
 * The available and unavailable support plans for an account, a product version and an
 * optional CSP customer. MICROSOFT_365 is listed for Microsoft 365 products, and
 * CLOUD_SOLUTION_PROVIDER for CSP-eligible (Azure) requests for a customer; both need no
 * contract and consume nothing. Paid plans are suggested only when nothing is available.
 */
export function listSupportPlans(input: ListSupportPlansInput): SupportPlanListing {
  const { product, actor, forCustomer } = input;
  const available: AvailablePlan[] = [];
  const unavailable: UnavailablePlan[] = [];
  const isCloud = product.family === ProductFamily.CLOUD;

  const freeKinds: PlanKind[] = [];
  if (isCloud && product.isMicrosoft365) freeKinds.push(PlanKind.MICROSOFT_365);
  if (isCloud && product.cspEligible && forCustomer) freeKinds.push(PlanKind.CLOUD_SOLUTION_PROVIDER);
  for (const kind of freeKinds) {
    const access = checkCustomerAccess(actor, forCustomer, product.family);
    if (access) unavailable.push({ plan: freePlan(kind), ...reasonWithDefault(access) });
    else available.push(freePlan(kind));
  }

  for (const contract of input.contracts) {
    const problem = contractUnavailability(contract, input);
    if (problem) unavailable.push({ plan: planOfContract(contract), ...problem });
    else available.push(planOfContract(contract));
  }

  available.sort(comparePlans);
  unavailable.sort((a, b) => comparePlans(a.plan, b.plan));
  return {
    available,
    unavailable,
    paidPlanSuggestions: available.length === 0 ? paidPlansFor(product.family) : [],
  };
}
