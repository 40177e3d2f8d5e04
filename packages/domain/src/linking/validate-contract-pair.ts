import { USER_ERROR_MESSAGES } from "../errors/user-error-code";
import { type FieldError, ValidationErrorCode } from "../incidents/validate-incident-draft";

/** Longest Access ID or Contract ID accepted, in UTF-16 units (the IDs are ASCII). */
export const MAX_PAIR_ID_LENGTH = 64;

/** The pair as stored (upper case, no surrounding spaces), or every field error. */
export type ContractPairValidation = { ok: true; value: { accessId: string; contractId: string } } | { ok: false; errors: FieldError[] };

/** Access and Contract IDs are shown upper-case; people retype them with any case and stray spaces. */
function normalizePairId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Validates an Access ID + Contract ID pair typed by a user: each is required and at most
 * {@link MAX_PAIR_ID_LENGTH} long once normalized. Whether the pair exists is
 * `decideContractLink`'s question.
 */
export function validateContractPair(raw: { accessId: string; contractId: string }): ContractPairValidation {
  const value = { accessId: normalizePairId(raw.accessId), contractId: normalizePairId(raw.contractId) };
  const errors: FieldError[] = [];
  for (const field of ["accessId", "contractId"] as const) {
    const id = value[field];
    const code =
      id.length === 0 ? ValidationErrorCode.FIELD_REQUIRED : id.length > MAX_PAIR_ID_LENGTH ? ValidationErrorCode.FIELD_TOO_LONG : null;
    if (code) errors.push({ field, code, message: USER_ERROR_MESSAGES[code] });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
