import { type Expression, type RawBuilder, sql } from "kysely";
import { DerivedOnce } from "../performance/derived-once";

/**
 * Rows nested as JSON by PostgreSQL (`jsonArrayFrom` / `jsonObjectFrom`) come back with the SQL
 * column names (snake_case: the CamelCasePlugin names columns, and it leaves nested keys alone) and
 * timestamps as text. `decodeJsonRow` turns them into the rows the loaders promise, in one place:
 * camelCase keys, `Date` for `timestamptz`; `date` stays the `YYYY-MM-DD` text (as
 * `@support-hub/db`'s type parsers read it) and bigint/int stay numbers.
 */

/** The `timestamptz` columns of each table that is prefetched (test/performance/prefetch-rows.test.ts checks them). */
export const TIMESTAMP_COLUMNS = {
  organizations: ["createdAt"],
  users: ["deletedAt", "createdAt"],
  membershipOffers: ["revokedAt", "createdAt"],
  benefitActivations: ["activatedAt"],
  supportContracts: ["createdAt"],
  cspCustomers: ["createdAt"],
  productVersions: ["createdAt"],
  products: ["createdAt"],
} as const satisfies Record<string, readonly string[]>;

const camelNames = new Map<string, string>();

/** `organization_id` -> `organizationId`, `is_microsoft_365` -> `isMicrosoft365` (the plugin's `underscoreBeforeDigits`). */
function camelName(snake: string): string {
  let name = camelNames.get(snake);
  if (name === undefined) {
    name = snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    camelNames.set(snake, name);
  }
  return name;
}

/** One JSON row as the row type a loader returns. */
export function decodeJsonRow<Row>(json: Record<string, unknown>, timestamps: readonly string[]): Row {
  const row: Record<string, unknown> = {};
  for (const key in json) row[camelName(key)] = json[key];
  for (const column of timestamps) {
    const value = row[column];
    if (typeof value === "string") row[column] = new Date(value);
  }
  return row as Row;
}

/**
 * The rows of `query` as one JSON array of arrays, each row's values in the order of `names` (the
 * query's column names, camelCase as in Kysely). Half the text of `jsonArrayFrom`'s objects, which
 * repeat every key on every row: PostgreSQL writes it and the gateway parses it for each of a
 * page's 51 rows. `json_build_array` takes at most 100 values.
 */
export function jsonTuplesFrom(query: Expression<unknown>, names: readonly string[]): RawBuilder<unknown> {
  if (names.length === 0 || names.length > 100) throw new Error(`jsonTuplesFrom: ${names.length} columns (1 to 100)`);
  const values = sql.join(names.map((name) => sql.ref(`agg.${name}`)));
  return sql`(select coalesce(json_agg(json_build_array(${values})), '[]') from ${query} as agg)`;
}

/**
 * Rows already decoded from a JSON array that several requests received (the result of one shared
 * execution, see `SharedStatements`): decoded once, the same rows for all. They are only read.
 */
const decodedTuples = new DerivedOnce<unknown[], readonly unknown[]>();

/** A JSON array of rows as `jsonTuplesFrom` gives them, as loader rows (`Date` for `timestamps`). Do not change them. */
export function decodeJsonTuples<Row>(json: unknown, names: readonly string[], timestamps: readonly string[]): readonly Row[] {
  if (!Array.isArray(json)) return [];
  const key = `${names.join(",")} ${timestamps.join(",")}`;
  return decodedTuples.get(json, key, () => decodeTuples(json, names, timestamps)) as readonly Row[];
}

function decodeTuples(json: unknown[], names: readonly string[], timestamps: readonly string[]): unknown[] {
  const isTimestamp = names.map((name) => timestamps.includes(name));
  return json.map((tuple) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const value = (tuple as unknown[])[i];
      row[names[i] as string] = isTimestamp[i] && typeof value === "string" ? new Date(value) : value;
    }
    return row;
  });
}

/** A JSON array of rows (`jsonArrayFrom`) as loader rows. */
export function decodeJsonRows<Row>(json: unknown, timestamps: readonly string[]): Row[] {
  return Array.isArray(json) ? json.map((item) => decodeJsonRow<Row>(item as Record<string, unknown>, timestamps)) : [];
}
