import type { IsoDate } from "../vocabulary";

const MS_PER_DAY = 86_400_000;

function utcDay(date: IsoDate): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`Not an ISO date: ${date}`);
  return time / MS_PER_DAY;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); no time zone involved. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(utcDay(to) - utcDay(from));
}
