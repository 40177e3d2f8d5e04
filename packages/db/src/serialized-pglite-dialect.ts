import type { PGlite } from "@electric-sql/pglite";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  SelectQueryNode,
} from "kysely";

/**
 * A Kysely dialect over one PGlite instance, which is a single PostgreSQL session. A connection is
 * held by one caller at a time, exactly like a pool of size 1: a transaction owns the session from
 * BEGIN to COMMIT/ROLLBACK, other queries queue up behind it (first come, first served). Without
 * that, two concurrent `db.transaction()` calls would interleave their statements inside one
 * `BEGIN ... COMMIT` (one caller's ROLLBACK undoing the other's work).
 *
 * Results carry `numAffectedRows` the way Kysely's own PostgreSQL driver reports it, so
 * `numUpdatedRows` / `numDeletedRows` work on both engines.
 *
 * Our own small driver rather than the `kysely-pglite` package: that one took no lock, and its
 * entry point also loads a code generator and a CLI framework (about a second of start-up).
 *
 * Consequence (same as a one-connection pool): inside a transaction, use the transaction handle;
 * a query on the outer `db` from inside `db.transaction().execute(...)` waits forever.
 *
 * `writes` counts the units (a transaction, or a statement outside one) that may have changed
 * data, when they end. This process is the only one that can open the PGlite folder, so the
 * count is an exact data version: equal counts, equal data. A unit is read-only only when each of
 * its statements is a SELECT built with Kysely without a data-modifying WITH; anything else
 * (raw SQL included) counts as a write, which at worst costs a cache miss.
 */
export function createSerializedPGliteDialect(pglite: PGlite, writes: { count: number } = { count: 0 }): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new SerializedPGliteDriver(pglite, writes),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

/** A FIFO mutex: `acquire()` resolves when the caller owns it; `release()` hands it on. */
class Mutex {
  #locked = false;
  readonly #waiters: Array<() => void> = [];

  async acquire(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }
}

class SerializedPGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #mutex = new Mutex();
  readonly #connection: PGliteConnection;
  readonly #writes: { count: number };

  constructor(pglite: PGlite, writes: { count: number }) {
    this.#pglite = pglite;
    this.#connection = new PGliteConnection(pglite);
    this.#writes = writes;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.acquire();
    this.#connection.mayHaveWritten = false;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    // After COMMIT (or the lone statement): a reader that saw the old count read the old data
    // or, if it queued behind this unit, the new data; never old data under the new count.
    if (this.#connection.mayHaveWritten) this.#writes.count += 1;
    this.#mutex.release();
  }

  async beginTransaction(): Promise<void> {
    await this.#pglite.query("begin");
  }

  async commitTransaction(): Promise<void> {
    await this.#pglite.query("commit");
  }

  async rollbackTransaction(): Promise<void> {
    await this.#pglite.query("rollback");
  }

  async destroy(): Promise<void> {
    if (!this.#pglite.closed) await this.#pglite.close();
  }
}

const MODIFYING_COMMANDS = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

/** True for a Kysely-built SELECT whose WITH clauses (if any) are SELECTs too. */
function isReadOnly(compiledQuery: CompiledQuery): boolean {
  const node = compiledQuery.query;
  if (!SelectQueryNode.is(node)) return false;
  return (node.with?.expressions ?? []).every((cte) => SelectQueryNode.is(cte.expression));
}

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  /** Set by any statement that is not provably read-only, since the connection was acquired. */
  mayHaveWritten = false;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (!isReadOnly(compiledQuery)) this.mayHaveWritten = true;
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    // `affectedRows` is what INSERT/UPDATE/DELETE/MERGE touched (Kysely wants it only for those).
    const command = (result as { command?: string }).command;
    if (command && MODIFYING_COMMANDS.has(command) && result.affectedRows !== undefined) {
      return { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) };
    }
    return { rows: result.rows };
  }

  // biome-ignore lint/correctness/useYield: PGlite returns whole results; Kysely's stream() is unsupported here.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite does not support streaming queries");
  }
}
