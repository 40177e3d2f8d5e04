import { createHash } from "node:crypto";
import type { Database, Executor } from "@support-hub/db";
import { canonicalRequestText, decideIdempotentRepeat, type UserErrorCode } from "@support-hub/domain";
import type { Insertable, Selectable } from "kysely";

/**
 * The fingerprint stored with an idempotency key: a SHA-256 of the canonical text of the
 * mutation's normalized input (the domain's `canonicalRequestText`), so the same request is
 * recognized whatever the key order, and the stored value stays short whatever the input size.
 */
export function requestFingerprint(action: string, normalizedInput: Readonly<Record<string, unknown>>): string {
  return createHash("sha256").update(canonicalRequestText(action, normalizedInput)).digest("base64url");
}

/** A repeat of a key: replay the row, or refuse because the key was used for another request. */
export type RepeatOutcome<R> = { replay: R } | { refused: { code: UserErrorCode; message: string } };

/** Replays `row` when its stored fingerprint is `fingerprint`, else the IDEMPOTENCY_KEY_REUSED refusal. */
export function repeatOf<R extends { idempotencyFingerprint: string | null }>(row: R, fingerprint: string): RepeatOutcome<R> {
  const decision = decideIdempotentRepeat(row.idempotencyFingerprint, fingerprint);
  return decision.outcome === "REPLAY" ? { replay: row } : { refused: { code: decision.code, message: decision.message } };
}

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
 * hours, consume an incident) only when `replayed` is false, and compare fingerprints
 * ({@link repeatOf}) when it is true. Keys are kept as long as their row (never purged, so well
 * past the 24 hours of `IDEMPOTENCY_KEY_MIN_RETENTION_HOURS`).
 */
export async function insertOnce<T extends KeyedTable>(
  trx: Executor,
  table: T,
  values: Insertable<Database[T]> & { createdBy: string; idempotencyKey?: string | null; idempotencyFingerprint?: string | null },
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
