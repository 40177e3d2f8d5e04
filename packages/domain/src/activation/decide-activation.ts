import type { Entitlements } from "../entitlements/compute-entitlements";
import { USER_ERROR_MESSAGES } from "../errors/user-error-code";
import { canActivateBenefits } from "../roles/role-predicates";
import type { IsoDate } from "../vocabulary";
import { type Activation, ActivationRefusal, type BenefitsActor } from "./activation-refusal";
import { type ContractPlan, planContracts } from "./plan-contracts";
import { type OrganizationUser, type UserReference, usersWhoCanActivate } from "./users-who-can-activate";

/** Input of {@link decideActivation}. */
export interface DecideActivationInput {
  actor: BenefitsActor;
  /** Computed for the same `asOf`. */
  entitlements: Entitlements;
  /** The organization's activation, null when never activated. */
  activation: Activation | null;
  organizationUsers: readonly OrganizationUser[];
  /** Activation date: the contracts start on it. */
  asOf: IsoDate;
}

/** What activation should do. */
export type ActivationDecision =
  | { outcome: "ACTIVATE"; contracts: ContractPlan[] }
  | { outcome: "ALREADY_ACTIVE"; accessId: string; contractId: string; activatedAt: string }
  | {
      outcome: "REFUSED";
      reason: ActivationRefusal;
      message: string;
      /** Empty for NOT_AUTHORIZED: an unauthorized actor learns nothing about the organization. */
      usersWhoCanActivate: UserReference[];
    };

/**
 * Decide an activation request. Checks, in order: program association, existing activation
 * (idempotent: returns the existing IDs, which every program-associated user may read anyway),
 * active offers, then the activator role.
 */
export function decideActivation(input: DecideActivationInput): ActivationDecision {
  const { actor, entitlements, activation, organizationUsers, asOf } = input;
  if (!actor.mpnAssociated) {
    return refused(ActivationRefusal.NOT_AUTHORIZED, []);
  }
  if (activation) {
    return {
      outcome: "ALREADY_ACTIVE",
      accessId: activation.accessId,
      contractId: activation.contractId,
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
  return { outcome: "ACTIVATE", contracts: planContracts(entitlements, asOf) };
}

function refused(reason: ActivationRefusal, users: UserReference[]): ActivationDecision {
  return { outcome: "REFUSED", reason, message: USER_ERROR_MESSAGES[reason], usersWhoCanActivate: users };
}
