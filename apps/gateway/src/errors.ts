import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/**
 * Request-level failure codes: the closed set of `extensions.code` values a client can receive.
 * Business refusals are not here: they are `userErrors` in mutation payloads.
 */
export const ErrorCode = {
  /** No token, or a token that is malformed, expired, not yet valid, badly signed, or names no user. HTTP 401. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Authenticated, but the caller's roles do not allow this field or mutation. HTTP 403. */
  FORBIDDEN: "FORBIDDEN",
  /** The caller is not program-associated (a CSP-only account) and asked for program data. HTTP 403. */
  NOT_AUTHORIZED: "NOT_AUTHORIZED",
  /** Arguments failed validation (bad ID, page size over the maximum, malformed date...). HTTP 400 for whole-request failures. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The object does not exist or belongs to another tenant (both answer the same). */
  NOT_FOUND: "NOT_FOUND",
  /** Too many attempts; `extensions.retryAfterSeconds` (and the `Retry-After` header) says when to try again. HTTP 429. */
  RATE_LIMITED: "RATE_LIMITED",
  /** The query exceeds a depth, alias, token, directive or cost limit; the limit is in `extensions`. HTTP 400. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /**
   * The database cannot be reached or cannot serve right now (restart, outage, timeout, exhausted
   * pool). Safe to retry after the `Retry-After` header (also `extensions.retryAfterSeconds`). HTTP 503.
   */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** Anything unexpected. The response carries only the request id; details are in the server log. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_AUTHORIZED: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * A request-level failure with a fixed `extensions.code` (and the HTTP status that goes with it).
 * `extensions.retryAfterSeconds` is also sent as the `Retry-After` header.
 */
export function requestError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  const retryAfter = extensions.retryAfterSeconds;
  const headers = typeof retryAfter === "number" ? new HeaderMap([["retry-after", String(retryAfter)]]) : undefined;
  return new GraphQLError(message, {
    extensions: { ...extensions, code, ...(status ? { http: { status, ...(headers ? { headers } : {}) } } : {}) },
  });
}

export const unauthenticated = (message = "Authentication required: send a valid bearer token") =>
  requestError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = "Your roles do not allow this action") => requestError(ErrorCode.FORBIDDEN, message);
export const notAuthorized = () => requestError(ErrorCode.NOT_AUTHORIZED, "You are not authorized for this action");
export const notFound = (what = "Object") => requestError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (message: string, field?: string) => requestError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
