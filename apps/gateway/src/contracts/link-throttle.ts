import { AuditOutcome, type Executor, hitRateLimit } from "@support-hub/db";
import { withAuditEntry } from "../audit/mutation-audit";
import type { GatewayContext, Viewer } from "../context";
import { ErrorCode, requestError } from "../errors";

/**
 * Throttling of wrong Access ID / Contract ID guesses. Counted per account AND per client
 * address, in the database (`rate_limit_buckets`) so that every gateway replica agrees. Only
 * wrong guesses (INVALID_PAIR) count; once a key reaches its limit, every link attempt with that
 * key is refused with RATE_LIMITED until the window ends, a right pair included (otherwise the
 * answer would still tell a right guess from a wrong one).
 */
export const LINK_GUESS_LIMITS = {
  /** Wrong guesses one account may make per window. */
  perAccount: 5,
  /** Wrong guesses one client address may make per window (higher: an address may be a shared NAT). */
  perAddress: 20,
  /** Fixed window length. */
  windowMs: 15 * 60 * 1000,
} as const;

interface ThrottleKey {
  key: string;
  limit: number;
  scope: "account" | "address";
}

function keysFor(viewer: Viewer, clientAddress: string): ThrottleKey[] {
  return [
    { key: `link-contract:account:${viewer.id}`, limit: LINK_GUESS_LIMITS.perAccount, scope: "account" },
    { key: `link-contract:address:${clientAddress}`, limit: LINK_GUESS_LIMITS.perAddress, scope: "address" },
  ];
}

export interface ThrottleState {
  blocked: boolean;
  retryAfterSeconds: number;
  scope: ThrottleKey["scope"] | null;
}

const OPEN: ThrottleState = { blocked: false, retryAfterSeconds: 0, scope: null };

function retryAfter(windowStart: Date, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + LINK_GUESS_LIMITS.windowMs - now.getTime()) / 1000));
}

/** Whether a key has used up its wrong guesses in the current window (a read: counts nothing). */
export async function checkLinkThrottle(db: Executor, viewer: Viewer, clientAddress: string, now = new Date()): Promise<ThrottleState> {
  const keys = keysFor(viewer, clientAddress);
  const windowOpenedAfter = new Date(now.getTime() - LINK_GUESS_LIMITS.windowMs);
  const rows = await db
    .selectFrom("rateLimitBuckets")
    .selectAll()
    .where(
      "key",
      "in",
      keys.map((k) => k.key),
    )
    .where("windowStart", ">", windowOpenedAfter)
    .execute();
  for (const key of keys) {
    const row = rows.find((r) => r.key === key.key);
    if (row && row.count >= key.limit) return { blocked: true, retryAfterSeconds: retryAfter(row.windowStart, now), scope: key.scope };
  }
  return OPEN;
}

/** Counts one wrong guess on every key; `blocked` when a key went over its limit (a concurrent burst). */
export async function recordWrongGuess(db: Executor, viewer: Viewer, clientAddress: string, now = new Date()): Promise<ThrottleState> {
  let state = OPEN;
  for (const key of keysFor(viewer, clientAddress)) {
    const hit = await hitRateLimit(db, { key: key.key, limit: key.limit, windowMs: LINK_GUESS_LIMITS.windowMs, now });
    if (!hit.allowed && !state.blocked) state = { blocked: true, retryAfterSeconds: retryAfter(hit.windowStart, now), scope: key.scope };
  }
  return state;
}

/** Refuses the request with RATE_LIMITED (HTTP 429); `auditFailedMutationCalls` audits it as THROTTLED. */
export async function refuseThrottled(_ctx: GatewayContext, state: ThrottleState): Promise<never> {
  const error = requestError(
    ErrorCode.RATE_LIMITED,
    `Too many wrong Access ID / Contract ID attempts. Try again in ${state.retryAfterSeconds} seconds`,
    { retryAfterSeconds: state.retryAfterSeconds },
  );
  throw withAuditEntry(error, {
    outcome: AuditOutcome.THROTTLED,
    organizationId: null,
    targetType: "organization",
    detail: { scope: state.scope, retryAfterSeconds: state.retryAfterSeconds },
  });
}
