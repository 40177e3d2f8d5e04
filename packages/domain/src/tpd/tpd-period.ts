import type { IsoDate } from "../vocabulary";

/** A TPD balance period: [startsOn, endsOn). */
export interface TpdPeriod {
  year: number;
  startsOn: IsoDate;
  /** Exclusive: the first day of the next period. */
  endsOn: IsoDate;
}

/** The TPD period containing `asOf`: the calendar year (hours reset on 1 January). */
export function tpdPeriod(asOf: IsoDate): TpdPeriod {
  const year = Number(asOf.slice(0, 4));
  if (!Number.isInteger(year)) throw new RangeError(`Not an ISO date: ${asOf}`);
  return { year, startsOn: `${String(year).padStart(4, "0")}-01-01`, endsOn: `${String(year + 1).padStart(4, "0")}-01-01` };
}
