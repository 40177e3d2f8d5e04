import { UserErrorCode } from "../errors/user-error-code";
import type { Role } from "../vocabulary";

/** Why activation is refused. */
export const ActivationRefusal = {
  NOT_AUTHORIZED: UserErrorCode.NOT_AUTHORIZED,
  MISSING_ROLE: UserErrorCode.MISSING_ROLE,
  NO_ACTIVE_OFFERS: UserErrorCode.NO_ACTIVE_OFFERS,
} as const;
/** A value of {@link ActivationRefusal}. */
export type ActivationRefusal = (typeof ActivationRefusal)[keyof typeof ActivationRefusal];

/** An organization's existing activation: one Access ID and one Contract ID. */
export interface Activation {
  accessId: string;
  contractId: string;
  activatedAt: string;
}

/** The actor on the benefits page. */
export interface BenefitsActor {
  mpnAssociated: boolean;
  roles: readonly Role[];
}
