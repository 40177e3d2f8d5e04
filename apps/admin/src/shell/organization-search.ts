/** `?organizationId=` of the operator's screens that pick one organization. */
export interface OrganizationSearch {
  organizationId?: string;
}

export function parseOrganizationSearch(search: Record<string, unknown>): OrganizationSearch {
  return typeof search.organizationId === "string" && search.organizationId ? { organizationId: search.organizationId } : {};
}
