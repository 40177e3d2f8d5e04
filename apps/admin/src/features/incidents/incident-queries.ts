import type { CreateSupportIncidentInput, SupportContractFieldsFragment } from "@support-hub/sdk";
import { sdkKey, useSdkMutation, useSdkQuery } from "../../api/sdk-query";
import { useSession } from "../../auth/session";
import { collect } from "../../api/collect";
import { type IncidentSearch, incidentNumberIn, toApiFilter, toApiOrder } from "./incident-search";

export const PAGE_SIZE = 5;

/** One page of incidents for the search and cursor in the URL; the last page stays on screen while the next loads. */
export function useIncidentPage(search: IncidentSearch) {
  const variables = { first: PAGE_SIZE, after: search.pages?.at(-1), filter: toApiFilter(search), orderBy: toApiOrder(search) };
  return useSdkQuery(sdkKey("incidents", variables), (client, signal) => client.incidents(variables, { signal }), { keepPrevious: true });
}

/** The incident whose number the query is (`SR-1001`, `1001`), for a direct "open" link; idle for any other text. */
export function useIncidentNumberHit(query: string | undefined) {
  const number = incidentNumberIn(query);
  const variables = { number: number ?? "" };
  return useSdkQuery(sdkKey("incidentByNumber", variables), (client, signal) => client.incidentByNumber(variables, { signal }), {
    enabled: number !== undefined,
  });
}

/**
 * The contracts this viewer can spend incidents from: those linked to the account (from the
 * shared ["viewer"] query) and, for a program member, the organization's own.
 */
export function useUsableContracts() {
  const { viewer } = useSession();
  const organizationId = viewer.organization?.id ?? "";
  const viewerQuery = useSdkQuery(sdkKey("viewer"), (client, signal) => client.viewer({ signal }));
  const own = useSdkQuery(
    sdkKey("supportContracts", { organizationId }),
    (client, signal) => client.supportContracts({ organizationId }, { signal }).catch(() => []),
    { enabled: organizationId !== "" && viewer.isMpnAssociated },
  );
  const linked = viewerQuery.data?.linkedContracts ?? [];
  const byId = new Map<string, SupportContractFieldsFragment>([...(own.data ?? []), ...linked].map((contract) => [contract.id, contract]));
  const waiting = viewerQuery.isPending || (own.isPending && own.fetchStatus !== "idle");
  return { contracts: waiting ? undefined : [...byId.values()], error: viewerQuery.error ?? own.error, refetch: viewerQuery.refetch };
}

/** Products, and the CSP customers an incident may be opened for. */
export function useIncidentChoices() {
  const { viewer } = useSession();
  const organizationId = viewer.organization?.id ?? "";
  const isOperator = viewer.permissions?.canReadAllOrganizations ?? false;
  const products = useSdkQuery(sdkKey("products"), (client, signal) => client.products({}, { signal }));
  const customers = useSdkQuery(
    sdkKey("customers", { organizationId }),
    (client, signal) => collect(client.paginateCustomers({ organizationId, first: 100 }, { signal })).catch(() => []),
    { enabled: organizationId !== "" && viewer.organization?.cspRelationship !== "NONE" && !isOperator },
  );
  return { products, customers: customers.data ?? [] };
}

export const useCreateIncident = () =>
  useSdkMutation(
    "createSupportIncident",
    (client, { input, idempotencyKey }: { input: CreateSupportIncidentInput; idempotencyKey: string }) =>
      client.createSupportIncident(input, { idempotencyKey }),
  );

export const useWithdrawIncident = () =>
  useSdkMutation("withdrawSupportIncident", (client, incidentId: string) => client.withdrawSupportIncident({ incidentId }));

export const useResolveIncident = () =>
  useSdkMutation("resolveSupportIncident", (client, incidentId: string) => client.resolveSupportIncident({ incidentId }));

export const useStartWorkOnIncident = () =>
  useSdkMutation("startWorkOnSupportIncident", (client, incidentId: string) => client.startWorkOnSupportIncident({ incidentId }));

export const useInputLimits = () => useSdkQuery(sdkKey("inputLimits"), (client, signal) => client.inputLimits({ signal }), {});

export function useSupportPlans(productVersionId: string, customerId: string) {
  const variables = { productVersionId, customerId: customerId || undefined };
  return useSdkQuery(sdkKey("supportPlans", variables), (client, signal) => client.supportPlans(variables, { signal }), {
    enabled: productVersionId !== "",
  });
}
