import type { IsoDate } from "../vocabulary";

/** `1 incident`, `3 incidents`, `0 incidents`: every count shown to a user goes through this. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The day before an ISO date (UTC calendar arithmetic, so no time zone can shift it). */
export function dayBefore(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * An exclusive end date in words, on `asOf`: "valid through <the day before>" while it has not
 * come, "ended on <end>" once it has. Never "ends <end>", which readers take as the last valid day.
 */
export function describeExclusiveEnd(endsOn: IsoDate, asOf: IsoDate): string {
  return asOf < endsOn ? `valid through ${dayBefore(endsOn)}` : `ended on ${endsOn}`;
}
