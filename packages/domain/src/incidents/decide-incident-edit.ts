import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { isOperator, isOrganizationAdmin } from "../roles/role-predicates";
import { IncidentStatus, type Role, Severity } from "../vocabulary";
import {
  checkIncidentText,
  type FieldError,
  INCIDENT_FIELD_LIMITS,
  type ValidIncidentDraft,
  ValidationErrorCode,
  validateIncidentContact,
} from "./validate-incident-draft";

/** Why a note or an update is refused (besides field validation). */
export const IncidentEditRefusal = {
  INCIDENT_CLOSED: UserErrorCode.INCIDENT_CLOSED,
  NOT_ALLOWED_TO_UPDATE_INCIDENT: UserErrorCode.NOT_ALLOWED_TO_UPDATE_INCIDENT,
  NOTHING_TO_UPDATE: UserErrorCode.NOTHING_TO_UPDATE,
  IDEMPOTENCY_KEY_REUSED: UserErrorCode.IDEMPOTENCY_KEY_REUSED,
} as const;
/** A value of {@link IncidentEditRefusal}. */
export type IncidentEditRefusal = (typeof IncidentEditRefusal)[keyof typeof IncidentEditRefusal];

/** A refusal with its message, or field errors (validation, all at once). */
export type IncidentEditFailure =
  | { outcome: "REFUSED"; reason: IncidentEditRefusal; message: string }
  | { outcome: "INVALID"; errors: FieldError[] };

/**
 * A note sent again with an idempotency key: the same body is a replay (answer the first note),
 * a different body is a mistake, never a silent replay (Stripe's rule).
 */
export function decideNoteReplay(earlierBody: string, body: string): { outcome: "REPLAY" } | IncidentEditFailure {
  return earlierBody === body.trim() ? { outcome: "REPLAY" } : refused(IncidentEditRefusal.IDEMPOTENCY_KEY_REUSED);
}

/** True while the incident may still change: OPEN or IN_PROGRESS (RESOLVED and WITHDRAWN are final). */
export function isIncidentOpen(status: IncidentStatus): boolean {
  return status === IncidentStatus.OPEN || status === IncidentStatus.IN_PROGRESS;
}

function refused(reason: IncidentEditRefusal): IncidentEditFailure {
  return { outcome: "REFUSED", reason, message: USER_ERROR_MESSAGES[reason] };
}

/**
 * Decide a note. WHO: anyone who may read the incident (`canReadIncident`: its requester, every
 * user of its organization, the operator) may add one: a note adds information and changes
 * nothing that was agreed, so the whole team working the case may write. The caller checks
 * readability (an unreadable incident is NOT_FOUND). WHEN: only while open. The body is trimmed,
 * required and at most {@link INCIDENT_FIELD_LIMITS}.note code points.
 */
export function decideIncidentNote(input: {
  incident: { status: IncidentStatus };
  body: string;
}): { outcome: "ADD"; body: string } | IncidentEditFailure {
  if (!isIncidentOpen(input.incident.status)) return refused(IncidentEditRefusal.INCIDENT_CLOSED);
  const body = input.body.trim();
  const errors: FieldError[] = [];
  checkIncidentText("body", body, INCIDENT_FIELD_LIMITS.note, errors);
  if (errors.length > 0) return { outcome: "INVALID", errors };
  return { outcome: "ADD", body };
}

/** A field `updateSupportIncident` may change. */
export const IncidentEditableField = {
  SEVERITY: "SEVERITY",
  CONTACT: "CONTACT",
  DESCRIPTION: "DESCRIPTION",
} as const;
/** A value of {@link IncidentEditableField}. */
export type IncidentEditableField = (typeof IncidentEditableField)[keyof typeof IncidentEditableField];

/** One change recorded in the timeline; contact values are shown as `name <email> phone`. */
export interface IncidentFieldChange {
  field: IncidentEditableField;
  from: string;
  to: string;
}

/** The editable part of an incident as stored. */
export interface EditableIncident {
  status: IncidentStatus;
  createdBy: string | null;
  organizationId: string;
  severity: Severity;
  description: string;
  contact: ValidIncidentDraft["contact"];
}

/** What the caller asked to change; absent (undefined or null) fields stay as they are. */
export interface IncidentChangesRequest {
  severity?: string | null;
  description?: string | null;
  contact?: { name: string; email: string; phone?: string | null } | null;
}

/** The new values to store (only the fields that really change) and the timeline entries for them. */
export interface IncidentUpdatePlan {
  outcome: "UPDATE";
  set: { severity?: Severity; description?: string; contact?: ValidIncidentDraft["contact"] };
  changes: IncidentFieldChange[];
}

/** Contact as one line for the timeline. */
export function describeContact(contact: ValidIncidentDraft["contact"]): string {
  return [contact.name, `<${contact.email}>`, contact.phone].filter((part) => part !== null && part !== "").join(" ");
}

/**
 * Decide an update of severity, contact and/or description. WHO: the requester, a GLOBAL_ADMIN of
 * the incident's organization, or the operator (SUPPORT_OPERATOR) -- the people who may already
 * withdraw or resolve it; other readers may add a note instead. WHEN: only while open. At least
 * one field must be named; values equal to the stored ones are not changes (an update that
 * changes nothing succeeds and records nothing). Fields are validated like a new incident's.
 */
export function decideIncidentUpdate(input: {
  incident: EditableIncident;
  actor: { id: string; organizationId: string | null; roles: readonly Role[] };
  request: IncidentChangesRequest;
}): IncidentUpdatePlan | IncidentEditFailure {
  const { incident, actor, request } = input;
  const allowed = incident.createdBy === actor.id || isOperator(actor.roles) || isOrganizationAdmin(actor, incident.organizationId);
  if (!allowed) return refused(IncidentEditRefusal.NOT_ALLOWED_TO_UPDATE_INCIDENT);
  if (!isIncidentOpen(incident.status)) return refused(IncidentEditRefusal.INCIDENT_CLOSED);
  const named = request.severity != null || request.description != null || request.contact != null;
  if (!named) return refused(IncidentEditRefusal.NOTHING_TO_UPDATE);

  const errors: FieldError[] = [];
  let severity: Severity | undefined;
  if (request.severity != null) {
    severity = Object.values(Severity).find((value) => value === request.severity);
    if (!severity) errors.push({ field: "severity", code: ValidationErrorCode.INVALID_INPUT, message: "Severity must be A, B or C" });
  }
  let description: string | undefined;
  if (request.description != null) {
    description = request.description.trim();
    checkIncidentText("description", description, INCIDENT_FIELD_LIMITS.description, errors);
  }
  const contact = request.contact != null ? validateIncidentContact(request.contact, errors) : undefined;
  if (errors.length > 0) return { outcome: "INVALID", errors };

  const plan: IncidentUpdatePlan = { outcome: "UPDATE", set: {}, changes: [] };
  if (severity !== undefined && severity !== incident.severity) {
    plan.set.severity = severity;
    plan.changes.push({ field: IncidentEditableField.SEVERITY, from: incident.severity, to: severity });
  }
  if (contact !== undefined) {
    const old = incident.contact;
    if (old.name !== contact.name || old.email !== contact.email || old.phone !== contact.phone) {
      plan.set.contact = contact;
      plan.changes.push({ field: IncidentEditableField.CONTACT, from: describeContact(old), to: describeContact(contact) });
    }
  }
  if (description !== undefined && description !== incident.description) {
    plan.set.description = description;
    plan.changes.push({ field: IncidentEditableField.DESCRIPTION, from: incident.description, to: description });
  }
  return plan;
}
