import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, type KyselyConfig, PostgresDialect, sql } from "kysely";
import { CaseMappingPlugin, CaseMappingQueryCompiler } from "./case-mapping";
import { createPostgresPool, DEFAULT_POSTGRES_POOL_SIZE, DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from "./postgres-pool";
import type { Database } from "./schema/database";
import { pgliteParsers } from "./type-parsers";
import { createWriteCountingPGliteDialect } from "./write-counting-pglite-dialect";

/** Which engine a {@link DatabaseHandle} talks to. */
export type DatabaseKind = "pglite" | "postgres";

/** Options of {@link createDatabase}. */
export interface CreateDatabaseOptions {
  /** PostgreSQL connection string. Defaults to `process.env.DATABASE_URL`; `""` means PGlite whatever that says. */
  url?: string;
  /** PGlite data directory (created if missing); in-memory when absent. Ignored for PostgreSQL. */
  dataDir?: string;
  /** Maximum connections of the `pg` pool (default {@link DEFAULT_POSTGRES_POOL_SIZE}). Ignored for PGlite. */
  poolSize?: number;
  /** Kysely `log` option, e.g. `["error"]` or a function. */
  log?: KyselyConfig["log"];
  /**
   * Called when a pooled PostgreSQL connection dies, idle or in use (server restart,
   * `pg_terminate_backend`, a dropped database, a network cut). The pool discards that connection
   * and opens a new one on the next query; the process never crashes on it. Default: one line on
   * stderr. Ignored for PGlite.
   */
  onConnectionError?: (error: Error) => void;
  /** Timeouts toward PostgreSQL (see {@link PostgresTimeouts}); each defaults to {@link DEFAULT_POSTGRES_TIMEOUTS}. Ignored for PGlite. */
  timeouts?: Partial<PostgresTimeouts>;
}

/** An open database: the typed Kysely instance plus lifecycle helpers. */
export interface DatabaseHandle {
  /** Typed query builder; columns are camelCase in TypeScript, snake_case in SQL. */
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Closes the pool / the PGlite instance. The handle is unusable afterwards. */
  close(): Promise<void>;
  /** Round-trips `select 1`; throws when the database cannot be reached. */
  ping(): Promise<void>;
  /**
   * PGlite only (undefined on PostgreSQL): a number that changes whenever data may have changed,
   * known without a query, since this process is the only writer of its PGlite folder. See
   * `createWriteCountingPGliteDialect`. On PostgreSQL other processes write: read `data_version`.
   */
  localDataVersion?: () => number;
}

/**
 * The PGlite data directory used by `pnpm start` and the `db:*` scripts: `<repo>/.data/pglite`
 * (git-ignored). Override with `PGLITE_DATA_DIR`.
 */
export const DEFAULT_PGLITE_DATA_DIR = path.join(workspaceRoot(fileURLToPath(import.meta.url)), ".data", "pglite");

/** The folder holding `pnpm-workspace.yaml` above `file` (this source file, or the gateway's bundle). */
function workspaceRoot(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/**
 * PGlite's embedded PostgreSQL touches all of its shared buffers at start, so they count in the
 * process's memory whatever the data: 128 MB by default. 8 MB still serves the benchmark's
 * 20,000-incident dataset without a measurable throughput change (pages it evicts come back from
 * the OS page cache); with 16 MB the gateway's RSS under the bench's load reached 323 MB once
 * pages came from PostgreSQL as JSON (8 MB: 304 MB, measured back to back on 2026-11-30).
 */
const PGLITE_SETTINGS = ["shared_buffers=8MB"];

/**
 * Extensions every PGlite opened here carries. pg_trgm backs the incident search's indexes (a
 * migration creates it); PGlite bundles it, but an instance can use it only when it was loaded.
 * Internal: `testing.ts` opens its template with the same list.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * Opens the database.
 *
 * - `url` (or `DATABASE_URL`) set: PostgreSQL through a `pg` pool.
 * - otherwise: embedded PGlite, on disk in `dataDir` or in memory. All access is serialized over
 *   PGlite's single session by Kysely's `PGliteDialect` (see `write-counting-pglite-dialect.ts`).
 *
 * Both engines return `date` columns as `YYYY-MM-DD` strings and `bigint` as numbers.
 *
 * @example
 * ```ts
 * const { db, close } = await createDatabase({ dataDir: DEFAULT_PGLITE_DATA_DIR });
 * const { error } = await migrateToLatest(db);
 * if (error) throw error;
 * const orgs = await db.selectFrom("organizations").selectAll().execute();
 * await close();
 * ```
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? process.env.DATABASE_URL;
  const log = options.log;

  if (url) {
    const pool = createPostgresPool({
      url,
      max: options.poolSize ?? DEFAULT_POSTGRES_POOL_SIZE,
      timeouts: { ...DEFAULT_POSTGRES_TIMEOUTS, ...options.timeouts },
      onConnectionError: options.onConnectionError ?? warnConnectionError,
    });
    const db = new Kysely<Database>({ dialect: new CaseMappingPostgresDialect({ pool }), plugins: plugins(), ...(log ? { log } : {}) });
    return handle(db, "postgres");
  }

  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    parsers: pgliteParsers,
    postgresqlconf: PGLITE_SETTINGS,
    extensions: PGLITE_EXTENSIONS,
  });
  return wrapPGlite(pglite, log);
}

/**
 * Opens an in-memory PGlite from a data-directory dump (`pglite.dumpDataDir()`), with this
 * package's parsers. Internal: `createTestDatabase` uses it to clone a migrated template (about
 * 3x faster than a fresh PGlite, whose `initdb` dominates).
 */
export async function openPGliteSnapshot(snapshot: Blob): Promise<{ pglite: PGlite; handle: DatabaseHandle }> {
  const pglite = await PGlite.create({
    loadDataDir: snapshot,
    parsers: pgliteParsers,
    postgresqlconf: PGLITE_SETTINGS,
    extensions: PGLITE_EXTENSIONS,
  });
  return { pglite, handle: wrapPGlite(pglite) };
}

/** Internal: a handle over an existing PGlite instance (closing the handle closes it). */
export function wrapPGlite(pglite: PGlite, log?: KyselyConfig["log"]): DatabaseHandle {
  const writes = { count: 0 };
  const db = new Kysely<Database>({
    dialect: createWriteCountingPGliteDialect(pglite, writes),
    plugins: plugins(),
    ...(log ? { log } : {}),
  });
  return { ...handle(db, "pglite"), localDataVersion: () => writes.count };
}

function warnConnectionError(error: Error): void {
  console.warn(`[db] PostgreSQL connection broken, discarded: ${error.message}`);
}

function plugins() {
  return [new CaseMappingPlugin()];
}

/** PostgreSQL through `pg`, compiled by the compiler that pairs with {@link CaseMappingPlugin}. */
class CaseMappingPostgresDialect extends PostgresDialect {
  override createQueryCompiler() {
    return new CaseMappingQueryCompiler();
  }
}

function handle(db: Kysely<Database>, kind: DatabaseKind): DatabaseHandle {
  let closed: Promise<void> | undefined;
  return {
    db,
    kind,
    close: () => {
      closed ??= db.destroy();
      return closed;
    },
    ping: async () => {
      // Built with Kysely (not raw SQL), so PGlite's write tracking sees a read.
      await db.selectNoFrom(sql<number>`1`.as("one")).execute();
    },
  };
}
