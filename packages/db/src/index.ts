/**
 * @support-hub/db: schema types, migrations, the demo seed, atomic operations and the
 * PGlite/PostgreSQL factory. Test helpers live in `@support-hub/db/testing`.
 */
export {
  type CreateDatabaseOptions,
  createDatabase,
  DEFAULT_PGLITE_DATA_DIR,
  type DatabaseHandle,
  type DatabaseKind,
} from "./create-database";
export { isDatabaseUnavailableError } from "./database-unavailable";
export { isAnyOfIds, pageLimit, type ParamOf, preparedQuery } from "./prepared-query";
export { DEFAULT_POSTGRES_POOL_SIZE, DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from "./postgres-pool";
export { createMigrator, migrateToLatest } from "./migrate-to-latest";
export { migrations } from "./migrations/index";
export * from "./operations/index";
export * from "./schema/index";
export * from "./seed/index";

// Kysely types callers need to name a database or transaction without depending on kysely.
export type { Insertable, Kysely, Selectable, Transaction, Updateable } from "kysely";
