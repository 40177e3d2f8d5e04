import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import type { IsoDate } from "@support-hub/domain";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { createDatabase, type DatabaseHandle, openPGliteSnapshot, PGLITE_EXTENSIONS, wrapPGlite } from "./create-database";
import { migrateToLatest } from "./migrate-to-latest";
import { seedDemoData } from "./seed/seed-demo-data";
import { todayUtc } from "./seed/iso-dates";
import { pgliteParsers } from "./type-parsers";

/** Options of {@link createTestDatabase}. */
export interface TestDatabaseOptions {
  /** Insert the demo data; `true` seeds as of today (UTC), or pass the date. Default: no seed. */
  seed?: boolean | { today: IsoDate };
  /** Server to create the database on; defaults to `DATABASE_URL`. Unset: in-memory PGlite. */
  url?: string;
  /** `pg` pool size for the test database (default 10). */
  poolSize?: number;
}

/** A fresh, migrated database, private to one test (file). */
export interface TestDatabase extends DatabaseHandle {
  /** On PostgreSQL, the name of the throwaway database (`sh_test_<hex>`); null on PGlite. */
  databaseName: string | null;
  /** On PostgreSQL, its connection string (for a second client); null on PGlite. */
  url: string | null;
}

/**
 * Creates a fresh database, migrated (and optionally seeded): in-memory PGlite by default, or, when
 * `DATABASE_URL` is set, a brand-new `sh_test_<random>` database on that server, dropped again by
 * `close()`. Throws if migrating or seeding fails (a test cannot proceed anyway).
 *
 * @example
 * ```ts
 * let t: TestDatabase;
 * beforeEach(async () => { t = await createTestDatabase({ seed: { today: "2026-11-25" } }); });
 * afterEach(() => t.close());
 * ```
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.url ?? process.env.DATABASE_URL;
  let databaseName: string | null = null;
  let url: string | null = null;
  let dropDatabase = async (): Promise<void> => {};
  let closing = false;

  let handle: DatabaseHandle;
  if (serverUrl) {
    databaseName = `sh_test_${randomBytes(8).toString("hex")}`;
    const name = databaseName;
    await withAdmin(serverUrl, (admin) => sql`create database ${sql.id(name)}`.execute(admin));
    dropDatabase = () =>
      withAdmin(serverUrl, (admin) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin)).then(() => {});
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    handle = await createDatabase({
      url,
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
      // `drop database ... with (force)` in close() may still find a pooled session whose
      // goodbye the server has not processed yet: its termination notice is expected then.
      onConnectionError: (error) => {
        if (!closing) console.warn(`[db] idle test connection closed by the server: ${error.message}`);
      },
    });
  } else {
    handle = (await openPGliteSnapshot(await migratedPGliteSnapshot())).handle;
  }

  const closeHandle = handle.close;
  const close = async (): Promise<void> => {
    closing = true;
    await closeHandle();
    await dropDatabase();
  };
  try {
    const { error } = await migrateToLatest(handle.db);
    if (error) throw error;
    if (options.seed) {
      const today = options.seed === true ? todayUtc() : options.seed.today;
      await seedDemoData(handle.db, { today });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, close, databaseName, url };
}

/** Runs `fn` on a short-lived connection to the server's maintenance database. */
async function withAdmin<T>(serverUrl: string, fn: (admin: Kysely<unknown>) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: serverUrl, max: 1 });
  pool.on("error", () => {}); // a maintenance connection that dies is simply not reused
  const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    return await fn(admin);
  } finally {
    await admin.destroy();
  }
}

/**
 * Names a file holding a migrated PGlite dump, written once per test run by the vitest global setup
 * `pglite-snapshot.global.ts`, so that each test file's worker process loads it instead of paying
 * `initdb` and every migration again (~7 s per file on a busy CI machine).
 */
export const PGLITE_SNAPSHOT_ENV = "SUPPORT_HUB_PGLITE_SNAPSHOT";

let snapshot: Promise<Blob> | undefined;

/**
 * A dump of a freshly migrated PGlite, made (or read from the run's shared file) once per process:
 * each test database is a copy of it (`initdb` costs ~3 s per PGlite; loading a dump ~1 s).
 * Migrations still run on every copy, as a no-op check.
 */
function migratedPGliteSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const shared = process.env[PGLITE_SNAPSHOT_ENV];
    if (shared) {
      try {
        return new Blob([await readFile(shared)]);
      } catch (error) {
        console.warn(`[db] shared PGlite snapshot ${shared} unreadable, making one: ${(error as Error).message}`);
      }
    }
    return dumpMigratedPGlite();
  })();
  snapshot.catch(() => {
    snapshot = undefined;
  });
  return snapshot;
}

/** Writes a migrated PGlite dump to `file` (for {@link PGLITE_SNAPSHOT_ENV}). */
export async function writeMigratedPGliteSnapshot(file: string): Promise<void> {
  const dump = await dumpMigratedPGlite();
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
}

async function dumpMigratedPGlite(): Promise<Blob> {
  const pglite = await PGlite.create({ parsers: pgliteParsers, extensions: PGLITE_EXTENSIONS });
  const template = wrapPGlite(pglite);
  try {
    const { error } = await migrateToLatest(template.db);
    if (error) throw error;
    return await pglite.dumpDataDir("none");
  } finally {
    await template.close();
  }
}
