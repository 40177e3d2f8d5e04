import { type Kysely, type RawBuilder, sql } from "kysely";

/**
 * The database handle a migration receives. Deliberately untyped: a migration is frozen history
 * and must not change meaning when `Database` evolves. Migrations spell SQL names (snake_case).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export type MigrationDb = Kysely<any>;

/**
 * `column IN ('a', 'b', ...)` for a CHECK constraint. DDL takes no bind parameters, so the values
 * are inlined with `sql.lit` (escaped literals); they are compile-time constants, never input.
 */
export function checkIn(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

/** `default now()` for `timestamptz` columns. */
export const now = sql`now()`;

/** `default gen_random_uuid()` (built in since PostgreSQL 13; PGlite has it too). */
export const randomUuid = sql`gen_random_uuid()`;
