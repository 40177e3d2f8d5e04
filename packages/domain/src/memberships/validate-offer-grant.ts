import { cloudCompetencyOf } from "../entitlements/cloud-competency";
import type { FieldError } from "../incidents/validate-incident-draft";
import { ValidationErrorCode } from "../incidents/validate-incident-draft";
import { codePointLength } from "../text/code-point-length";
import { type IsoDate, OfferLevel } from "../vocabulary";

/** Longest competency name, in code points. */
export const MAX_COMPETENCY_LENGTH = 100;

/** An operator's request to grant a membership offer. */
export interface OfferGrantDraft {
  level: OfferLevel;
  competency?: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/** Either the competency to store (a cloud competency in its canonical spelling) or every field error. */
export type OfferGrantValidation = { ok: true; value: { competency: string | null } } | { ok: false; errors: FieldError[] };

/**
 * Validates a grant: an Action Pack has no competency; Silver and Gold are earned in one (at most
 * {@link MAX_COMPETENCY_LENGTH} code points; a cloud competency is stored in its canonical
 * spelling); the offer ends after it starts (half-open range).
 */
export function validateOfferGrant(draft: OfferGrantDraft): OfferGrantValidation {
  const errors: FieldError[] = [];
  const trimmed = draft.competency?.trim() ?? "";
  const competency = trimmed.length > 0 ? (cloudCompetencyOf(trimmed) ?? trimmed) : null;
  if (draft.level === OfferLevel.ACTION_PACK && competency !== null) {
    errors.push({ field: "competency", code: ValidationErrorCode.INVALID_INPUT, message: "An Action Pack offer has no competency" });
  } else if (draft.level !== OfferLevel.ACTION_PACK && competency === null) {
    errors.push({
      field: "competency",
      code: ValidationErrorCode.FIELD_REQUIRED,
      message: "Silver and Gold offers are earned in a competency",
    });
  } else if (competency !== null && codePointLength(competency) > MAX_COMPETENCY_LENGTH) {
    errors.push({ field: "competency", code: ValidationErrorCode.FIELD_TOO_LONG, message: `At most ${MAX_COMPETENCY_LENGTH} characters` });
  }
  if (draft.endsOn <= draft.startsOn) {
    errors.push({ field: "endsOn", code: ValidationErrorCode.INVALID_INPUT, message: "The offer must end after it starts" });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { competency } };
}
