import type { Insertable, Selectable } from "kysely";
import type { Timestamp } from "./column-types";

/**
 * `rate_limit_buckets`: fixed-window counters for throttling, kept in the database so that every
 * gateway replica sees the same counts. Changed only through `hitRateLimit`.
 */
export interface RateLimitBucketTable {
  /** e.g. `link-contract:user:<uuid>`. */
  key: string;
  windowStart: Timestamp;
  count: number;
}
export type RateLimitBucket = Selectable<RateLimitBucketTable>;
export type NewRateLimitBucket = Insertable<RateLimitBucketTable>;
