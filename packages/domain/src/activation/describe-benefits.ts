import type { Entitlements } from "../entitlements/compute-entitlements";
import { USER_ERROR_MESSAGES } from "../errors/user-error-code";
import { canActivateBenefits } from "../roles/role-predicates";
import { type Activation, ActivationRefusal, type BenefitsActor } from "./activation-refusal";
import { type OrganizationUser, type UserReference, usersWhoCanActivate } from "./users-who-can-activate";

/** The benefits page for one actor. */
export type BenefitsPage =
  | { state: "NOT_AUTHORIZED"; code: typeof ActivationRefusal.NOT_AUTHORIZED; message: string }
  | { state: "NO_BENEFITS"; message: string }
  | {
      state: "NOT_ACTIVATED";
      entitlements: Entitlements;
      canActivate: boolean;
      /** Why the actor may not activate; null when it may. */
      refusal: { reason: typeof ActivationRefusal.MISSING_ROLE; message: string } | null;
      usersWhoCanActivate: UserReference[];
    }
  | {
      state: "ACTIVE";
      entitlements: Entitlements;
      accessId: string;
      contractId: string;
      activatedAt: string;
    };

/** Input of {@link describeBenefits}. */
export interface DescribeBenefitsInput {
  actor: BenefitsActor;
  entitlements: Entitlements;
  activation: Activation | null;
  organizationUsers: readonly OrganizationUser[];
}

/**
 * The benefits page state. An existing activation wins over "no benefits" because its contracts
 * may outlive the offers, and its IDs stay readable by every program-associated user.
 */
export function describeBenefits(input: DescribeBenefitsInput): BenefitsPage {
  const { actor, entitlements, activation, organizationUsers } = input;
  if (!actor.mpnAssociated) {
    return {
      state: "NOT_AUTHORIZED",
      code: ActivationRefusal.NOT_AUTHORIZED,
      message: USER_ERROR_MESSAGES.NOT_AUTHORIZED,
    };
  }
  if (activation) {
    return {
      state: "ACTIVE",
      entitlements,
      accessId: activation.accessId,
      contractId: activation.contractId,
      activatedAt: activation.activatedAt,
    };
  }
  if (entitlements.activeOffers.length === 0) {
    return { state: "NO_BENEFITS", message: USER_ERROR_MESSAGES.NO_ACTIVE_OFFERS };
  }
  const canActivate = canActivateBenefits(actor);
  return {
    state: "NOT_ACTIVATED",
    entitlements,
    canActivate,
    refusal: canActivate ? null : { reason: ActivationRefusal.MISSING_ROLE, message: USER_ERROR_MESSAGES.MISSING_ROLE },
    usersWhoCanActivate: usersWhoCanActivate(organizationUsers),
  };
}
