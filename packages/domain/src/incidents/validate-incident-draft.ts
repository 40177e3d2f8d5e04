import { UserErrorCode, USER_ERROR_MESSAGES } from "../errors/user-error-code";
import { Severity } from "../vocabulary";
import { codePointLength } from "../text/code-point-length";

/** Maximum lengths (in characters) of the incident's free-text fields. */
export const INCIDENT_FIELD_LIMITS = {
  title: 200,
  description: 10_000,
  contactName: 100,
  contactEmail: 254,
  contactPhone: 30,
  /** A note added to an incident's timeline (`addSupportIncidentNote`). */
  note: 5_000,
  /** The text query of an incident search (`SupportIncidentFilter.query`). */
  searchQuery: 200,
} as const;

/** The user-entered part of a new incident. */
export interface IncidentDraft {
  title: string;
  description: string;
  severity: string;
  contact: { name: string; email: string; phone?: string | null };
}

/** The draft with text trimmed and severity typed. */
export interface ValidIncidentDraft {
  title: string;
  description: string;
  severity: Severity;
  contact: { name: string; email: string; phone: string | null };
}

/** Validation failure codes. */
export const ValidationErrorCode = {
  FIELD_REQUIRED: UserErrorCode.FIELD_REQUIRED,
  FIELD_TOO_LONG: UserErrorCode.FIELD_TOO_LONG,
  INVALID_EMAIL: UserErrorCode.INVALID_EMAIL,
  INVALID_INPUT: UserErrorCode.INVALID_INPUT,
} as const;
/** A value of {@link ValidationErrorCode}. */
export type ValidationErrorCode = (typeof ValidationErrorCode)[keyof typeof ValidationErrorCode];

/** One invalid field; `field` is a dotted path such as `contact.email`. */
export interface FieldError {
  field: string;
  code: ValidationErrorCode;
  message: string;
}

/** Either the normalized draft or every field error at once (so a form can show them together). */
export type IncidentDraftValidation = { ok: true; value: ValidIncidentDraft } | { ok: false; errors: FieldError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Adds FIELD_REQUIRED (empty) or FIELD_TOO_LONG (over `max` code points) for a trimmed text. */
export function checkIncidentText(field: string, value: string, max: number, errors: FieldError[]): void {
  if (value.length === 0) {
    errors.push({ field, code: ValidationErrorCode.FIELD_REQUIRED, message: USER_ERROR_MESSAGES.FIELD_REQUIRED });
  } else if (codePointLength(value) > max) {
    errors.push({
      field,
      code: ValidationErrorCode.FIELD_TOO_LONG,
      message: `At most ${max} characters`,
    });
  }
}

/**
 * Validate and normalize a new incident's fields: title, description, contact name and e-mail
 * required (after trimming), each within {@link INCIDENT_FIELD_LIMITS}; phone optional;
 * severity A, B or C.
 */
export function validateIncidentDraft(draft: IncidentDraft): IncidentDraftValidation {
  const errors: FieldError[] = [];
  const title = draft.title.trim();
  const description = draft.description.trim();

  checkIncidentText("title", title, INCIDENT_FIELD_LIMITS.title, errors);
  checkIncidentText("description", description, INCIDENT_FIELD_LIMITS.description, errors);
  const contact = validateIncidentContact(draft.contact, errors);
  const severity = Object.values(Severity).find((value) => value === draft.severity);
  if (!severity) {
    errors.push({ field: "severity", code: ValidationErrorCode.INVALID_INPUT, message: "Severity must be A, B or C" });
  }
  if (errors.length > 0 || !severity) return { ok: false, errors };
  return {
    ok: true,
    value: { title, description, severity, contact },
  };
}

/**
 * Validates and normalizes an incident contact (name and e-mail required, phone optional), adding
 * its errors (fields `contact.*`) to `errors`. Shared by new incidents and `updateSupportIncident`.
 */
export function validateIncidentContact(
  contact: { name: string; email: string; phone?: string | null },
  errors: FieldError[],
): ValidIncidentDraft["contact"] {
  const name = contact.name.trim();
  const email = contact.email.trim();
  const phoneText = (contact.phone ?? "").trim();
  checkIncidentText("contact.name", name, INCIDENT_FIELD_LIMITS.contactName, errors);
  checkIncidentText("contact.email", email, INCIDENT_FIELD_LIMITS.contactEmail, errors);
  if (email.length > 0 && codePointLength(email) <= INCIDENT_FIELD_LIMITS.contactEmail && !EMAIL.test(email)) {
    errors.push({ field: "contact.email", code: ValidationErrorCode.INVALID_EMAIL, message: USER_ERROR_MESSAGES.INVALID_EMAIL });
  }
  if (codePointLength(phoneText) > INCIDENT_FIELD_LIMITS.contactPhone) {
    errors.push({
      field: "contact.phone",
      code: ValidationErrorCode.FIELD_TOO_LONG,
      message: `At most ${INCIDENT_FIELD_LIMITS.contactPhone} characters`,
    });
  }
  return { name, email, phone: phoneText === "" ? null : phoneText };
}
