import { sql } from "kysely";

/**
 * A name column compared in the ICU root collation ("alpha" before "Beta", accents beside their
 * letter): the same order on PGlite (whose default collation is "C") and on PostgreSQL, whatever
 * the cluster's locale. Use it both in ORDER BY and in keyset comparisons so cursors agree.
 */
export function nameOrder(column: string) {
  return sql<string>`${sql.ref(column)} collate "und-x-icu"`;
}
