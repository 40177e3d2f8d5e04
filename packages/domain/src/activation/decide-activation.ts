import type { Entitlements } from "../entitlements/compute-entitlements";
import { USER_ERROR_MESSAGES } from "../errors/user-error-code";
import { canActivateBenefits } from "../roles/role-predicates";
import type { IsoDate } from "../vocabulary";
import { type Activation, ActivationRefusal, type BenefitsActor } from "./activation-refusal";
import { assessBenefitYear, type BenefitYear, type ContractUpgrade } from "./benefit-year";
import { type ContractPlan, planContracts } from "./plan-contracts";
import { type OrganizationUser, type UserReference, usersWhoCanActivate } from "./users-who-can-activate";

/** Input of {@link decideActivation}. */
export interface DecideActivationInput {
  actor: BenefitsActor;
  /** Computed for the same `asOf`. */
  entitlements: Entitlements;
  /** The organization's activation, null when never activated. */
  activation: Activation | null;
  /** The organization's latest benefit year; null (or omitted) when never activated. */
  currentYear?: BenefitYear | null;
  organizationUsers: readonly OrganizationUser[];
  /** Activation date: the contracts start on it. */
  asOf: IsoDate;
}

/** What activation should do. */
export type ActivationDecision =
  /** First activation: draw the Access ID and the first Contract ID, issue year 1. */
  | { outcome: "ACTIVATE"; yearNumber: 1; contracts: ContractPlan[] }
  /** The year has ended and an offer is active: issue `yearNumber` under a new Contract ID. */
  | { outcome: "RENEW"; yearNumber: number; contracts: ContractPlan[] }
  /** Raise or extend the running year's contracts (same Contract ID). */
  | { outcome: "UPGRADE"; yearNumber: number; upgrades: ContractUpgrade[] }
  /** Nothing to issue: the existing IDs. */
  | { outcome: "ALREADY_ACTIVE"; accessId: string; contractId: string; activatedAt: string }
  | {
      outcome: "REFUSED";
      reason: ActivationRefusal;
      message: string;
      /** Empty for NOT_AUTHORIZED: an unauthorized actor learns nothing about the organization. */
      usersWhoCanActivate: UserReference[];
    };

/**
 * Decide an activation request. Checks, in order: program association; with an existing
 * activation, whether anything is due (renewal of an ended year, upgrade of the running one;
 * if nothing is, the existing IDs, which every program-associated user may read anyway);
 * active offers; then the activator role.
 */
export function decideActivation(input: DecideActivationInput): ActivationDecision {
  const { actor, entitlements, activation, currentYear, organizationUsers, asOf } = input;
  if (!actor.mpnAssociated) {
    return refused(ActivationRefusal.NOT_AUTHORIZED, []);
  }
  const status = activation && currentYear ? assessBenefitYear(currentYear, entitlements, asOf) : null;
  if (activation && !status?.isRenewalDue && !status?.isUpgradeAvailable) {
    return {
      outcome: "ALREADY_ACTIVE",
      accessId: activation.accessId,
      contractId: currentYear?.contractId ?? activation.contractId,
      activatedAt: activation.activatedAt,
    };
  }
  const activators = usersWhoCanActivate(organizationUsers);
  if (entitlements.activeOffers.length === 0) {
    return refused(ActivationRefusal.NO_ACTIVE_OFFERS, activators);
  }
  if (!canActivateBenefits(actor)) {
    return refused(ActivationRefusal.MISSING_ROLE, activators);
  }
  if (status?.isRenewalDue) {
    return { outcome: "RENEW", yearNumber: status.yearNumber + 1, contracts: planContracts(entitlements, asOf) };
  }
  if (status?.isUpgradeAvailable) {
    return { outcome: "UPGRADE", yearNumber: status.yearNumber, upgrades: status.upgrades };
  }
  return { outcome: "ACTIVATE", yearNumber: 1, contracts: planContracts(entitlements, asOf) };
}

function refused(reason: ActivationRefusal, users: UserReference[]): ActivationDecision {
  return { outcome: "REFUSED", reason, message: USER_ERROR_MESSAGES[reason], usersWhoCanActivate: users };
}
