import { createHash } from "node:crypto";
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
  /**
   * Client side (`pg`'s `idleTimeoutMillis`): closes a pooled connection unused this long. A new
   * connection starts cold: PostgreSQL plans its first five runs of each prepared statement in full
   * (several ms each for a dashboard on a fresh backend) before it settles on a generic plan.
   */
  idleMs: number;
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
  // pg's default is 10 s: a pause of a few seconds in traffic closed the whole pool, and the next
  // burst paid for new connections and for planning everything again.
  idleMs: 60_000,
};

/**
 * Connections per pool by default: `pg`'s 10. Fewer cost less PostgreSQL CPU per read on a database
 * with few cores (on the bench's 2-core machine 3-5 took 10-30% less than 10, for PostGraphile
 * too), but serialize writes that wait on a lock (creates contending for one contract: 145 against
 * 297 req/s at 5). See test/bench/results/pool-size.md; the gateway's `DB_POOL_SIZE` sets it.
 */
export const DEFAULT_POSTGRES_POOL_SIZE = 10;

export interface PostgresPoolOptions {
  url: string;
  max: number;
  timeouts: PostgresTimeouts;
  /** Called for every connection error, wherever the connection is (idle in the pool or checked out). */
  onConnectionError: (error: Error) => void;
}

/** Statements worth preparing: queries and row changes (never transaction control, settings or DDL). */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\s/i;
const MAX_PREPARED_PER_CONNECTION = 500;
const statementNames = new Map<string, string>();

/** A stable name per statement text, shared by every connection (hashing once per distinct text). */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `sh_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    if (statementNames.size < 10_000) statementNames.set(text, name);
  }
  return name;
}

/** PostgreSQL 0A000 "cached plan must not change result type": the statement's tables changed shape. */
function isStalePreparedStatement(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "0A000";
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

    /** Names of the statements this connection has prepared (bounded by {@link MAX_PREPARED_PER_CONNECTION}). */
    private readonly prepared = new Set<string>();

    // biome-ignore lint/suspicious/noExplicitAny: pass-through of pg's overloaded signature
    override query(...args: any[]): any {
      const named = this.asPrepared(args);
      const result = (super.query as (...a: unknown[]) => unknown)(...(named ?? args));
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          // `end()` marks the client as ending at once (the pool drops it on release, which
          // follows) and, a query still being active, destroys the socket instead of saying goodbye.
          // A prepared statement whose tables changed shape (a migration by another process) can
          // no longer run on this connection: a fresh one prepares it again.
          if (isQueryReadTimeout(error) || (named && isStalePreparedStatement(error))) this.end(() => {});
        });
      }
      return result;
    }

    /**
     * `query(text, values)` from Kysely as a named prepared statement: PostgreSQL parses and
     * analyzes each distinct text once per connection instead of on every execution, and the text
     * is not sent again. Only plain DML (never `begin`, `set`, DDL), and at most a bounded number
     * per connection (texts vary with `in (...)` list lengths); beyond it, unnamed as before.
     */
    // biome-ignore lint/suspicious/noExplicitAny: pg's overloaded arguments
    private asPrepared(args: any[]): any[] | null {
      const [text, values, callback] = args;
      if (typeof text !== "string" || !Array.isArray(values) || callback !== undefined || !PREPARABLE.test(text)) return null;
      const name = statementName(text);
      if (!this.prepared.has(name)) {
        if (this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return null;
        this.prepared.add(name);
      }
      return [{ name, text, values }];
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
    idleTimeoutMillis: timeouts.idleMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle client's error reaches the pool too (it then drops the client); the client's own
  // listener has already reported it. Without a listener here the pool would rethrow it.
  pool.on("error", () => {});
  return pool;
}
