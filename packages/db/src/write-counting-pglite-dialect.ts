import type { PGlite } from "@electric-sql/pglite";
import { CaseMappingQueryCompiler } from "./case-mapping";
import {
  type AbortableOperationOptions,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  PGliteDialect,
  type QueryCompiler,
  type QueryResult,
  SelectQueryNode,
  type TransactionSettings,
} from "kysely";

/**
 * Kysely's own `PGliteDialect` (PGlite is one PostgreSQL session: Kysely hands its one connection
 * to one caller at a time, and a transaction owns it from BEGIN to COMMIT/ROLLBACK), plus the one
 * thing it does not do: count the units of work that may have changed data.
 *
 * `writes.count` moves by one when a unit (a transaction, or a statement outside one) that may
 * have written ends, before the connection goes to the next caller. This process is the only one
 * that can open the PGlite folder, so the count is an exact data version: equal counts, equal
 * data. The gateway keys its viewer and response caches on it on PGlite, without a query. A unit
 * is read-only only when each of its statements is a SELECT built with Kysely without a
 * data-modifying WITH; anything else (raw SQL included) counts as a write, which at worst costs a
 * cache miss.
 *
 * Consequence of the single connection: inside a transaction, use the transaction handle; a query
 * on the outer `db` from inside `db.transaction().execute(...)` waits forever.
 */
export function createWriteCountingPGliteDialect(pglite: PGlite, writes: { count: number }): Dialect {
  const dialect = new PGliteDialect({ pglite });
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new WriteCountingDriver(dialect.createDriver(), writes),
    createIntrospector: (db) => dialect.createIntrospector(db),
    // PGliteDialect's compiler is PostgreSQL's; this one also writes `CaseMappingPlugin`'s names.
    createQueryCompiler: () => new CaseMappingQueryCompiler(),
  };
}

/** True for a Kysely-built SELECT whose WITH clauses (if any) are SELECTs too. */
function isReadOnly(compiledQuery: CompiledQuery): boolean {
  const node = compiledQuery.query;
  if (!SelectQueryNode.is(node)) return false;
  return (node.with?.expressions ?? []).every((cte) => SelectQueryNode.is(cte.expression));
}

/** How long units may follow one another before the event loop gets a turn (sockets, timers). */
const TURN_EVERY_MS = 10;

/** Wraps the driver's single connection; Kysely's connection mutex serializes acquire/release. */
class WriteCountingDriver implements Driver {
  readonly #driver: Driver;
  readonly #writes: { count: number };
  #connection: WriteCountingConnection | undefined;
  /** When the event loop last turned between two units (see `releaseConnection`). */
  #sliceStart = performance.now();

  constructor(driver: Driver, writes: { count: number }) {
    this.#driver = driver;
    this.#writes = writes;
  }

  init(options?: AbortableOperationOptions): Promise<void> {
    return this.#driver.init(options);
  }

  async acquireConnection(options?: AbortableOperationOptions): Promise<DatabaseConnection> {
    const inner = await this.#driver.acquireConnection(options);
    if (this.#connection?.inner !== inner) this.#connection = new WriteCountingConnection(inner);
    this.#connection.mayHaveWritten = false;
    return this.#connection;
  }

  async releaseConnection(connection: DatabaseConnection, options?: AbortableOperationOptions): Promise<void> {
    const { inner, mayHaveWritten } = connection as WriteCountingConnection;
    // After COMMIT (or the lone statement), before the next caller gets the connection: a reader
    // that saw the old count read the old data or, if it queued behind this unit, the new data;
    // never old data under the new count.
    if (mayHaveWritten) this.#writes.count += 1;
    await this.#driver.releaseConnection(inner, options);
    // PGlite computes on this thread and Kysely hands its session over in microtasks: a queue of 50
    // requests' statements ran in one go, the sockets unread meanwhile. New connections were
    // accepted about one per such run, so their first requests waited seconds (p99 20x p50 at 50
    // connections). Once a slice of time has passed, the next unit starts after a turn of the
    // event loop: between units, never inside a transaction (it keeps the session from BEGIN to
    // COMMIT). Not after every unit: interleaving costs CPU (10-15% more per computed dashboard
    // with a turn per statement, a little less per 10 ms slice), and a slice is enough for p99.
    if (performance.now() - this.#sliceStart >= TURN_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.#sliceStart = performance.now();
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#driver.beginTransaction(innerOf(connection), settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#driver.commitTransaction(innerOf(connection));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#driver.rollbackTransaction(innerOf(connection));
  }

  async savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await this.#driver.savepoint?.(innerOf(connection), name, compileQuery);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await this.#driver.rollbackToSavepoint?.(innerOf(connection), name, compileQuery);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await this.#driver.releaseSavepoint?.(innerOf(connection), name, compileQuery);
  }

  destroy(options?: AbortableOperationOptions): Promise<void> {
    return this.#driver.destroy(options);
  }
}

function innerOf(connection: DatabaseConnection): DatabaseConnection {
  return (connection as WriteCountingConnection).inner;
}

class WriteCountingConnection implements DatabaseConnection {
  readonly inner: DatabaseConnection;
  /** Set by any statement that is not provably read-only, since the connection was acquired. */
  mayHaveWritten = false;

  constructor(inner: DatabaseConnection) {
    this.inner = inner;
  }

  executeQuery<R>(compiledQuery: CompiledQuery, options?: AbortableOperationOptions): Promise<QueryResult<R>> {
    if (!isReadOnly(compiledQuery)) this.mayHaveWritten = true;
    return this.inner.executeQuery<R>(compiledQuery, options);
  }

  streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize: number,
    options?: AbortableOperationOptions,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (!isReadOnly(compiledQuery)) this.mayHaveWritten = true;
    return this.inner.streamQuery<R>(compiledQuery, chunkSize, options);
  }
}
