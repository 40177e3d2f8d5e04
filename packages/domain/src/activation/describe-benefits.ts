import type { Entitlements } from "../entitlements/compute-entitlements";
import { USER_ERROR_MESSAGES } from "../errors/user-error-code";
import { canActivateBenefits } from "../roles/role-predicates";
import type { IsoDate } from "../vocabulary";
import { type Activation, ActivationRefusal, type BenefitsActor } from "./activation-refusal";
import { assessBenefitYear, type BenefitYear, type BenefitYearStatus } from "./benefit-year";
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
      /** The latest benefit year's Contract ID (the one to link). */
      contractId: string;
      activatedAt: string;
      /** The latest benefit year on the as-of date; null for an activation recorded without years. */
      year: BenefitYearStatus | null;
      /** Renewal due or upgrade available: activating again would issue something. */
      isActivationAvailable: boolean;
      /** Whether the actor may activate again now. */
      canActivate: boolean;
      /** Why the actor may not, while activation is available; null otherwise. */
      refusal: { reason: typeof ActivationRefusal.MISSING_ROLE; message: string } | null;
      /** Named while activation is available, empty otherwise. */
      usersWhoCanActivate: UserReference[];
    };

/** Input of {@link describeBenefits}. */
export interface DescribeBenefitsInput {
  actor: BenefitsActor;
  entitlements: Entitlements;
  activation: Activation | null;
  /** The latest benefit year; null or omitted when never activated. */
  currentYear?: BenefitYear | null;
  organizationUsers: readonly OrganizationUser[];
  /** Needed to assess the benefit year; without it the year is not assessed. */
  asOf?: IsoDate;
}

/**
 * The benefits page state. An existing activation wins over "no benefits" because its contracts
 * may outlive the offers, and its IDs stay readable by every program-associated user.
 */
export function describeBenefits(input: DescribeBenefitsInput): BenefitsPage {
  const { actor, entitlements, activation, currentYear, organizationUsers, asOf } = input;
  if (!actor.mpnAssociated) {
    return {
      state: "NOT_AUTHORIZED",
      code: ActivationRefusal.NOT_AUTHORIZED,
      message: USER_ERROR_MESSAGES.NOT_AUTHORIZED,
    };
  }
  if (activation) {
    const year = currentYear && asOf ? assessBenefitYear(currentYear, entitlements, asOf) : null;
    const isActivationAvailable = Boolean(year && (year.isRenewalDue || year.isUpgradeAvailable));
    const canActivate = isActivationAvailable && canActivateBenefits(actor);
    return {
      state: "ACTIVE",
      entitlements,
      accessId: activation.accessId,
      contractId: currentYear?.contractId ?? activation.contractId,
      activatedAt: activation.activatedAt,
      year,
      isActivationAvailable,
      canActivate,
      refusal:
        isActivationAvailable && !canActivate
          ? { reason: ActivationRefusal.MISSING_ROLE, message: USER_ERROR_MESSAGES.MISSING_ROLE }
          : null,
      usersWhoCanActivate: isActivationAvailable ? usersWhoCanActivate(organizationUsers) : [],
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
