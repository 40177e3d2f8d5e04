import type { Generated, Selectable } from "kysely";

/**
 * `data_version`: a single row counting committed transactions that changed data (any table an
 * API response can show, the audit log excepted). Written only by the `bump_data_version`
 * triggers; read by the gateway to key the response cache of operators (who read everything).
 */
export interface DataVersionTable {
  id: Generated<boolean>;
  version: number;
}
export type DataVersion = Selectable<DataVersionTable>;

/**
 * `data_scope_versions`: one version per data scope (`org:<id>`, `user:<id>`, `catalog`, `epoch`),
 * bumped at commit by the `*_bump_data_scopes` triggers, once per transaction and scope. A scope
 * without a row was never written since the migration. Keys the response cache of accounts that
 * read one organization, so a write elsewhere leaves their answers valid.
 */
export interface DataScopeVersionTable {
  scope: string;
  version: number;
}
