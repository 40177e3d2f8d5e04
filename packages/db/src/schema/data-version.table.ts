import type { Generated, Selectable } from "kysely";

/**
 * `data_version`: a single row counting committed transactions that changed data (any table an
 * API response can show). Written only by the `bump_data_version` triggers; read by the gateway to
 * key its response cache.
 */
export interface DataVersionTable {
  id: Generated<boolean>;
  version: number;
}
export type DataVersion = Selectable<DataVersionTable>;
