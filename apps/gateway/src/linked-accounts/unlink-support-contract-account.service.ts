import { canManageLinkedAccounts, isOutsideAccount, LinkedAccountRefusal } from "@support-hub/domain";
import { runMutation } from "../common/run-mutation";
import { canReadOrganization, requireViewer } from "../common/tenant";
import { userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { toSupportContract } from "../contracts/contracts.mapper";
import { forbidden, notFound } from "../errors";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import type { UnlinkSupportContractAccountInput } from "./linked-accounts.inputs";
import type { UnlinkSupportContractAccountPayload } from "./linked-accounts.type";

/**
 * The unlinkSupportContractAccount mutation: an admin of the owning organization (or the
 * operator) removes one account's link to one contract. A contract of another organization
 * answers NOT_FOUND like a missing one; an account that is not linked is ACCOUNT_NOT_LINKED.
 * The account may link again only with the current Access ID (rotate it to keep it out).
 */
export async function unlinkSupportContractAccount(
  ctx: GatewayContext,
  input: UnlinkSupportContractAccountInput,
): Promise<UnlinkSupportContractAccountPayload> {
  const viewer = requireViewer(ctx);
  const contractId = expectGlobalId(input.supportContractId, NodeType.SupportContract, "supportContractId");
  const userId = expectGlobalId(input.userId, NodeType.User, "userId");
  if (!isUuid(contractId)) throw notFound("SupportContract");
  if (!isUuid(userId)) throw notFound("User");

  return runMutation<UnlinkSupportContractAccountPayload>(
    ctx,
    { action: "unlinkSupportContractAccount", targetType: "supportContract" },
    async (trx) => {
      const contract = await trx.selectFrom("supportContracts").selectAll().where("id", "=", contractId).executeTakeFirst();
      if (!contract || !canReadOrganization(viewer, contract.organizationId)) throw notFound("SupportContract");
      if (!canManageLinkedAccounts(viewer, contract.organizationId)) {
        throw forbidden("Only a Global Admin or an MPN Partner Admin of the organization can unlink accounts");
      }
      const removed = await trx
        .deleteFrom("contractLinks")
        .where("supportContractId", "=", contractId)
        .where("userId", "=", userId)
        .returning("userId")
        .executeTakeFirst();
      const organizationId = contract.organizationId;
      if (!removed) {
        return {
          ok: false as const,
          payload: { supportContract: null, userErrors: [userError(LinkedAccountRefusal.ACCOUNT_NOT_LINKED, ["input", "userId"])] },
          organizationId,
          targetId: contractId,
          detail: { userId },
        };
      }
      const account = await trx.selectFrom("users").select(["organizationId", "email"]).where("id", "=", userId).executeTakeFirstOrThrow();
      const outcome = {
        ok: true as const,
        payload: { supportContract: toSupportContract(contract), userErrors: [] },
        organizationId,
        targetId: contractId,
        // The email too: the log must say who lost access even after that account is gone.
        detail: { userId, email: account.email, isOutsideOrganization: isOutsideAccount(account, organizationId) },
      };
      return outcome;
    },
  );
}
