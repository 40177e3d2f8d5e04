/**
 * SQLSTATEs that mean "the database cannot serve right now, try again", not "this query is wrong".
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: `pg_ctl stop -m fast`, `pg_terminate_backend`
  "57P02", // crash_shutdown: another backend crashed, the server restarts
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "57P05", // idle_session_timeout
  "57014", // query_canceled: our `statement_timeout` fired
  "25P03", // idle_in_transaction_session_timeout
  "53300", // too_many_connections
  "53400", // configuration_limit_exceeded
  "58000", // system_error (I/O)
  "58030", // io_error
]);

/** Class 08 (connection exception): 08000, 08001, 08003, 08004, 08006... */
const CONNECTION_EXCEPTION_CLASS = "08";

/** Node socket errors on the way to the server. */
const UNAVAILABLE_SYSCALL_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * Messages of `pg`, `pg-pool`, Kysely and PGlite errors that carry no code. They are stable parts
 * of those libraries (covered by this package's tests against the real libraries).
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // pg: socket closed ("... unexpectedly", "... due to connection timeout")
  /^Query read timeout$/, // pg: `query_timeout`
  /^timeout expired$/, // pg: a connection attempt exceeded `connectionTimeoutMillis`
  /^timeout exceeded when trying to connect$/, // pg-pool: no connection within the acquire timeout
  /^Client has encountered a connection error and is not queryable$/, // pg: query on a broken client
  /^Client was closed and is not queryable$/, // pg: the rollback after a query timeout (the pool closed that client)
  /^Postgres connection has been discarded$/, // Kysely: query on a connection whose rollback failed
  /^driver has already been destroyed$/, // Kysely: the database was closed (shutdown) while the request ran
  /^PGlite is clos(ed|ing)$/, // PGlite: the same, inside PGlite
];

const QUERY_READ_TIMEOUT = "Query read timeout";

/**
 * True when `error` (or an error it wraps, through `cause`, `originalError` or an
 * `AggregateError`) says that the database cannot be reached or cannot serve right now: refused or
 * broken connections, server shutdown or restart, timeouts, an exhausted pool. Such a request may
 * succeed when retried; a false answer means a bug or a bad query, which a retry will not fix.
 *
 * @example
 * ```ts
 * try { await db.selectFrom("products").selectAll().execute(); }
 * catch (error) { if (isDatabaseUnavailableError(error)) answer503(); else throw error; }
 * ```
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  return someInChain(error, (candidate) => {
    const code = typeof candidate.code === "string" ? candidate.code : undefined;
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SYSCALL_CODES.has(code))) return true;
    if (code && /^[0-9A-Z]{5}$/.test(code) && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
    const message = typeof candidate.message === "string" ? candidate.message : "";
    return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/** True for `pg`'s client-side query timeout (`query_timeout`). */
export function isQueryReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === QUERY_READ_TIMEOUT;
}

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };

function someInChain(error: unknown, test: (candidate: ErrorLike) => boolean, depth = 0): boolean {
  if (depth > 8 || error === null || typeof error !== "object") return false;
  const candidate = error as ErrorLike;
  if (test(candidate)) return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => someInChain(inner, test, depth + 1))) return true;
  return someInChain(candidate.cause, test, depth + 1) || someInChain(candidate.originalError, test, depth + 1);
}
