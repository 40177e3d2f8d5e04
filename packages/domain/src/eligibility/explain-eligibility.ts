import type { UserReference } from "../activation/users-who-can-activate";
import { ContractState, contractState } from "../contracts/contract-state";
import type { Allowance } from "../entitlements/allowance";
import { type ListSupportPlansInput, PlanUnavailableReason, type SupportPlanListing } from "../plans/list-support-plans";
import { checkCustomerAccess } from "../plans/customer-access";
import { ContractKind, PlanKind, ProductFamily } from "../vocabulary";

/** The rules, in the order they are walked. */
export const EligibilityRule = {
  OFFER: "OFFER",
  ENTITLEMENT: "ENTITLEMENT",
  ACTIVATION: "ACTIVATION",
  CONTRACT: "CONTRACT",
  LINK: "LINK",
  VERSION_COVERAGE: "VERSION_COVERAGE",
  CSP_ROLE: "CSP_ROLE",
} as const;
/** A value of {@link EligibilityRule}. */
export type EligibilityRule = (typeof EligibilityRule)[keyof typeof EligibilityRule];

/** How a step ended. */
export const StepResult = { PASS: "PASS", FAIL: "FAIL", SKIPPED: "SKIPPED" } as const;
/** A value of {@link StepResult}. */
export type StepResult = (typeof StepResult)[keyof typeof StepResult];

/** What to do to get past a failed step. */
export const NextAction = {
  /** An admin activates the technical benefits (`actors` names who can). */
  ACTIVATE: "ACTIVATE",
  /** Link the contract with the Access ID and Contract ID. */
  LINK: "LINK",
  /** Ask an Admin Agent of the organization to open the request. */
  ASK_ADMIN_AGENT: "ASK_ADMIN_AGENT",
  /** Buy Premier Support for Partners (all products) or Advanced Support for Partners (cloud). */
  BUY_PAID_SUPPORT: "BUY_PAID_SUPPORT",
} as const;
/** A value of {@link NextAction}. */
export type NextAction = (typeof NextAction)[keyof typeof NextAction];

/** One step of the walk. */
export interface EligibilityStep {
  rule: EligibilityRule;
  result: StepResult;
  reason: string;
  nextAction: NextAction | null;
  /** Who can do `nextAction` when it is someone else (ACTIVATE). */
  actors: UserReference[];
}

/** The state the walk reads; `listing` is `listSupportPlans(planInput)`, computed once by the caller. */
export interface EligibilityInput {
  /** False for an account outside any organization: the offers, entitlement and activation are its contracts' organization's. */
  hasOrganization: boolean;
  activeOfferCount: number;
  entitlements: { onPremisesIncidents: number; cloudIncidents: Allowance };
  activated: boolean;
  activators: readonly UserReference[];
  /**
   * Whether activating again would issue contracts (see `assessBenefitYear`): the benefit year has
   * ended and an offer remains (renewal), or the offers now give more than it holds (upgrade).
   * Then a missing or exhausted contract is fixed by activating, not by buying support.
   */
  activationAgain?: "RENEWAL" | "UPGRADE" | null;
  planInput: ListSupportPlansInput;
  listing: SupportPlanListing;
}

/** The answer: eligible when a plan is available, and the steps that say why or why not. */
export interface Eligibility {
  eligible: boolean;
  steps: EligibilityStep[];
}

/**
 * Walks the rules in order (offer, entitlement, activation, contract, link, version coverage,
 * CSP role) for one account, product version and optional CSP customer. The first failing step
 * says what to do next; the steps after it are SKIPPED. Plans that need no contract (Microsoft
 * 365, Cloud Solution Provider) skip the contract-side steps. The rules themselves stay in
 * `listSupportPlans`, `productCoverage` and `checkCustomerAccess`: this only explains their answer.
 */
