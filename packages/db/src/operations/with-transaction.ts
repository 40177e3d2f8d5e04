import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

/**
 * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
 * Inside `fn` use only `trx` (on PGlite the outer `db` is busy until the transaction ends).
 *
 * @example
 * ```ts
 * const contract = await withTransaction(db, async (trx) => {
 *   const row = await consumeContractIncident(trx, contractId, asOf);
 *   if (row) await trx.insertInto("incidents").values(incident).execute();
 *   return row;
 * });
 * ```
 */
export function withTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
