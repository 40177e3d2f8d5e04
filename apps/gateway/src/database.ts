import type { Database } from "@support-hub/db";
import type { Kysely } from "kysely";

/** What the gateway needs from the persistence layer: the typed query builder and a liveness probe. */
export interface AppDatabase {
  db: Kysely<Database>;
  kind: "pglite" | "postgres";
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data version, known without a query (see `DatabaseHandle`). */
  localDataVersion?: () => number;
}

export type Db = Kysely<Database>;
