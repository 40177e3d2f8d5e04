import type { AuditLogFilter } from "@support-hub/sdk";
import { collect } from "../../api/collect";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";

export const PAGE_SIZE = 20;

/**
 * One page of the audit log: an organization's (`Organization.auditLog`, a Global Admin's own), or
 * for the operator every organization's unless one is picked (`Query.auditLog`). Both under the
 * "auditLog" key, which every mutation invalidates (each call is audited).
 */
export function useAuditPage(request: { organizationId: string; everyOrganization: boolean; filter: AuditLogFilter; after?: string }) {
  const { organizationId, everyOrganization, filter, after } = request;
  const variables = { organizationId, first: PAGE_SIZE, after, filter };
  return useSdkQuery(
    sdkKey("auditLog", { ...variables, everyOrganization }),
    async (client, signal) => {
      if (everyOrganization) return client.auditLog({ ...variables, organizationId: organizationId || undefined }, { signal });
      return client.organizationAuditLog(variables, { signal });
    },
    { enabled: everyOrganization || organizationId !== "", keepPrevious: true },
  );
}

/** The organization's users, for the "who" filter (the same cache entry as the roles screen). */
export function useOrganizationUsers(organizationId: string) {
  return useSdkQuery(
    sdkKey("organizationUsers", { organizationId }),
    (client, signal) => collect(client.paginateOrganizationUsers({ organizationId, first: 100 }, { signal })),
    { enabled: organizationId !== "" },
  );
}

export function useOrganizations(enabled: boolean) {
  return useSdkQuery(sdkKey("organizations"), (client, signal) => collect(client.paginateOrganizations({ first: 100 }, { signal })), {
    enabled,
  });
}
