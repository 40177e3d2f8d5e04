import { sdkKey, useSdkMutation, useSdkQuery } from "../../api/sdk-query";

/** Every contract of the organization with who linked it, in one request (the accounts of one contract rarely pass 50). */
export function useOrganizationLinkedAccounts(organizationId: string) {
  return useSdkQuery(sdkKey("organizationLinkedAccounts", { organizationId }), (client, signal) =>
    client.organizationLinkedAccounts({ organizationId }, { signal }),
  );
}

export const useUnlinkAccount = () =>
  useSdkMutation("unlinkSupportContractAccount", (client, input: { supportContractId: string; userId: string }) =>
    client.unlinkSupportContractAccount(input),
  );

// No input: an admin rotates its own organization's Access ID (only the operator names one).
export const useRotateAccessId = () => useSdkMutation("rotateAccessId", (client, _: undefined) => client.rotateAccessId());
