import { collect } from "../../api/collect";
import { sdkKey, useSdkQuery } from "../../api/sdk-query";
import { useSession, type Viewer } from "../../auth/session";

/**
 * Who may ask about a CSP customer: members of an organization in the Cloud Solution Provider
 * program (the walk's CSP_ROLE step then says whether this account may act, or names the Admin
 * Agent to ask). The operator has no organization of its own.
 */
export const asksForCustomers = (viewer: Viewer) =>
  viewer.organization !== null && viewer.organization.cspRelationship !== "NONE" && !viewer.permissions?.canReadAllOrganizations;

/** The catalog and the organization's CSP customers (the same cache entries as the incident form). */
export function useEligibilityChoices() {
  const { viewer } = useSession();
  const organizationId = viewer.organization?.id ?? "";
  const products = useSdkQuery(sdkKey("products"), (client, signal) => client.products({}, { signal }));
  const customers = useSdkQuery(
    sdkKey("customers", { organizationId }),
    (client, signal) => collect(client.paginateCustomers({ organizationId, first: 100 }, { signal })).catch(() => []),
    { enabled: asksForCustomers(viewer) },
  );
  return { products, customers: customers.data ?? [] };
}

export function useEligibility(variables: { productVersionId: string; customerId?: string; asOf?: string }) {
  return useSdkQuery(sdkKey("eligibility", variables), (client, signal) => client.eligibility(variables, { signal }), {
    enabled: variables.productVersionId !== "",
  });
}
