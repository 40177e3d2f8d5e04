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

/** A JSON array of rows (`jsonArrayFrom`) as loader rows. */
export function decodeJsonRows<Row>(json: unknown, timestamps: readonly string[]): Row[] {
  return Array.isArray(json) ? json.map((item) => decodeJsonRow<Row>(item as Record<string, unknown>, timestamps)) : [];
}
