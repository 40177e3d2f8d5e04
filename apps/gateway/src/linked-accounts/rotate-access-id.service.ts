import { canManageLinkedAccounts, LinkedAccountRefusal } from "@support-hub/domain";
import { runMutation } from "../common/run-mutation";
import { requireViewer, targetOrganization } from "../common/tenant";
import { userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { newAccessId } from "../benefits/benefits.ids";
import { forbidden } from "../errors";
import type { RotateAccessIdInput } from "./linked-accounts.inputs";
import type { RotateAccessIdPayload } from "./linked-accounts.type";

/**
 * The rotateAccessId mutation: issues a new Access ID for the organization (the Contract ID
 * stays). The old Access ID is overwritten, so the old pair matches nothing: linking with it is
 * INVALID_PAIR, throttled like any wrong guess, and never tells that the ID once existed.
 * Existing links are kept (an admin unlinks the accounts that should go). Neither ID is written
 * to the audit log: it holds no secrets.
 */
export async function rotateAccessId(ctx: GatewayContext, input: RotateAccessIdInput | null | undefined): Promise<RotateAccessIdPayload> {
  const viewer = requireViewer(ctx);
  const organizationId = targetOrganization(ctx, viewer, input?.organizationId);
  if (!canManageLinkedAccounts(viewer, organizationId)) {
    throw forbidden("Only a Global Admin or an MPN Partner Admin of the organization can rotate the Access ID");
  }
  return runMutation<RotateAccessIdPayload>(ctx, { action: "rotateAccessId", targetType: "organization" }, async (trx) => {
    const rotated = await trx
      .updateTable("benefitActivations")
      .set({ accessId: newAccessId() })
      .where("organizationId", "=", organizationId)
      .returning("accessId")
      .executeTakeFirst();
    if (!rotated) {
      return {
        ok: false,
        payload: { accessId: null, linkedAccountCount: null, userErrors: [userError(LinkedAccountRefusal.NOT_ACTIVATED)] },
        organizationId,
        targetId: organizationId,
      };
    }
    const links = await trx
      .selectFrom("contractLinks")
      .innerJoin("supportContracts", "supportContracts.id", "contractLinks.supportContractId")
      .select((eb) => eb.fn.count<string>("contractLinks.userId").distinct().as("count"))
      .where("supportContracts.organizationId", "=", organizationId)
      .executeTakeFirstOrThrow();
    const linkedAccountCount = Number(links.count);
    return {
      ok: true,
      payload: { accessId: rotated.accessId, linkedAccountCount, userErrors: [] },
      organizationId,
      targetId: organizationId,
      detail: { linkedAccountsKept: linkedAccountCount },
    };
  });
}
