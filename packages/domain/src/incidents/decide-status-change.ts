import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { isOperator } from "../roles/role-predicates";
import { IncidentStatus, type Role } from "../vocabulary";

/** Why a status change (resolve, start work) is refused. */
export const StatusChangeRefusal = {
  NOT_ALLOWED_TO_CHANGE_STATUS: UserErrorCode.NOT_ALLOWED_TO_CHANGE_STATUS,
  ALREADY_RESOLVED: UserErrorCode.ALREADY_RESOLVED,
  ALREADY_WITHDRAWN: UserErrorCode.ALREADY_WITHDRAWN,
  ALREADY_IN_PROGRESS: UserErrorCode.ALREADY_IN_PROGRESS,
} as const;
/** A value of {@link StatusChangeRefusal}. */
export type StatusChangeRefusal = (typeof StatusChangeRefusal)[keyof typeof StatusChangeRefusal];

/** Input of {@link decideResolution} and {@link decideStartWork}. */
export interface StatusChangeInput {
  incident: { status: IncidentStatus; createdBy: string };
  actorId: string;
  actorRoles: readonly Role[];
}

/** What a status change should do. */
export type StatusChangeDecision<S extends IncidentStatus> =
  | { outcome: "CHANGE"; newStatus: S; refund: false }
  | { outcome: "REFUSED"; reason: StatusChangeRefusal; message: string };

function refused(reason: StatusChangeRefusal): { outcome: "REFUSED"; reason: StatusChangeRefusal; message: string } {
  return { outcome: "REFUSED", reason, message: USER_ERROR_MESSAGES[reason] };
}

/**
 * Decide resolving: OPEN or IN_PROGRESS becomes RESOLVED, by a support operator or by the
 * requester (who may close a request that solved itself). Never refunded: support was given.
 */
export function decideResolution(input: StatusChangeInput): StatusChangeDecision<typeof IncidentStatus.RESOLVED> {
  const { incident, actorId, actorRoles } = input;
  if (incident.status === IncidentStatus.RESOLVED) return refused(StatusChangeRefusal.ALREADY_RESOLVED);
  if (incident.status === IncidentStatus.WITHDRAWN) return refused(StatusChangeRefusal.ALREADY_WITHDRAWN);
  if (incident.createdBy !== actorId && !isOperator(actorRoles)) {
    return refused(StatusChangeRefusal.NOT_ALLOWED_TO_CHANGE_STATUS);
  }
  return { outcome: "CHANGE", newStatus: IncidentStatus.RESOLVED, refund: false };
}

/** Decide starting work: only a support operator moves an OPEN incident to IN_PROGRESS (ending free withdrawal). */
export function decideStartWork(input: StatusChangeInput): StatusChangeDecision<typeof IncidentStatus.IN_PROGRESS> {
  const { incident, actorRoles } = input;
  if (incident.status === IncidentStatus.RESOLVED) return refused(StatusChangeRefusal.ALREADY_RESOLVED);
  if (incident.status === IncidentStatus.WITHDRAWN) return refused(StatusChangeRefusal.ALREADY_WITHDRAWN);
  if (!isOperator(actorRoles)) return refused(StatusChangeRefusal.NOT_ALLOWED_TO_CHANGE_STATUS);
  if (incident.status === IncidentStatus.IN_PROGRESS) return refused(StatusChangeRefusal.ALREADY_IN_PROGRESS);
  return { outcome: "CHANGE", newStatus: IncidentStatus.IN_PROGRESS, refund: false };
}
