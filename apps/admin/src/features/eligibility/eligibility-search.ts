/** The eligibility walk-through's URL: what is asked about, for whom, on which date. */
export interface EligibilitySearch {
  productId?: string;
  versionId?: string;
  customerId?: string;
  asOf?: string;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);

/** Keeps only what the screen understands, so a hand-edited URL cannot break it. */
export function parseEligibilitySearch(search: Record<string, unknown>): EligibilitySearch {
  const asOf = text(search.asOf);
  const productId = text(search.productId);
  const versionId = text(search.versionId);
  const customerId = text(search.customerId);
  return {
    ...(productId ? { productId } : {}),
    ...(versionId ? { versionId } : {}),
    ...(customerId ? { customerId } : {}),
    ...(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? { asOf } : {}),
  };
}
