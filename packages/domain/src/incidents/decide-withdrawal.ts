import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { IncidentStatus } from "../vocabulary";

/** Why a withdrawal is refused. */
export const WithdrawalRefusal = {
  NOT_REQUESTER: UserErrorCode.NOT_REQUESTER,
  WORK_ALREADY_STARTED: UserErrorCode.WORK_ALREADY_STARTED,
  ALREADY_RESOLVED: UserErrorCode.ALREADY_RESOLVED,
  ALREADY_WITHDRAWN: UserErrorCode.ALREADY_WITHDRAWN,
} as const;
/** A value of {@link WithdrawalRefusal}. */
export type WithdrawalRefusal = (typeof WithdrawalRefusal)[keyof typeof WithdrawalRefusal];

/** The incident facts withdrawal needs. */
export interface WithdrawableIncident {
  status: IncidentStatus;
  /** User id of the requester. */
  createdBy: string;
  /** Whether the incident's plan consumed an incident when it was created. */
  planConsumes: boolean;
}

/** Input of {@link decideWithdrawal}. */
export interface DecideWithdrawalInput {
  incident: WithdrawableIncident;
  actorId: string;
  /** A GLOBAL_ADMIN of the requester's organization may withdraw for a requester who is gone. */
  actorIsOrgAdmin?: boolean;
}

/** What withdrawing should do. */
export type WithdrawalDecision =
  | {
      outcome: "WITHDRAW";
      newStatus: typeof IncidentStatus.WITHDRAWN;
      /** Give the consumed incident back to its contract (only when the plan consumed one). */
      refund: boolean;
    }
  | { outcome: "REFUSED"; reason: WithdrawalRefusal; message: string };

/**
 * Decide a withdrawal: only an OPEN incident (work not started) can be withdrawn, by its
 * requester or an organization admin, and its consumed incident is then refunded.
 */
export function decideWithdrawal(input: DecideWithdrawalInput): WithdrawalDecision {
  const { incident, actorId, actorIsOrgAdmin = false } = input;
  if (incident.status === IncidentStatus.WITHDRAWN) return refused(WithdrawalRefusal.ALREADY_WITHDRAWN);
  if (incident.status === IncidentStatus.RESOLVED) return refused(WithdrawalRefusal.ALREADY_RESOLVED);
  if (incident.createdBy !== actorId && !actorIsOrgAdmin) return refused(WithdrawalRefusal.NOT_REQUESTER);
  if (incident.status === IncidentStatus.IN_PROGRESS) return refused(WithdrawalRefusal.WORK_ALREADY_STARTED);
  return { outcome: "WITHDRAW", newStatus: IncidentStatus.WITHDRAWN, refund: incident.planConsumes };
}

function refused(reason: WithdrawalRefusal): WithdrawalDecision {
  return { outcome: "REFUSED", reason, message: USER_ERROR_MESSAGES[reason] };
}
