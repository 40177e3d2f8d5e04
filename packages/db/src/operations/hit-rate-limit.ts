import type { Executor } from "./executor";

/** Result of {@link hitRateLimit}. */
export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  count: number;
  windowStart: Date;
  /** `count <= limit`. */
  allowed: boolean;
  /** When the current window ends (for a `Retry-After`). */
  resetsAt: Date;
}

/**
 * Counts one hit on `key` in a fixed window of `windowMs` and says whether it is within `limit`.
 * One atomic upsert, so gateway replicas sharing the database agree. A window that has ended
 * restarts at `now` with count 1.
 */
export async function hitRateLimit(
  trx: Executor,
  options: { key: string; limit: number; windowMs: number; now?: Date },
): Promise<RateLimitHit> {
  const now = options.now ?? new Date();
  const windowOpenedAfter = new Date(now.getTime() - options.windowMs);
  const row = await trx
    .insertInto("rateLimitBuckets")
    .values({ key: options.key, windowStart: now, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const expired = eb("rateLimitBuckets.windowStart", "<=", windowOpenedAfter);
        return {
          windowStart: eb.case().when(expired).then(now).else(eb.ref("rateLimitBuckets.windowStart")).end(),
          count: eb
            .case()
            .when(expired)
            .then(1)
            .else(eb("rateLimitBuckets.count", "+", 1))
            .end(),
        };
      }),
    )
    .returning(["count", "windowStart"])
    .executeTakeFirstOrThrow();
  return {
    count: row.count,
    windowStart: row.windowStart,
    allowed: row.count <= options.limit,
    resetsAt: new Date(row.windowStart.getTime() + options.windowMs),
  };
}
