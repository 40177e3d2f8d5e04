import { type Kysely, type MigrationResultSet, Migrator } from "kysely";
import { staticMigrationProvider } from "./migrations/index";

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
export function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  return createMigrator(db).migrateToLatest();
}

/** A Kysely `Migrator` over this package's migrations (for status listings and the like). */
export function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: staticMigrationProvider });
}
