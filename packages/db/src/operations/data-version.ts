import type { Executor } from "./executor";

/**
 * The current data version: a number that grows with every committed transaction that changed
 * data shown by the API (see the `data_version` migration). Equal versions mean equal data, so it
 * can key caches; it says nothing about *what* changed.
 */
export async function readDataVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom("dataVersion").select("version").executeTakeFirstOrThrow();
  return row.version;
}
