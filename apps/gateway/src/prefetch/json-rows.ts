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
 * The rows of `query` as one JSON array of text arrays, each row's values in the order of `names`
 * (the query's column names, camelCase as in Kysely), as PostgreSQL writes them as text:
 * `decodeJsonTuples` gives them their types back. Half the text of `jsonArrayFrom`'s objects,
 * which repeat every key on every row. Arrays of one type, because PostgreSQL looks up how to
 * write a value in JSON once per array, where `json_build_array` and row objects do it for every
 * value of every row: for a dashboard's page of 51 rows that lookup was a tenth of its statement.
 */
export function jsonTuplesFrom(query: Expression<unknown>, names: readonly string[]): RawBuilder<unknown> {
  if (names.length === 0) throw new Error("jsonTuplesFrom: no columns");
  const values = sql.join(names.map((name) => sql`${sql.ref(`agg.${name}`)}::text`));
  return sql`(select coalesce(json_agg(array[${values}]), '[]') from ${query} as agg)`;
}

/**
 * The columns of a tuple that are not text, by how they are read back: `timestamptz` as a `Date`,
 * integers as numbers, booleans. `date` and `uuid` stay text, as `@support-hub/db` reads them.
 * A column missing here would come back as its text (`"false"`): `prefetch-rows.test.ts` checks
 * these lists against the tables' column types.
 */
export interface TupleTypes {
  timestamps: readonly string[];
  numbers: readonly string[];
  booleans: readonly string[];
}

/**
 * Rows already decoded from a JSON array that several requests received (the result of one shared
 * execution, see `SharedStatements`): decoded once, the same rows for all. They are only read.
 */
const decodedTuples = new DerivedOnce<unknown[], readonly unknown[]>();

/**
 * A JSON array of rows as `jsonTuplesFrom` gives them, as loader rows (`Date`, numbers and
 * booleans as `types` says). `cursorColumn`: a timestamp column whose text becomes each row's
 * `cursorValue` (UTC, every microsecond, as `to_char` writes it for keyset cursors). Do not
 * change the rows.
 */
export function decodeJsonTuples<Row>(
  json: unknown,
  names: readonly string[],
  types: TupleTypes,
  cursorColumn: string | null = null,
): readonly Row[] {
  if (!Array.isArray(json)) return [];
  const key = `${names.join(",")} ${types.timestamps.join(",")} ${types.numbers.join(",")} ${types.booleans.join(",")} ${cursorColumn}`;
  return decodedTuples.get(json, key, () => decodeTuples(json, names, types, cursorColumn)) as readonly Row[];
}

const TEXT = 0;
const TIMESTAMP = 1;
const NUMBER = 2;
const BOOLEAN = 3;

function decodeTuples(json: unknown[], names: readonly string[], types: TupleTypes, cursorColumn: string | null): unknown[] {
  const kinds = names.map((name) =>
    types.timestamps.includes(name) ? TIMESTAMP : types.numbers.includes(name) ? NUMBER : types.booleans.includes(name) ? BOOLEAN : TEXT,
  );
  const cursorAt = cursorColumn === null ? -1 : names.indexOf(cursorColumn);
  if (cursorColumn !== null && cursorAt < 0) throw new Error(`decodeJsonTuples: no column ${cursorColumn} for the cursor`);
  return json.map((tuple) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const value = (tuple as (string | null)[])[i] ?? null;
      const kind = kinds[i];
      row[names[i] as string] =
        value === null || kind === TEXT
          ? value
          : kind === TIMESTAMP
            ? timestampFromText(value)
            : kind === NUMBER
              ? Number(value)
              : value === "true";
    }
    if (cursorAt >= 0) row.cursorValue = utcMicrosecondText((tuple as unknown[])[cursorAt]);
    return row;
  });
}

/**
 * A `timestamptz` as PostgreSQL writes it as text (`2026-11-30 10:00:00.5+00`, ISO date style) or
 * in JSON (`2026-11-30T10:00:00.5+00:00`): the session's offset, in hours, minutes if any, seconds
 * if any (before 1900 some zones had them); trailing zeros of the fraction dropped.
 */
const TIMESTAMP_TEXT = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?$/;

/** The instant of a timestamp's text and its fraction as written; throws on any other form (BC, infinity, years past 9999). */
function parseTimestampText(text: unknown): { utcMs: number; fraction: string } {
  const match = typeof text === "string" ? TIMESTAMP_TEXT.exec(text) : null;
  if (!match) throw new Error(`not a timestamp PostgreSQL writes: ${String(text).slice(0, 40)}`);
  const [, date, time, fraction = "", sign, hours, minutes = "00", seconds = "00"] = match;
  const offsetMs = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000;
  const local = Date.parse(`${date}T${time}.${fraction.slice(0, 3).padEnd(3, "0")}Z`);
  return { utcMs: local - (sign === "+" ? offsetMs : -offsetMs), fraction };
}

/**
 * PostgreSQL's text of a timestamp when the session's zone is UTC, the usual case: already the
 * UTC date and time, read by position. Four times cheaper than the general form (a page reads 51,
 * and the cursor column twice: its `Date` and its cursor text).
 */
const UTC_TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?\+00$/;

/** `YYYY-MM-DDTHH:MM:SS` and the fraction as written (`""` for none) of a `UTC_TIMESTAMP_TEXT`; null for another form. */
function utcTextParts(text: unknown): { seconds: string; fraction: string } | null {
  if (typeof text !== "string" || !UTC_TIMESTAMP_TEXT.test(text)) return null;
  return { seconds: `${text.slice(0, 10)}T${text.slice(11, 19)}`, fraction: text.length > 22 ? text.slice(20, -3) : "" };
}

/** A timestamp's text (see `TIMESTAMP_TEXT`) as a `Date` (to the millisecond, as `pg` reads one). */
function timestampFromText(text: string): Date {
  const parts = utcTextParts(text);
  if (parts) return new Date(`${parts.seconds}.${parts.fraction.slice(0, 3).padEnd(3, "0")}Z`);
  return new Date(parseTimestampText(text).utcMs);
}

/**
 * A timestamp's text (see `TIMESTAMP_TEXT`) as `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC: what
 * `to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` gives. Offsets are whole
 * seconds, so the fraction stays as written. A value out of that form (a year past 9999, BC,
 * infinity) cannot be a cursor here: it fails loudly rather than page wrong.
 */
export function utcMicrosecondText(text: unknown): string {
  const parts = utcTextParts(text);
  if (parts) return `${parts.seconds}.${parts.fraction.padEnd(6, "0")}Z`;
  const { utcMs, fraction } = parseTimestampText(text);
  const utc = new Date(utcMs).toISOString();
  if (utc.length !== 24 || utc.startsWith("0000")) throw new Error(`a timestamp before year 1 or after 9999 in UTC: ${text}`);
  return `${utc.slice(0, 19)}.${fraction.padEnd(6, "0")}Z`;
}

/** A JSON array of rows (`jsonArrayFrom`) as loader rows. */
export function decodeJsonRows<Row>(json: unknown, timestamps: readonly string[]): Row[] {
  return Array.isArray(json) ? json.map((item) => decodeJsonRow<Row>(item as Record<string, unknown>, timestamps)) : [];
}
