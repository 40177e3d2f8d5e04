import type { PGlite } from "@electric-sql/pglite";
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from "kysely";
import { KyselyPGlite } from "kysely-pglite";

/**
 * kysely-pglite hands every caller the same PGlite session and takes no lock, so two concurrent
 * `db.transaction()` calls would interleave their statements inside one `BEGIN ... COMMIT` (one
 * caller's ROLLBACK undoing the other's work, a second BEGIN being ignored...). This dialect wraps
 * its driver so that a connection is held by one caller at a time, exactly like a pool of size 1:
 * a transaction owns the session from BEGIN to COMMIT/ROLLBACK, single queries queue up behind it.
 *
 * It also fixes the result shape: kysely-pglite returns PGlite's raw result (`affectedRows`), so
 * Kysely's `numInsertedOrUpdatedRows` / `numUpdatedRows` / `numDeletedRows` would always be
 * undefined; the wrapped connection maps them the way Kysely's own PostgreSQL driver does.
 *
 * Consequence (same as a one-connection pool): inside a transaction, use the transaction handle;
 * a query on the outer `db` from inside `db.transaction().execute(...)` waits forever.
 */
export function createSerializedPGliteDialect(pglite: PGlite): Dialect {
  const inner = new KyselyPGlite(pglite).dialect;
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => new SerializedDriver(inner.createDriver()),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
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

class SerializedDriver implements Driver {
  readonly #inner: Driver;
  readonly #mutex = new Mutex();

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.acquire();
    try {
      return new ResultMappingConnection(await this.#inner.acquireConnection());
    } catch (error) {
      this.#mutex.release();
      throw error;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.#inner.releaseConnection(unwrap(connection));
    } finally {
      this.#mutex.release();
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(unwrap(connection), settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(unwrap(connection));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(unwrap(connection));
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}

/** The fields of a PGlite result that Kysely's `QueryResult` lacks. */
interface PGliteResultExtras {
  command?: string;
  affectedRows?: number;
}

const MODIFYING_COMMANDS = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

class ResultMappingConnection implements DatabaseConnection {
  readonly inner: DatabaseConnection;

  constructor(inner: DatabaseConnection) {
    this.inner = inner;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = (await this.inner.executeQuery<R>(compiledQuery)) as QueryResult<R> & PGliteResultExtras;
    const { command, affectedRows } = result;
    if (command && MODIFYING_COMMANDS.has(command) && affectedRows !== undefined) {
      return { rows: result.rows, numAffectedRows: BigInt(affectedRows) };
    }
    return { rows: result.rows };
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(compiledQuery, chunkSize);
  }
}

function unwrap(connection: DatabaseConnection): DatabaseConnection {
  return connection instanceof ResultMappingConnection ? connection.inner : connection;
}
