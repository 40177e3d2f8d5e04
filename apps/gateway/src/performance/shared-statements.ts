import type { Compilable, CompiledQuery, QueryResult } from "kysely";
import type { GatewayContext } from "../context";
import type { Db } from "../database";

interface Waiter {
  resolve: (result: QueryResult<unknown>) => void;
  reject: (error: unknown) => void;
}

/**
 * Read statements that concurrent requests send identically (same SQL text, same parameters)
 * share one execution: the same statement sees the same rows, whoever sends it, so no viewer
 * can be served another viewer's rows.
 *
 * Fresh as `FreshBatches`: the first caller's statement is sent at once; a caller that asks while
 * the same statement is out waits for it to return and is served by the next execution, sent
 * after it asked, never by one already under way (it may predate a commit the caller has seen).
 * A failed execution rejects the callers it served only. The rows are shared: do not change them.
 */
export class SharedStatements {
  /** Per statement out: the callers waiting for its next execution. */
  readonly #queued = new Map<string, Waiter[]>();

  constructor(private readonly db: Db) {}

  execute<Row>(query: CompiledQuery<Row>): Promise<QueryResult<Row>> {
    const key = `${query.sql}\u0000${JSON.stringify(query.parameters, parameterJson)}`;
    return new Promise<QueryResult<Row>>((resolve, reject) => {
      const waiter = { resolve: resolve as Waiter["resolve"], reject };
      const queued = this.#queued.get(key);
      if (queued) queued.push(waiter);
      else {
        this.#queued.set(key, []);
        void this.#drain(key, query, [waiter]);
      }
    });
  }

  /** Statements out now (for tests). */
  get size(): number {
    return this.#queued.size;
  }

  async #drain(key: string, query: CompiledQuery<unknown>, first: Waiter[]): Promise<void> {
    let waiters = first;
    while (waiters.length > 0) {
      try {
        const result = await this.db.executeQuery(query);
        for (const waiter of waiters) waiter.resolve(result);
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
      waiters = this.#queued.get(key) ?? [];
      this.#queued.set(key, []);
    }
    this.#queued.delete(key);
  }
}

/** Parameters as JSON for the key; a bigint (which JSON cannot write) as a tagged object. */
function parameterJson(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? { bigint: value.toString() } : value;
}

const byDatabase = new WeakMap<Db, SharedStatements>();

/** The shared statements of one gateway database (its pool or PGlite session). */
export function sharedStatementsOf(db: Db): SharedStatements {
  let shared = byDatabase.get(db);
  if (!shared) {
    shared = new SharedStatements(db);
    byDatabase.set(db, shared);
  }
  return shared;
}

/**
 * The rows of a read outside any transaction, shared with the concurrent requests that send the
 * same statement (see {@link SharedStatements}); counted as this request's statement. The rows
 * are shared: copy before changing them.
 */
export async function sharedRows<Row>(ctx: GatewayContext, query: Compilable<Row> | CompiledQuery<Row>): Promise<readonly Row[]> {
  const { rows } = await sharedStatementsOf(ctx.sharedDb).execute("compile" in query ? query.compile() : query);
  // It ran for this request too, whoever else it served.
  if (ctx.sqlStatements) ctx.sqlStatements.count += 1;
  return rows;
}
