import type { Database, Executor } from "@support-hub/db";
import type { Insertable, Selectable } from "kysely";

/** Tables whose rows a requester creates with an optional idempotency key, unique per (createdBy, idempotencyKey). */
export type KeyedTable = "incidents" | "tpdEngagements";
type Row<T extends KeyedTable> = Selectable<Database[T]>;

/** What {@link insertOnce} did: inserted the row, or found the one an earlier request with the same key created. */
export type InsertOnce<T extends KeyedTable> = { replayed: false; row: Row<T> } | { replayed: true; row: Row<T> };

/** The row `createdBy` already created with `key` (none without a key): a repeat to answer as it was. */
export async function findByIdempotencyKey<T extends KeyedTable>(
  trx: Executor,
  table: T,
  createdBy: string,
  key: string | null,
): Promise<Row<T> | undefined> {
  if (key === null) return undefined;
  // Both tables share the two columns; Kysely cannot follow a generic table name, hence the casts.
  const row = await trx
    .selectFrom(table as KeyedTable)
    .selectAll()
    .where("createdBy", "=", createdBy)
    .where("idempotencyKey", "=", key)
    .executeTakeFirst();
  return row as Row<T> | undefined;
}

/**
 * Insert-first idempotency: the insert does nothing when (createdBy, idempotencyKey) exists, and
 * then the first request's row is returned instead. The unique index settles concurrent repeats
 * (they wait for the first one's transaction on PostgreSQL, or run after it on PGlite; no
 * savepoints on PGlite, so no catching a violation mid-transaction). Do the side effects (take
 * hours, consume an incident) only when `replayed` is false.
 */
export async function insertOnce<T extends KeyedTable>(
  trx: Executor,
  table: T,
  values: Insertable<Database[T]> & { createdBy: string; idempotencyKey?: string | null },
): Promise<InsertOnce<T>> {
  const inserted = await trx
    .insertInto(table as KeyedTable)
    .values(values as Insertable<Database[KeyedTable]>)
    .onConflict((oc) => oc.columns(["createdBy", "idempotencyKey"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { replayed: false, row: inserted as Row<T> };
  const first = await findByIdempotencyKey(trx, table, values.createdBy, values.idempotencyKey ?? null);
  if (!first) throw new Error(`${table}: idempotency conflict without a first row`);
  return { replayed: true, row: first };
}
