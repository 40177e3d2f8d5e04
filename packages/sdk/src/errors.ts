/** One GraphQL error as the gateway sends it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The request-level codes the gateway can send in `extensions.code` (its `ErrorCode`;
 * `test/sdk/error-codes-drift.test.ts` fails when the two lists differ).
 */
export const SERVER_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_AUTHORIZED",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "RATE_LIMITED",
  "QUERY_TOO_COMPLEX",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;

/** The codes the SDK gives failures with no gateway answer: unreachable, too slow, cancelled. */
export const CLIENT_ERROR_CODES = ["NETWORK_ERROR", "TIMEOUT", "ABORTED"] as const;

/** The `code` of a {@link SupportHubError}: a gateway code or a client-side one. */
export type SupportHubErrorCode = (typeof SERVER_ERROR_CODES)[number] | (typeof CLIENT_ERROR_CODES)[number];

/** Base class of every error the SDK throws. Business refusals are not errors: see `userErrors`. */
export class SupportHubError extends Error {
  override readonly name: string = "SupportHubError";
  constructor(
    message: string,
    /** The gateway's `extensions.code` (or NETWORK_ERROR / TIMEOUT for transport failures). */
    readonly code: SupportHubErrorCode,
    readonly details: {
      status?: number;
      requestId?: string;
      errors?: readonly GraphQLErrorPayload[];
      data?: unknown;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /** HTTP status of the response, when there was one. */
  get status(): number | undefined {
    return this.details.status;
  }

  /** The gateway's request id: quote it when reporting a problem. */
  get requestId(): string | undefined {
    return this.details.requestId;
  }
}

/** No token, or an invalid, expired or revoked one (HTTP 401). */
export class AuthenticationError extends SupportHubError {
  override readonly name = "AuthenticationError";
}

/** Signed in, but not allowed: missing role (FORBIDDEN) or not program-associated (NOT_AUTHORIZED). HTTP 403. */
export class ForbiddenError extends SupportHubError {
  override readonly name = "ForbiddenError";
}

/** The object does not exist or is not yours (the gateway answers both the same way). */
export class NotFoundError extends SupportHubError {
  override readonly name = "NotFoundError";
}

/** Arguments the gateway refused (bad ID, page size over the maximum, malformed date...). */
export class BadInputError extends SupportHubError {
  override readonly name = "BadInputError";
}

/** Too many attempts (HTTP 429); `retryAfter` is in seconds. */
export class RateLimitedError extends SupportHubError {
  override readonly name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfter: number | undefined,
    details: SupportHubError["details"] = {},
  ) {
    super(message, "RATE_LIMITED", details);
  }
}

/** The query exceeds a depth, alias, token, directive or cost limit; `limit` and `max` say which. */
export class QueryTooComplexError extends SupportHubError {
  override readonly name = "QueryTooComplexError";
  constructor(
    message: string,
    readonly limit: string | undefined,
    readonly max: number | undefined,
    details: SupportHubError["details"] = {},
  ) {
    super(message, "QUERY_TOO_COMPLEX", details);
  }
}

/** The gateway could not be reached, or the connection broke. */
export class NetworkError extends SupportHubError {
  override readonly name: string = "NetworkError";
}

/** No answer within `timeoutMs`. */
export class TimeoutError extends NetworkError {
  override readonly name = "TimeoutError";
}

/** The caller cancelled the call through its `signal`; `cause` is the signal's reason. */
export class AbortError extends SupportHubError {
  override readonly name = "AbortError";
}

/**
 * The SDK error for a call whose `signal` fired: `TimeoutError` when the reason is the platform's
 * `TimeoutError` (from `AbortSignal.timeout()`), `AbortError` otherwise. SDK errors pass through.
 */
export function errorFromAbort(signal: AbortSignal): SupportHubError {
  const reason: unknown = signal.reason;
  if (reason instanceof SupportHubError) return reason;
  if (reason instanceof Error && reason.name === "TimeoutError") {
    return new TimeoutError(reason.message || "The call timed out", "TIMEOUT", { cause: reason });
  }
  return new AbortError(reason instanceof Error && reason.message ? reason.message : "The call was cancelled", "ABORTED", {
    cause: reason,
  });
}

/** The gateway failed (HTTP 5xx or INTERNAL_SERVER_ERROR); details are in its logs under `requestId`. */
export class ServerError extends SupportHubError {
  override readonly name: string = "ServerError";
}

/**
 * The gateway cannot reach its database right now (HTTP 503): safe to retry after `retryAfter`
 * seconds. The client retries it by itself for queries and for mutations with an idempotency key.
 */
export class ServiceUnavailableError extends ServerError {
  override readonly name = "ServiceUnavailableError";
  constructor(
    message: string,
    readonly retryAfter: number | undefined,
    details: SupportHubError["details"] = {},
  ) {
    super(message, "SERVICE_UNAVAILABLE", details);
  }
}

/** Maps a gateway error (and the HTTP response it came with) to its typed class. */
export function errorFromResponse(
  error: GraphQLErrorPayload,
  context: { status: number; requestId?: string; errors: readonly GraphQLErrorPayload[]; data?: unknown; retryAfterHeader?: string | null },
): SupportHubError {
  const details = { status: context.status, requestId: context.requestId, errors: context.errors, data: context.data };
  const extensions = error.extensions ?? {};
  switch (extensions.code) {
    case "UNAUTHENTICATED":
      return new AuthenticationError(error.message, "UNAUTHENTICATED", details);
    case "FORBIDDEN":
    case "NOT_AUTHORIZED":
      return new ForbiddenError(error.message, extensions.code, details);
    case "NOT_FOUND":
      return new NotFoundError(error.message, "NOT_FOUND", details);
    case "BAD_USER_INPUT":
      return new BadInputError(error.message, "BAD_USER_INPUT", details);
    case "RATE_LIMITED": {
      const fromBody = typeof extensions.retryAfterSeconds === "number" ? extensions.retryAfterSeconds : undefined;
      return new RateLimitedError(error.message, fromBody ?? parseRetryAfter(context.retryAfterHeader), details);
    }
    case "SERVICE_UNAVAILABLE": {
      const fromBody = typeof extensions.retryAfterSeconds === "number" ? extensions.retryAfterSeconds : undefined;
      return new ServiceUnavailableError(error.message, parseRetryAfter(context.retryAfterHeader) ?? fromBody, details);
    }
    case "QUERY_TOO_COMPLEX":
      return new QueryTooComplexError(
        error.message,
        typeof extensions.limit === "string" ? extensions.limit : undefined,
        typeof extensions.max === "number" ? extensions.max : undefined,
        details,
      );
    default:
      return new ServerError(error.message, "INTERNAL_SERVER_ERROR", details);
  }
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
