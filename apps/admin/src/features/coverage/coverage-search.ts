/** The coverage checker's URL: the date, product and version checked. */
export interface CoverageSearch {
  asOf?: string;
  productId?: string;
  versionId?: string;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);

export function parseCoverageSearch(search: Record<string, unknown>): CoverageSearch {
  const asOf = text(search.asOf);
  const productId = text(search.productId);
  const versionId = text(search.versionId);
  return {
    ...(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? { asOf } : {}),
    ...(productId ? { productId } : {}),
    ...(versionId ? { versionId } : {}),
  };
}
