import { UserErrorCode } from "../errors/user-error-code";
import { codePointLength } from "../text/code-point-length";

/** Longest TPD engagement description, in code points. */
export const MAX_TPD_DESCRIPTION_LENGTH = 2000;

export type TpdDescriptionValidation =
  | { ok: true; value: string }
  | { ok: false; code: typeof UserErrorCode.FIELD_REQUIRED | typeof UserErrorCode.FIELD_TOO_LONG; message: string };

/** A TPD request describes the engagement: trimmed, not blank, at most {@link MAX_TPD_DESCRIPTION_LENGTH} code points. */
export function validateTpdDescription(raw: string): TpdDescriptionValidation {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, code: UserErrorCode.FIELD_REQUIRED, message: "Describe the engagement" };
  if (codePointLength(value) > MAX_TPD_DESCRIPTION_LENGTH) {
    return { ok: false, code: UserErrorCode.FIELD_TOO_LONG, message: `At most ${MAX_TPD_DESCRIPTION_LENGTH} characters` };
  }
  return { ok: true, value };
}
