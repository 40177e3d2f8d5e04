import { today } from "../../api/format";

/** The coverage timeline's URL: the product shown and the range [from, to). */
export interface TimelineSearch {
  productId?: string;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (value: unknown) => (typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);

/** Keeps only what the screen understands: a hand-edited URL with a bad or reversed range falls back to the default. */
export function parseTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const from = date(search.from);
  const to = date(search.to);
  const range = from && to && from < to ? { from, to } : {};
  return {
    ...(typeof search.productId === "string" && search.productId ? { productId: search.productId } : {}),
    ...range,
  };
}

/** A LocalDate moved by whole years (29 February becomes 1 March). */
export function addYears(localDate: string, years: number): string {
  const [y, m, d] = localDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** The range shown when the URL names none: a year back (what changed), three ahead (what to plan for). */
export function defaultRange(day = today()): { from: string; to: string } {
  return { from: addYears(day, -1), to: addYears(day, 3) };
}
