import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { isDatabaseUnavailableError } from "@support-hub/db";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { GatewayContext } from "../context";
import { ErrorCode, requestError } from "../errors";

/**
 * What a client is told to wait before retrying while the database is unreachable. A restart of
 * PostgreSQL takes a second or two; the gateway reconnects on the next request by itself.
 */
export const RETRY_AFTER_SECONDS = 1;

const MESSAGE = "The database is temporarily unavailable; retry later";

/**
 * The error a request gets when the database cannot serve it: `SERVICE_UNAVAILABLE`, HTTP 503 and a
 * `Retry-After` header (Apollo applies both when this error fails the whole request, e.g. in the
 * context function).
 */
export function serviceUnavailable(requestId?: string): GraphQLError {
  const error = requestError(ErrorCode.SERVICE_UNAVAILABLE, MESSAGE, {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    ...(requestId ? { requestId } : {}),
  });
  error.extensions.http = { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) };
  return error;
}

/** `formatError`'s answer for a database outage, whatever wrapped it; undefined for anything else. */
export function formatServiceUnavailable(error: unknown): GraphQLFormattedError | undefined {
  if (!isDatabaseUnavailableError(error)) return undefined;
  return { message: MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS } };
}

/** Rethrows a database outage met while building the context as {@link serviceUnavailable}; other errors unchanged. */
export function rethrowIfUnavailable(error: unknown, requestId: string): never {
  throw isDatabaseUnavailableError(error) ? serviceUnavailable(requestId) : error;
}

/**
 * Answers a request that met a database outage with HTTP 503 and `Retry-After`, even when some
 * fields answered (those came from memory, e.g. the signed-in account; the client should retry
 * the whole request), and logs one warning per request instead of an "unexpected error" per field.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const outage = errors.find((error) => isDatabaseUnavailableError(error));
          if (outage) {
            contextValue?.logger.warn(
              { requestId: contextValue.requestId, reason: (outage.originalError ?? outage).message },
              "database unavailable: answered SERVICE_UNAVAILABLE",
            );
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const { errors } = response.body.singleResult;
          const unavailable = (errors ?? []).filter((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
          if (unavailable.length === 0) return;
          for (const error of unavailable) {
            if (contextValue?.requestId) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          response.http.status = 503;
        },
      };
    },
  };
}

/** Rejects with `TimeoutError` when `work` takes longer than `ms` (the work itself goes on, unobserved). */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`No answer within ${ms} ms`), { name: "TimeoutError" })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** `/readyz` answers within a second even when the database hangs (a load balancer's probe must not time out). */
export const READINESS_TIMEOUT_MS = 500;
