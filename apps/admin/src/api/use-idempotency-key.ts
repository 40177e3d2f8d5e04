import { useCallback, useState } from "react";
import { newIdempotencyKey } from "./idempotency-key";

/**
 * The idempotency key of a form's draft. It stays the same while the draft does, so a retry after
 * a lost answer or a double click replays the first request instead of creating a second record;
 * `renew()` after a success or when the user edits the draft makes the next submit a new request.
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}
