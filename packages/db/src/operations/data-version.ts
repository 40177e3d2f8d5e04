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

/**
 * The versions of `scopes` (`org:<id>`, `user:<id>`, `catalog`, `epoch`) that were ever written,
 * by scope (see the `data_scope_versions` migration). A scope's version moves with every committed
 * transaction that changed a row its readers can see, and only then.
 */
export async function readScopeVersions(db: Executor, scopes: readonly string[]): Promise<Record<string, number>> {
  if (scopes.length === 0) return {};
  const rows = await db.selectFrom("dataScopeVersions").select(["scope", "version"]).where("scope", "in", scopes).execute();
  return Object.fromEntries(rows.map((row) => [row.scope, Number(row.version)]));
}
