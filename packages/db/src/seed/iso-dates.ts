import type { IsoDate } from "@support-hub/domain";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `YYYY-MM-DD` as a UTC calendar date; throws on anything else. */
export function parseIsoDate(value: IsoDate): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${value}`);
  }
  return date;
}

/** `YYYY-MM-DD` of a `Date`, in UTC. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Today's date in UTC. */
export function todayUtc(): IsoDate {
  return toIsoDate(new Date());
}

/** `date` plus `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parseIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** `date` plus `months`, the day clamped to the target month's length (Jan 31 + 1 = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = parseIsoDate(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return toIsoDate(d);
}

/** A timestamp at `time` (UTC) on `date`, as an ISO string for `timestamptz` columns. */
export function at(date: IsoDate, time = "09:00"): string {
  return `${date}T${time}:00Z`;
}
