import { UserErrorCode } from "../errors/user-error-code";
import { codePointLength } from "../text/code-point-length";

/** Longest idempotency key, in code points, for every mutation that takes one. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Refusals of {@link validateIdempotencyKey}. */
export const IdempotencyKeyRefusal = {
  INVALID_INPUT: UserErrorCode.INVALID_INPUT,
  FIELD_TOO_LONG: UserErrorCode.FIELD_TOO_LONG,
} as const;
export type IdempotencyKeyRefusal = (typeof IdempotencyKeyRefusal)[keyof typeof IdempotencyKeyRefusal];

export type IdempotencyKeyValidation = { ok: true; key: string | null } | { ok: false; code: IdempotencyKeyRefusal; message: string };

/**
 * The one idempotency-key rule: no key (null/undefined) means no idempotency; a key is trimmed;
 * a blank key is refused (INVALID_INPUT: a client that sends one has a bug, and silently dropping
 * it would turn its retries into duplicates); over {@link MAX_IDEMPOTENCY_KEY_LENGTH} code points
 * is FIELD_TOO_LONG.
 */
export function validateIdempotencyKey(raw: string | null | undefined): IdempotencyKeyValidation {
  if (raw === null || raw === undefined) return { ok: true, key: null };
  const key = raw.trim();
  if (key.length === 0) {
    return { ok: false, code: IdempotencyKeyRefusal.INVALID_INPUT, message: "The idempotency key must not be blank" };
  }
  if (codePointLength(key) > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return {
      ok: false,
      code: IdempotencyKeyRefusal.FIELD_TOO_LONG,
      message: `The idempotency key has at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    };
  }
  return { ok: true, key };
}
