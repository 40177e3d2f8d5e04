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

/**
 * A JSON array of rows as `jsonTuplesFrom` gives them, as loader rows (`Date` for `timestamps`).
 * `cursorColumn`: a timestamp column whose text becomes each row's `cursorValue` (UTC, every
 * microsecond, as `to_char` writes it for keyset cursors). Do not change the rows.
 */
export function decodeJsonTuples<Row>(
  json: unknown,
  names: readonly string[],
  timestamps: readonly string[],
  cursorColumn: string | null = null,
): readonly Row[] {
  if (!Array.isArray(json)) return [];
  const key = `${names.join(",")} ${timestamps.join(",")} ${cursorColumn}`;
  return decodedTuples.get(json, key, () => decodeTuples(json, names, timestamps, cursorColumn)) as readonly Row[];
}

function decodeTuples(json: unknown[], names: readonly string[], timestamps: readonly string[], cursorColumn: string | null): unknown[] {
  const isTimestamp = names.map((name) => timestamps.includes(name));
  const cursorAt = cursorColumn === null ? -1 : names.indexOf(cursorColumn);
  if (cursorColumn !== null && cursorAt < 0) throw new Error(`decodeJsonTuples: no column ${cursorColumn} for the cursor`);
  return json.map((tuple) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const value = (tuple as unknown[])[i];
      row[names[i] as string] = isTimestamp[i] && typeof value === "string" ? new Date(value) : value;
    }
    if (cursorAt >= 0) row.cursorValue = utcMicrosecondText((tuple as unknown[])[cursorAt]);
    return row;
  });
}

/** A `timestamptz` as PostgreSQL writes it in JSON: trailing zeros of the fraction dropped, the session's offset. */
const JSON_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The JSON text of a `timestamptz` as `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC: what
 * `to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` gives. Offsets are whole
 * seconds, so the fraction stays as written. A value out of that form (a year past 9999, BC,
 * infinity) cannot be a cursor here: it fails loudly rather than page wrong.
 */
export function utcMicrosecondText(text: unknown): string {
  const match = typeof text === "string" ? JSON_TIMESTAMP.exec(text) : null;
  if (!match) throw new Error(`not a timestamp PostgreSQL writes in JSON: ${String(text).slice(0, 40)}`);
  const [, date, time, fraction = "", sign, hours, minutes, seconds = "00"] = match;
  const micros = fraction.padEnd(6, "0");
  if (hours === "00" && minutes === "00" && seconds === "00") return `${date}T${time}.${micros}Z`;
  const offsetMs = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
  const utc = new Date(Date.parse(`${date}T${time}Z`) - (sign === "+" ? offsetMs : -offsetMs)).toISOString();
  if (utc.length !== 24 || utc.startsWith("0000")) throw new Error(`a timestamp before year 1 or after 9999 in UTC: ${text}`);
  return `${utc.slice(0, 19)}.${micros}Z`;
}

/** A JSON array of rows (`jsonArrayFrom`) as loader rows. */
export function decodeJsonRows<Row>(json: unknown, timestamps: readonly string[]): Row[] {
  return Array.isArray(json) ? json.map((item) => decodeJsonRow<Row>(item as Record<string, unknown>, timestamps)) : [];
}
