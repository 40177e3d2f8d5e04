import pg from "pg";

/** PostgreSQL type OIDs whose default parsing we override. */
const OID = { INT8: 20, DATE: 1082 } as const;

/**
 * Both drivers read values the same way, so code and tests never depend on which one runs:
 * - `date` stays the `YYYY-MM-DD` string (`IsoDate`). `pg` would build a `Date` at local midnight
 *   and PGlite one at UTC midnight; a calendar date has no time zone.
 * - `bigint` (incident numbers, audit ids, `count(*)`) becomes a JS `number`. Safe: none of them
 *   approaches 2^53.
 * - `timestamptz` stays a `Date` (the default of both).
 */
const parseDate = (value: string): string => value;
const parseInt8 = (value: string): number => Number(value);

/** Parsers for PGlite's `parsers` option. */
export const pgliteParsers: Record<number, (value: string) => unknown> = {
  [OID.DATE]: parseDate,
  [OID.INT8]: parseInt8,
};

/** A `types` object for `pg.Pool`, scoped to our pools (the global `pg.types` is left alone). */
export const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (format !== "binary") {
      if (oid === OID.DATE) return parseDate;
      if (oid === OID.INT8) return parseInt8;
    }
    // biome-ignore lint/suspicious/noExplicitAny: pg's overloads cannot be forwarded generically.
    return (pg.types.getTypeParser as any)(oid, format);
  },
};
