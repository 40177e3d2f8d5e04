import { type AccountContract, ContractState, contractState } from "../contracts/contract-state";
import type { ProductCoverage } from "../coverage/product-coverage";
import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { ContractKind, type IsoDate, PlanKind, ProductFamily } from "../vocabulary";
import { type CustomerContext, checkCustomerAccess, type SupportActor } from "./customer-access";
import { type PaidPlan, paidPlansFor } from "./paid-plans";

/** The product of a request, with the flags the plan rules need. */
export interface SupportProduct {
  family: ProductFamily;
  /** Microsoft 365: the organization's own cloud contract needs no link (the MICROSOFT_365 plan). */
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
  BENEFITS_NOT_ACTIVATED: UserErrorCode.BENEFITS_NOT_ACTIVATED,
  NOT_ENTITLED: UserErrorCode.NOT_ENTITLED,
  NOT_AUTHORIZED: UserErrorCode.NOT_AUTHORIZED,
} as const;
/** A value of {@link PlanUnavailableReason}. */
export type PlanUnavailableReason = (typeof PlanUnavailableReason)[keyof typeof PlanUnavailableReason];

/** A support plan as listed for an account and product. */
export interface SupportPlan {
  kind: PlanKind;
  /**
   * null for CLOUD_SOLUTION_PROVIDER, and for the unavailable plan that stands for a benefit the
   * organization does not have (BENEFITS_NOT_ACTIVATED, NOT_ENTITLED...).
   */
  contractId: string | null;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
  /** Incidents left; null when unlimited or without a contract. */
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

/** The actor's own organization, as far as its benefits decide which plans exist. */
export interface PlanOrganization {
  organizationId: string;
  /** Whether the organization has activated its technical benefits (has an Access ID / Contract ID). */
  isActivated: boolean;
  /** Whether its active offers give product support (on-premises) incidents on the as-of date. */
  hasOnPremisesEntitlement: boolean;
  /** Whether its active offers give signature cloud support on the as-of date (Silver or Gold). */
  hasCloudEntitlement: boolean;
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
  /** The actor's organization; null for an account outside any organization (it uses linked contracts only). */
  organization: PlanOrganization | null;
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

/** The plan that stands, unavailable, for a benefit the account does not have. */
function missingPlan(kind: PlanKind): SupportPlan {
  return { kind, contractId: null, startsOn: null, endsOn: null, remaining: null, unlimited: false, consumes: true };
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

/** The contract kind that can pay for a product family. */
function contractKindFor(family: ProductFamily): ContractKind {
  return family === ProductFamily.ON_PREMISES ? ContractKind.ON_PREMISES : ContractKind.CLOUD;
}

/**
 * Microsoft 365 waives the link, and only the link: for a program-associated user, its own
 * organization's cloud contracts pay as the MICROSOFT_365 plan (and consume as any cloud plan).
 */
function microsoft365Waiver(input: ListSupportPlansInput): PlanOrganization | null {
  const { product, actor, organization } = input;
  const applies = product.family === ProductFamily.CLOUD && product.isMicrosoft365 && actor.mpnAssociated;
  return applies ? organization : null;
}

/**
 * When no contract of the right kind could ever pay, one unavailable plan that says why: not
 * program-associated (Microsoft 365), not activated, not entitled, or (outside any organization)
 * nothing linked. Null when a contract of the right kind is listed (with its own reason if any).
 */
function missingBenefit(input: ListSupportPlansInput): UnavailablePlan | null {
  const { product, actor, organization, forCustomer } = input;
  const contractKind = contractKindFor(product.family);
  const isMicrosoft365 = product.family === ProductFamily.CLOUD && product.isMicrosoft365 && organization !== null;
  const kind = isMicrosoft365
    ? PlanKind.MICROSOFT_365
    : contractKind === ContractKind.ON_PREMISES
      ? PlanKind.PRODUCT_SUPPORT
      : PlanKind.SIGNATURE_CLOUD;
  const plan = missingPlan(kind);
  const access = checkCustomerAccess(actor, forCustomer, product.family);

  if (organization === null) {
    if (input.contracts.some((contract) => contract.kind === contractKind)) return null;
    return {
      plan,
      reason: PlanUnavailableReason.NOT_LINKED,
      message: "An account outside a partner organization uses the support contracts it has linked with an Access ID and Contract ID",
    };
  }
  if (isMicrosoft365 && !actor.mpnAssociated) {
    const hasLinked = input.contracts.some((contract) => contract.kind === contractKind && contract.linked);
    if (hasLinked) return null;
    return {
      plan,
      reason: PlanUnavailableReason.NOT_AUTHORIZED,
      message: "Microsoft 365 requests without linking are for program-associated users; you are not authorized for this action",
    };
  }
  const ownKind = input.contracts.some(
    (contract) => contract.kind === contractKind && contract.organizationId === organization.organizationId,
  );
  if (ownKind) return null;
  if (access) return { plan, ...reasonWithDefault(access) };
  const cloud = contractKind === ContractKind.CLOUD;
  const entitled = cloud ? organization.hasCloudEntitlement : organization.hasOnPremisesEntitlement;
  const benefit = cloud ? "signature cloud support" : "product support incidents";
  if (entitled) {
    return {
      plan,
      reason: PlanUnavailableReason.BENEFITS_NOT_ACTIVATED,
      message: organization.isActivated
        ? `Your organization's offers include ${benefit}, granted since the benefits were activated; a Global Admin or MPN Partner Admin can activate them again on the benefits page`
        : `Your organization's offers include ${benefit}, but the technical benefits are not activated; a Global Admin or MPN Partner Admin can activate them on the benefits page`,
    };
  }
  return {
    plan,
    reason: PlanUnavailableReason.NOT_ENTITLED,
    message: cloud
      ? "Your organization's membership offers include no signature cloud support (Action Pack or no active Silver or Gold offer)"
      : "Your organization has no active membership offer with product support incidents",
  };
}

/**
 * The available and unavailable support plans for an account, a product version and an
 * optional CSP customer. For Microsoft 365, a program-associated user's own organization's cloud
 * contracts are listed as MICROSOFT_365 plans that need no link; CLOUD_SOLUTION_PROVIDER is
 * listed for CSP-eligible (Azure) requests for a customer (no contract, consumes nothing). When no
 * contract of the right kind exists, one unavailable plan says why (not activated, not entitled,
 * not authorized, nothing linked). Paid plans are suggested only when nothing is available.
 */
export function listSupportPlans(input: ListSupportPlansInput): SupportPlanListing {
  const { product, actor, forCustomer } = input;
  const available: AvailablePlan[] = [];
  const unavailable: UnavailablePlan[] = [];
  const isCloud = product.family === ProductFamily.CLOUD;

  if (isCloud && product.cspEligible && forCustomer) {
    const access = checkCustomerAccess(actor, forCustomer, product.family);
    const plan = freePlan(PlanKind.CLOUD_SOLUTION_PROVIDER);
    if (access) unavailable.push({ plan, ...reasonWithDefault(access) });
    else available.push(plan);
  }

  const waiver = microsoft365Waiver(input);
  for (const contract of input.contracts) {
    const waived = waiver !== null && contract.kind === ContractKind.CLOUD && contract.organizationId === waiver.organizationId;
    const plan = waived ? { ...planOfContract(contract), kind: PlanKind.MICROSOFT_365 } : planOfContract(contract);
    const problem = contractUnavailability(waived ? { ...contract, linked: true } : contract, input);
    if (problem) unavailable.push({ plan, ...problem });
    else available.push(plan);
  }
  const missing = missingBenefit(input);
  if (missing) unavailable.push(missing);

  available.sort(comparePlans);
  unavailable.sort((a, b) => comparePlans(a.plan, b.plan));
  return {
    available,
    unavailable,
    paidPlanSuggestions: available.length === 0 ? paidPlansFor(product.family) : [],
  };
}
