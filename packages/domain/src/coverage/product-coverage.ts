import { type IsoDate, ProductFamily } from "../vocabulary";

/** One version of a product, with its fixed lifecycle dates. */
export interface ProductVersion {
  id: string;
  name: string;
  releasedOn: IsoDate;
  /** Last day of mainstream support (inclusive, as Microsoft publishes it). */
  mainstreamEndOn: IsoDate;
  /** Last day of extended support; informative only, coverage does not use it. */
  extendedEndOn: IsoDate;
}

/** A product and its versions (any order). */
export interface CoverageProduct {
  family: ProductFamily;
  versions: readonly ProductVersion[];
}

/** Why a version is covered. */
export const CoveredReason = {
  /** The newest version released on or before the as-of date (N). */
  CURRENT_VERSION: "CURRENT_VERSION",
  /** N-1 while the as-of date is on or before its mainstream end. */
  PREVIOUS_VERSION_IN_MAINSTREAM: "PREVIOUS_VERSION_IN_MAINSTREAM",
  /** Cloud products have no version rule. */
  CLOUD_PRODUCT: "CLOUD_PRODUCT",
} as const;
/** A value of {@link CoveredReason}. */
export type CoveredReason = (typeof CoveredReason)[keyof typeof CoveredReason];

/** Why a version is not covered. */
export const NotCoveredReason = {
  /** Released after the as-of date. */
  NOT_RELEASED: "NOT_RELEASED",
  /** N-1 after its mainstream end. */
  PREVIOUS_VERSION_OUT_OF_MAINSTREAM: "PREVIOUS_VERSION_OUT_OF_MAINSTREAM",
  /** N-2 or older. */
  OLDER_VERSION: "OLDER_VERSION",
  /** The version id is not one of the product's versions. */
  UNKNOWN_VERSION: "UNKNOWN_VERSION",
} as const;
/** A value of {@link NotCoveredReason}. */
export type NotCoveredReason = (typeof NotCoveredReason)[keyof typeof NotCoveredReason];

/** Whether a product version is covered on a date. */
export type ProductCoverage =
  | {
      covered: true;
      reason: CoveredReason;
      /** 0 = N, 1 = N-1; null for cloud products. */
      position: number | null;
      message: string;
    }
  | {
      covered: false;
      reason: NotCoveredReason;
      /** 0 = N, 1 = N-1, 2 = N-2...; null when unknown or not yet released. */
      position: number | null;
      message: string;
    };

/**
 * Coverage of `versionId` on `asOf`: N always; N-1 while asOf <= mainstreamEndOn (the end day
 * itself is still covered); N-2 and older never; cloud products always (versionId ignored).
 * N is the newest version released on or before asOf, so a future release does not demote today's N.
 */
export function productCoverage(product: CoverageProduct, versionId: string | null, asOf: IsoDate): ProductCoverage {
  if (product.family === ProductFamily.CLOUD) {
    return {
      covered: true,
      reason: CoveredReason.CLOUD_PRODUCT,
      position: null,
      message: "Cloud products are covered without a version rule",
    };
  }
  const version = product.versions.find((candidate) => candidate.id === versionId);
  if (!version) {
    return {
      covered: false,
      reason: NotCoveredReason.UNKNOWN_VERSION,
      position: null,
      message: "This product version is not in the product catalog",
    };
  }
  if (version.releasedOn > asOf) {
    return {
      covered: false,
      reason: NotCoveredReason.NOT_RELEASED,
      position: null,
      message: `${version.name} is released on ${version.releasedOn} and is not covered before that`,
    };
  }
  // Newest first; ties on release date fall back to id so the order never depends on input order.
  const released = product.versions
    .filter((candidate) => candidate.releasedOn <= asOf)
    .sort((a, b) => (a.releasedOn === b.releasedOn ? (a.id < b.id ? 1 : -1) : a.releasedOn < b.releasedOn ? 1 : -1));
  const position = released.findIndex((candidate) => candidate.id === version.id);
  if (position === 0) {
    return {
      covered: true,
      reason: CoveredReason.CURRENT_VERSION,
      position,
      message: `${version.name} is the current version and is covered`,
    };
  }
  if (position === 1) {
    return asOf <= version.mainstreamEndOn
      ? {
          covered: true,
          reason: CoveredReason.PREVIOUS_VERSION_IN_MAINSTREAM,
          position,
          message: `${version.name} is the previous version and is covered until the end of mainstream support on ${version.mainstreamEndOn}`,
        }
      : {
          covered: false,
          reason: NotCoveredReason.PREVIOUS_VERSION_OUT_OF_MAINSTREAM,
          position,
          message: `${version.name} is the previous version and left mainstream support on ${version.mainstreamEndOn}`,
        };
  }
  return {
    covered: false,
    reason: NotCoveredReason.OLDER_VERSION,
    position,
    message: `${version.name} is more than one version behind the current version and is not covered`,
  };
}
