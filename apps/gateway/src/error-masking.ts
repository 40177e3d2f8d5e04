import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { isDatabaseUnavailableError } from "@support-hub/db";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { GatewayContext } from "./context";
import { ErrorCode } from "./errors";
import { formatServiceUnavailable } from "./reliability/service-unavailable";

const OUR_CODES = new Set<string>(Object.values(ErrorCode));

/** Apollo's and type-graphql's own codes, folded into our closed set. */
const FOREIGN_CODES: Record<string, ErrorCode> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: ErrorCode.BAD_USER_INPUT,
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: ErrorCode.BAD_USER_INPUT,
  [ApolloServerErrorCode.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [ApolloServerErrorCode.BAD_USER_INPUT]: ErrorCode.BAD_USER_INPUT,
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: ErrorCode.BAD_USER_INPUT,
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: ErrorCode.BAD_USER_INPUT,
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: ErrorCode.BAD_USER_INPUT,
  UNAUTHORIZED: ErrorCode.FORBIDDEN,
};

// graphql-js's parser message (sic: "more that").
const TOKEN_LIMIT = /Document contains more th(?:at|an) (\d+) tokens/;

/**
 * Every error leaves with a code from our closed set. Anything that is not a GraphQLError we
 * raised on purpose is masked: no message, stack or SQL reaches the client (the log has them).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (isDeliberate(unwrapResolverError(error))) return { ...formatted, extensions };
  const unavailable = formatServiceUnavailable(error);
  if (unavailable) return unavailable;
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return {
      message: `The query has more than ${tokens[1]} tokens`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "tokens", max: Number(tokens[1]) },
    };
  }
  // graphql-armor's rejections are validation errors (Apollo recodes them); ours carry `limit`.
  if (typeof extensions.limit === "string") {
    return { ...formatted, extensions: { ...extensions, code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  const folded = FOREIGN_CODES[String(extensions.code ?? "")];
  if (folded) return { ...formatted, extensions: { ...extensions, code: folded } };
  // Apollo refuses some requests with a 4xx status and no code (a persisted query whose sha256
  // does not match its document): the client's mistake, told as such, not an internal error.
  if (error instanceof GraphQLError && error.extensions.code === undefined && isClientStatus(error.extensions.http)) {
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function isClientStatus(http: unknown): boolean {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** A GraphQLError we raised on purpose, with one of our codes. */
function isDeliberate(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = String(error.extensions.code ?? "");
  return OUR_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/** Logs every unexpected error with the request id, and puts the id on the masked errors. */
export function requestIdPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    // A bug in a plugin or in Apollo itself: Apollo answers a masked 500 (and its own log line has
    // no request id); this line has it.
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      const { contextValue } = requestContext;
      contextValue?.logger.error({ err: error, requestId: contextValue.requestId }, "unexpected error processing request");
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // Database outages are logged once per request by serviceUnavailablePlugin.
            if (!isDeliberate(original) && !FOREIGN_CODES[String(error.extensions.code ?? "")] && !isDatabaseUnavailableError(original)) {
              contextValue?.logger.error(
                { err: original, requestId: contextValue.requestId, operationName, path: error.path },
                "unexpected error",
              );
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          // Apollo applies an error's `extensions.http.status` (401/403/429) even when other fields
          // answered. With partial data the request as a whole succeeded: 200, the refusal is in
          // `errors[]` (clients that treat non-2xx as a network failure would drop the data). When the
          // refusal nulls the whole response (a root field, nullable ones included), its status stands.
          const { data, errors } = response.body.singleResult;
          const answered = data && Object.values(data).some((value) => value !== null);
          if (answered && errors?.length && (response.http.status ?? 200) >= 400) {
            response.http.status = 200;
            response.http.headers.delete("retry-after");
          }
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR && contextValue?.requestId) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
