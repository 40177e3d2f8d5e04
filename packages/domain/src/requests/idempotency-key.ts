import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
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

/**
 * How long a key is kept: at least this long after its first use (a key lives as long as the row
 * it created, which is never purged sooner). Clients may retry within this window safely.
 */
export const IDEMPOTENCY_KEY_MIN_RETENTION_HOURS = 24;

/** Refusal of {@link decideIdempotentRepeat}. */
export const IdempotentRepeatRefusal = {
  IDEMPOTENCY_KEY_REUSED: UserErrorCode.IDEMPOTENCY_KEY_REUSED,
} as const;
export type IdempotentRepeatRefusal = (typeof IdempotentRepeatRefusal)[keyof typeof IdempotentRepeatRefusal];

/**
 * The canonical text of a request's normalized input, the same for equal inputs whatever the key
 * order of objects; the gateway stores a hash of it with the key. `undefined` counts as null, so
 * an omitted optional field and an explicit null are the same request.
 */
export function canonicalRequestText(action: string, input: Readonly<Record<string, unknown>>): string {
  const canonical = (value: unknown): unknown => {
    if (value === undefined || value === null) return null;
    if (Array.isArray(value)) return value.map(canonical);
    if (typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
    }
    return value;
  };
  return JSON.stringify([action, canonical(input)]);
}

/**
 * A repeat of a key (as payment APIs do): the same request replays the first result; a different
 * one is refused, never silently replayed. `stored` null: a row from before fingerprints were kept,
 * replayed as before.
 */
export function decideIdempotentRepeat(
  stored: string | null,
  current: string,
): { outcome: "REPLAY" } | { outcome: "REFUSED"; code: IdempotentRepeatRefusal; message: string } {
  if (stored === null || stored === current) return { outcome: "REPLAY" };
  return {
    outcome: "REFUSED",
    code: IdempotentRepeatRefusal.IDEMPOTENCY_KEY_REUSED,
    message: USER_ERROR_MESSAGES.IDEMPOTENCY_KEY_REUSED,
  };
}
