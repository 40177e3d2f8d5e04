import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { countOf } from "../text/wording";
import { TpdKind } from "../vocabulary";

/** Why a TPD request is refused. */
export const TpdRefusal = {
  NOT_AUTHORIZED: UserErrorCode.NOT_AUTHORIZED,
  INVALID_INPUT: UserErrorCode.INVALID_INPUT,
  INVALID_HOURS: UserErrorCode.INVALID_HOURS,
  NO_TPD_ENTITLEMENT: UserErrorCode.NO_TPD_ENTITLEMENT,
  INSUFFICIENT_HOURS: UserErrorCode.INSUFFICIENT_HOURS,
} as const;
/** A value of {@link TpdRefusal}. */
export type TpdRefusal = (typeof TpdRefusal)[keyof typeof TpdRefusal];

/** Largest number of hours one request may ask for (the Gold yearly allowance). */
export const MAX_TPD_HOURS_PER_REQUEST = 50;

/** Input of {@link decideTpdRequest}. */
export interface DecideTpdRequestInput {
  hours: number;
  kind: string;
  /** The organization's balance for the current period (entitlements.tpdHours and hours used). */
  balance: { totalHours: number; usedHours: number };
  actor: { mpnAssociated: boolean };
}

/** Whether a TPD request may be created. */
export type TpdDecision =
  | { outcome: "ALLOWED"; kind: TpdKind; hours: number; remainingAfter: number }
  | { outcome: "REFUSED"; reason: TpdRefusal; message: string };

/**
 * Decide a presales/deployment request. TPD needs no activation, only program association and
 * an entitlement; hours must be a whole number from 1 to {@link MAX_TPD_HOURS_PER_REQUEST}.
 */
export function decideTpdRequest(input: DecideTpdRequestInput): TpdDecision {
  const { hours, kind, balance, actor } = input;
  if (!actor.mpnAssociated) return refused(TpdRefusal.NOT_AUTHORIZED);
  const tpdKind = Object.values(TpdKind).find((value) => value === kind);
  if (!tpdKind) return refused(TpdRefusal.INVALID_INPUT, "Kind must be PRESALES or DEPLOYMENT");
  if (!Number.isInteger(hours) || hours <= 0 || hours > MAX_TPD_HOURS_PER_REQUEST) {
    return refused(TpdRefusal.INVALID_HOURS, `Hours must be a whole number from 1 to ${MAX_TPD_HOURS_PER_REQUEST}`);
  }
  if (balance.totalHours <= 0) return refused(TpdRefusal.NO_TPD_ENTITLEMENT);
  const remaining = Math.max(0, balance.totalHours - balance.usedHours);
  if (hours > remaining) {
    return refused(
      TpdRefusal.INSUFFICIENT_HOURS,
      `Only ${countOf(remaining, "presales and deployment hour remains", "presales and deployment hours remain")}; ${countOf(hours, "hour was", "hours were")} requested`,
    );
  }
  return { outcome: "ALLOWED", kind: tpdKind, hours, remainingAfter: remaining - hours };
}

function refused(reason: TpdRefusal, message: string = USER_ERROR_MESSAGES[reason]): TpdDecision {
  return { outcome: "REFUSED", reason, message };
}
