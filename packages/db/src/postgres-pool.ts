import pg from "pg";
import { isQueryReadTimeout } from "./database-unavailable";
import { pgTypes } from "./type-parsers";

/** Timeouts toward PostgreSQL, in milliseconds. 0 turns one off. */
export interface PostgresTimeouts {
  /** Opening one connection (TCP + startup + authentication). */
  connectMs: number;
  /** Waiting for a pooled connection, opening one included: bounds a request when the pool is exhausted. */
  acquireMs: number;
  /** Server side (`statement_timeout`): PostgreSQL cancels a statement running longer (SQLSTATE 57014). */
  statementMs: number;
  /**
   * Client side (`pg`'s `query_timeout`): stop waiting for an answer. The only bound that holds when
   * the server is frozen or the network silently drops packets; the connection is then discarded.
   */
  queryMs: number;
  /** Server side (`idle_in_transaction_session_timeout`): ends a session that holds a transaction open and idle. */
  idleInTransactionMs: number;
}

/**
 * Defaults: fail within a few seconds rather than hang, far above what any statement of this
 * application needs (milliseconds). The client-side query timeout is a little longer than the
 * statement timeout so that a slow statement is cancelled by the server (the connection stays
 * usable) before the client gives up on the connection.
 */
export const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = {
  connectMs: 2_000,
  acquireMs: 3_000,
  statementMs: 5_000,
  queryMs: 6_000,
  idleInTransactionMs: 10_000,
};

export interface PostgresPoolOptions {
  url: string;
  max: number;
  timeouts: PostgresTimeouts;
  /** Called for every connection error, wherever the connection is (idle in the pool or checked out). */
  onConnectionError: (error: Error) => void;
}

/**
 * A `pg` pool that never crashes the process on a connection error and never waits without bound.
 *
 * - `pg` clients emit `error` when their socket dies (server restart, `pg_terminate_backend`, a
 *   network cut). The pool listens only while a client is idle; a checked-out client (in a request,
 *   or between two statements of a transaction) with no listener would throw the error as an
 *   uncaught exception. Every client gets its own permanent listener here. The broken client stays
 *   unusable (`pg` fails its next query) and the pool drops it on release.
 * - After a client-side query timeout the connection still waits for the answer of the abandoned
 *   query: the socket is destroyed so that the pool discards it instead of queueing the next
 *   request's statements behind it.
 * - TCP keep-alive notices a peer that vanished without closing the connection.
 */
export function createPostgresPool(options: PostgresPoolOptions): pg.Pool {
  const { timeouts, onConnectionError } = options;

  class GuardedClient extends pg.Client {
    constructor(config: pg.ClientConfig = {}) {
      // The pool hands its own `connectionTimeoutMillis` (the acquire timeout) to each client;
      // a single connection attempt gets the connect timeout instead.
      super({ ...config, connectionTimeoutMillis: timeouts.connectMs });
      this.on("error", onConnectionError);
    }

    // biome-ignore lint/suspicious/noExplicitAny: pass-through of pg's overloaded signature
    override query(...args: any[]): any {
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          // `end()` marks the client as ending at once (the pool drops it on release, which
          // follows) and, a query still being active, destroys the socket instead of saying goodbye.
          if (isQueryReadTimeout(error)) this.end(() => {});
        });
      }
      return result;
    }
  }

  const pool = new pg.Pool({
    Client: GuardedClient,
    connectionString: options.url,
    max: options.max,
    types: pgTypes,
    connectionTimeoutMillis: timeouts.acquireMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle client's error reaches the pool too (it then drops the client); the client's own
  // listener has already reported it. Without a listener here the pool would rethrow it.
  pool.on("error", () => {});
  return pool;
}
