import { addDays } from "../dates/iso-date";
import { type IsoDate, ProductFamily } from "../vocabulary";
import { CoveredReason, type CoverageProduct, productCoverage } from "./product-coverage";

/** How a version stands in a window of time. */
export const CoverageStatus = {
  /** The newest released version (N). */
  COVERED_AS_N: "COVERED_AS_N",
  /** The version before N, inside its mainstream support. */
  COVERED_AS_N_MINUS_1_MAINSTREAM: "COVERED_AS_N_MINUS_1_MAINSTREAM",
  /** Cloud products have no version rule. */
  COVERED_CLOUD_PRODUCT: "COVERED_CLOUD_PRODUCT",
  /** Not released yet, N-1 out of mainstream, N-2 or older, or unknown. */
  NOT_COVERED: "NOT_COVERED",
} as const;
/** A value of {@link CoverageStatus}. */
export type CoverageStatus = (typeof CoverageStatus)[keyof typeof CoverageStatus];

/** Why a window ends on its `to` date. */
export const CoverageWindowEnd = {
  /** A newer version is released on `to` (N becomes N-1, N-1 becomes N-2). */
  NEWER_RELEASE: "NEWER_RELEASE",
  /** Mainstream support ended the day before `to`. */
  MAINSTREAM_END: "MAINSTREAM_END",
  /** The version itself is released on `to`. */
  RELEASED: "RELEASED",
  /** The asked range ends: the status goes on after it. */
  END_OF_RANGE: "END_OF_RANGE",
} as const;
/** A value of {@link CoverageWindowEnd}. */
export type CoverageWindowEnd = (typeof CoverageWindowEnd)[keyof typeof CoverageWindowEnd];

/** A stretch of time during which a version's coverage does not change: [from, to). */
export interface CoverageWindow {
  /** First day (inclusive). */
  from: IsoDate;
  /** First day after the window (exclusive). */
  to: IsoDate;
  status: CoverageStatus;
  /** The coverage message on the window's first day. */
  message: string;
  endsBecause: CoverageWindowEnd;
}

function statusOf(coverage: ReturnType<typeof productCoverage>): CoverageStatus {
  if (!coverage.covered) return CoverageStatus.NOT_COVERED;
  if (coverage.reason === CoveredReason.CURRENT_VERSION) return CoverageStatus.COVERED_AS_N;
  if (coverage.reason === CoveredReason.PREVIOUS_VERSION_IN_MAINSTREAM) return CoverageStatus.COVERED_AS_N_MINUS_1_MAINSTREAM;
  return CoverageStatus.COVERED_CLOUD_PRODUCT;
}

/**
 * The version's coverage over [from, to), as ordered windows that each keep one status, and why
 * each ends. Computed only from {@link productCoverage} (the one coverage rule) evaluated at the
 * days where it can change: a release of any version of the product, and the day after this
 * version's mainstream end. An empty list when from >= to.
 */
export function coverageWindows(product: CoverageProduct, versionId: string, from: IsoDate, to: IsoDate): CoverageWindow[] {
  if (from >= to) return [];
  const version = product.versions.find((candidate) => candidate.id === versionId);
  const changes = new Set<IsoDate>();
  if (product.family === ProductFamily.ON_PREMISES && version) {
    for (const other of product.versions) changes.add(other.releasedOn);
    changes.add(addDays(version.mainstreamEndOn, 1));
  }
  const starts = [from, ...[...changes].filter((day) => day > from && day < to).sort()];

  const windows: CoverageWindow[] = [];
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? to;
    const coverage = productCoverage(product, versionId, start);
    const status = statusOf(coverage);
    const last = windows.at(-1);
    if (last && last.status === status) {
      last.to = end;
    } else {
      windows.push({ from: start, to: end, status, message: coverage.message, endsBecause: CoverageWindowEnd.END_OF_RANGE });
    }
  }
  for (const window of windows) window.endsBecause = endReason(window.to, to, version, product);
  return windows;
}

function endReason(
  day: IsoDate,
  rangeEnd: IsoDate,
  version: CoverageProduct["versions"][number] | undefined,
  product: CoverageProduct,
): CoverageWindowEnd {
  if (day === rangeEnd || !version) return CoverageWindowEnd.END_OF_RANGE;
  if (day === version.releasedOn) return CoverageWindowEnd.RELEASED;
  if (day === addDays(version.mainstreamEndOn, 1)) return CoverageWindowEnd.MAINSTREAM_END;
  if (product.versions.some((other) => other.id !== version.id && other.releasedOn === day)) return CoverageWindowEnd.NEWER_RELEASE;
  return CoverageWindowEnd.END_OF_RANGE;
}

/** Far enough that every lifecycle date of a catalog is before it. */
const HORIZON: IsoDate = "9999-12-31";

/**
 * The exclusive end of the version's current coverage as of `asOf`: the first day it is no
 * longer covered, across N then N-1. Null when it is not covered on `asOf`, for cloud products,
 * and while it is N with no newer release in the catalog (its end is not known yet).
 */
export function coveredUntil(product: CoverageProduct, versionId: string, asOf: IsoDate): IsoDate | null {
  let end: IsoDate | null = null;
  for (const window of coverageWindows(product, versionId, asOf, HORIZON)) {
    if (window.status === CoverageStatus.NOT_COVERED) break;
    if (window.status === CoverageStatus.COVERED_CLOUD_PRODUCT || window.to === HORIZON) return null;
    end = window.to;
  }
  return end;
}
