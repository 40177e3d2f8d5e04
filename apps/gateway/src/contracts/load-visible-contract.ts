import type { GatewayContext } from "../context";
import { canReadProgramData } from "../memberships/memberships.service";
import { toSupportContract } from "./contracts.mapper";
import type { SupportContract } from "./contracts.type";

/**
 * A support contract through the request's loaders, or null when missing or not the viewer's to
 * see. Members (program-associated) and the operator see their contracts; any account sees a
 * contract it linked. `node(id:)`, `SupportIncident.supportContract` and
 * `SupportPlan.supportContract` share this rule.
 */
export async function loadVisibleSupportContract(ctx: GatewayContext, localId: string): Promise<SupportContract | null> {
  const row = await ctx.loaders.supportContract.load(localId);
  if (!row) return null;
  let visible = canReadProgramData(ctx.viewer, row.organizationId);
  if (!visible && ctx.viewer) {
    const links = await ctx.loaders.linksOfUser.load(ctx.viewer.id);
    visible = links.some((link) => link.supportContractId === row.id);
  }
  return visible ? toSupportContract(row) : null;
}
