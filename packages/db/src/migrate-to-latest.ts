import { type Kysely, sql } from "kysely";
import { type MigrationResultSet, Migrator } from "kysely/migration";
import { migrations, staticMigrationProvider } from "./migrations/index";

/**
 * Applies every pending migration, in name order, in one transaction (PostgreSQL DDL is
 * transactional), under Kysely's migration lock so concurrent starters do not race.
 * Never throws for a failed migration: check `error` (and `results` for which one failed).
 *
 * @example
 * ```ts
 * const { error, results } = await migrateToLatest(db);
 * if (error) throw error;
 * ```
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  // Every start runs this; when the database already has exactly our migrations, one read
  // answers (the Migrator's lock-table set-up and transaction cost ~0.3 s on PGlite).
  if (await hasExactlyTheseMigrations(db)) return { results: [] };
  return createMigrator(db).migrateToLatest();
}

async function hasExactlyTheseMigrations<DB>(db: Kysely<DB>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    const expected = Object.keys(migrations).sort();
    return rows.length === expected.length && rows.every((row, i) => row.name === expected[i]);
  } catch {
    return false; // a fresh database has no kysely_migration table yet
  }
}

/** A Kysely `Migrator` over this package's migrations (for status listings and the like). */
export function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: staticMigrationProvider });
}
