import type { CoverageStatus, CoverageWindowEnd } from "@support-hub/sdk";

/** What a window's status means, in words (the chart's colour is never the only signal). */
export const STATUS_LABELS: Record<CoverageStatus, string> = {
  COVERED_AS_N: "Covered as N (newest version)",
  COVERED_AS_N_MINUS_1_MAINSTREAM: "Covered as N-1 (in mainstream support)",
  COVERED_CLOUD_PRODUCT: "Covered (cloud product)",
  NOT_COVERED: "Not covered",
};

/** The short tag drawn inside a bar when it is wide enough. */
export const STATUS_TAGS: Record<CoverageStatus, string> = {
  COVERED_AS_N: "N",
  COVERED_AS_N_MINUS_1_MAINSTREAM: "N-1",
  COVERED_CLOUD_PRODUCT: "Cloud",
  NOT_COVERED: "",
};

export const END_LABELS: Record<CoverageWindowEnd, string> = {
  NEWER_RELEASE: "a newer version is released",
  MAINSTREAM_END: "mainstream support ended",
  RELEASED: "the version is released",
  END_OF_RANGE: "goes on after the range shown",
};

const day = (localDate: string) => Date.parse(`${localDate}T00:00:00Z`);

/** Where a date sits on the axis of [from, to), in percent (clamped to the axis). */
export function axisPercent(localDate: string, from: string, to: string): number {
  const share = (day(localDate) - day(from)) / (day(to) - day(from));
  return Math.min(100, Math.max(0, share * 100));
}

/** The 1st of January of each year inside (from, to): the axis's ticks. */
export function yearTicks(from: string, to: string): string[] {
  const ticks: string[] = [];
  for (let year = Number(from.slice(0, 4)) + 1; `${year}-01-01` < to; year++) ticks.push(`${year}-01-01`);
  return ticks;
}
