/** `?organizationId=` of the operator's screens that pick one organization. */
export interface OrganizationSearch {
  organizationId?: string;
}

/** Always returns the key (`undefined` when invalid), so the raw query string cannot show through. */
export function parseOrganizationSearch(search: Record<string, unknown>): OrganizationSearch {
  return { organizationId: typeof search.organizationId === "string" && search.organizationId ? search.organizationId : undefined };
}
