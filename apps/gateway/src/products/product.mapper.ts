import type { Product as ProductRow, ProductVersion as ProductVersionRow } from "@support-hub/db";
import type { CoverageProduct, IsoDate, ProductCoverage as DomainCoverage, SupportProduct } from "@support-hub/domain";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { Product, ProductCoverage, ProductVersion } from "./product.type";

export function toProduct(row: ProductRow): Product {
  return {
    id: toGlobalId(NodeType.Product, row.id),
    localId: row.id,
    key: row.key,
    name: row.name,
    family: row.family,
    isMicrosoft365: row.isMicrosoft365,
    isCspEligible: row.cspPlanEligible,
  };
}

export function toProductVersion(row: ProductVersionRow): ProductVersion {
  return {
    id: toGlobalId(NodeType.ProductVersion, row.id),
    localId: row.id,
    productLocalId: row.productId,
    name: row.name,
    releasedOn: row.releasedOn,
    mainstreamEndOn: row.mainstreamEndOn,
    extendedEndOn: row.extendedEndOn,
  };
}

/** The plan rules' view of a product. */
export function toSupportProduct(row: ProductRow): SupportProduct {
  return { family: row.family, isMicrosoft365: row.isMicrosoft365, cspEligible: row.cspPlanEligible };
}

// An on-premises version stored without a lifecycle end has not left support (the catalog
// mutation requires the dates, so this only concerns rows entered by hand).
const OPEN_END = "9999-12-31";

/** The coverage rule's view of a product and its versions. */
export function toCoverageProduct(product: ProductRow, versions: readonly ProductVersionRow[]): CoverageProduct {
  return {
    family: product.family,
    versions: versions.map((version) => ({
      id: version.id,
      name: `${product.name} ${version.name}`,
      releasedOn: version.releasedOn,
      mainstreamEndOn: version.mainstreamEndOn ?? OPEN_END,
      extendedEndOn: version.extendedEndOn ?? OPEN_END,
    })),
  };
}

export function toProductCoverage(coverage: DomainCoverage, asOf: IsoDate): ProductCoverage {
  return {
    asOf,
    isCovered: coverage.covered,
    reason: coverage.reason,
    position: coverage.position,
    message: coverage.message,
  };
}
