/** The coverage checker's URL: the date, product and version checked. */
export interface CoverageSearch {
  asOf?: string;
  productId?: string;
  versionId?: string;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);

/**
 * Every key is returned, `undefined` when invalid: the router lays the raw query string under what
 * this returns, so a key left out would keep its hand-edited raw value.
 */
export function parseCoverageSearch(search: Record<string, unknown>): CoverageSearch {
  const asOf = text(search.asOf);
  return {
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
    productId: text(search.productId),
    versionId: text(search.versionId),
  };
}