export function explainEligibility(input: EligibilityInput): Eligibility {
  const { planInput, listing } = input;
  const family = planInput.product.family;
  const kind = family === ProductFamily.ON_PREMISES ? ContractKind.ON_PREMISES : ContractKind.CLOUD;
  const freePlan = listing.available.find((plan) => !plan.consumes);
  // The Cloud Solution Provider plan is offered (available or not) for a CSP-eligible product and a customer: then only the CSP rules matter.
  const cspPlanOffered = [...listing.available, ...listing.unavailable.map((entry) => entry.plan)].some(
    (plan) => plan.kind === PlanKind.CLOUD_SOLUTION_PROVIDER,
  );
  const steps: EligibilityStep[] = [];
  let failed = false;
  const step = (rule: EligibilityRule, check: () => Omit<EligibilityStep, "rule">) => {
    if (failed) {
      steps.push({ rule, result: StepResult.SKIPPED, reason: "An earlier step failed", nextAction: null, actors: [] });
      return;
    }
    const outcome = check();
    if (outcome.result === StepResult.FAIL) failed = true;
    steps.push({ rule, ...outcome });
  };
  const pass = (reason: string) => ({ result: StepResult.PASS, reason, nextAction: null, actors: [] });
  const skip = (reason: string) => ({ result: StepResult.SKIPPED, reason, nextAction: null, actors: [] });
  const fail = (reason: string, nextAction: NextAction, actors: readonly UserReference[] = []) => ({
    result: StepResult.FAIL,
    reason,
    nextAction,
    actors: [...actors],
  });
  const freeReason =
    !cspPlanOffered && freePlan?.kind === PlanKind.MICROSOFT_365
      ? "Not needed: Microsoft 365 requests use the organization's cloud benefit without linking"
      : "Not needed: the Cloud Solution Provider plan needs no contract";

  const contractSide = (rule: EligibilityRule, check: () => Omit<EligibilityStep, "rule">) =>
    step(rule, () => {
      if (cspPlanOffered) return skip(freeReason);
      if (!input.hasOrganization)
        return skip("Not applicable: your account is outside any organization; the linked contract's organization holds the benefits");
      return check();
    });

  contractSide(EligibilityRule.OFFER, () =>
    input.activeOfferCount > 0
      ? pass(`${input.activeOfferCount} active membership offer(s)`)
      : fail("The organization has no active membership offer", NextAction.BUY_PAID_SUPPORT),
  );
  contractSide(EligibilityRule.ENTITLEMENT, () => {
    const entitled =
      family === ProductFamily.ON_PREMISES ? input.entitlements.onPremisesIncidents > 0 : input.entitlements.cloudIncidents.kind !== "NONE";
    return entitled
      ? pass(
          family === ProductFamily.ON_PREMISES ? "The offers grant product support incidents" : "The offers grant signature cloud support",
        )
      : fail(
          family === ProductFamily.ON_PREMISES
            ? "The active offers grant no product support incidents"
            : "The active offers grant no signature cloud support (Action Pack has none)",
          NextAction.BUY_PAID_SUPPORT,
        );
  });
  contractSide(EligibilityRule.ACTIVATION, () =>
    input.activated
      ? pass("The technical benefits are activated")
      : fail("The technical benefits are not activated yet", NextAction.ACTIVATE, input.activators),
  );

  const ofKind = planInput.contracts.filter((contract) => contract.kind === kind);
  const usable = ofKind.filter((contract) => contractState(contract, planInput.asOf) === ContractState.ACTIVE);
  step(EligibilityRule.CONTRACT, () => {
    if (freePlan || cspPlanOffered) return skip(freeReason);
    if (usable.length > 0) return pass(`${usable.length} contract(s) in force with incidents left`);
    if (!input.hasOrganization) {
      return fail(
        "Your account has no support contract: link one with the Access ID and Contract ID an organization gave you",
        NextAction.LINK,
      );
    }
    const why = listing.unavailable.find((entry) => entry.plan.contractId && ofKind.some((c) => c.contractId === entry.plan.contractId));
    const reason = why?.message ?? "There is no support contract for this kind of product";
    if (input.activationAgain === "RENEWAL") {
      return fail(
        `${reason}. The benefit year has ended: activating again issues the next year's support contracts`,
        NextAction.ACTIVATE,
        input.activators,
      );
    }
    if (input.activationAgain === "UPGRADE") {
      return fail(
        `${reason}. The offers now give more than this year's contracts hold: activating again raises them`,
        NextAction.ACTIVATE,
        input.activators,
      );
    }
    return fail(reason, NextAction.BUY_PAID_SUPPORT);
  });
  step(EligibilityRule.LINK, () => {
    if (freePlan || cspPlanOffered) return skip(freeReason);
    return usable.some((contract) => contract.linked)
      ? pass("Your account is linked to a contract in force")
      : fail("Link the contract to your account with the Access ID and Contract ID", NextAction.LINK);
  });
  step(EligibilityRule.VERSION_COVERAGE, () => {
    if (family === ProductFamily.CLOUD) return pass("Cloud products have no version rule");
    return planInput.coverage.covered ? pass(planInput.coverage.message) : fail(planInput.coverage.message, NextAction.BUY_PAID_SUPPORT);
  });
  step(EligibilityRule.CSP_ROLE, () => {
    if (!planInput.forCustomer) return skip("Not needed: the request is for your own organization");
    const refusal = checkCustomerAccess(planInput.actor, planInput.forCustomer, family);
    if (!refusal) return pass("You may open this request for the customer");
    const message = listing.unavailable.find((entry) => entry.reason === refusal)?.message ?? refusal;
    return refusal === PlanUnavailableReason.MISSING_ADMIN_AGENT_ROLE
      ? fail(message, NextAction.ASK_ADMIN_AGENT)
      : fail(message, NextAction.BUY_PAID_SUPPORT);
  });

  return { eligible: !failed && listing.available.length > 0, steps };
}
