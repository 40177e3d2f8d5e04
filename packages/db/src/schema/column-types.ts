import type { ColumnType } from "kysely";
import type { IsoDate } from "@support-hub/domain";

/**
 * A `timestamptz` column: read as a `Date` (both drivers), written as a `Date` or an ISO string.
 * The database fills it (`default now()`), so inserts may omit it.
 */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** A `timestamptz` column the application sets explicitly. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A nullable `timestamptz` column. */
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/**
 * A `date` column. Both drivers are configured (see `type-parsers.ts`) to return dates as
 * `YYYY-MM-DD` strings, never as `Date`s: a calendar date has no time zone.
 */
export type DateColumn = ColumnType<IsoDate, IsoDate, IsoDate>;

/** A nullable `date` column. */
export type NullableDateColumn = ColumnType<IsoDate | null, IsoDate | null | undefined, IsoDate | null>;

/** A `uuid` primary key the database may generate (`gen_random_uuid()`); never updated. */
export type UuidPk = ColumnType<string, string | undefined, never>;
