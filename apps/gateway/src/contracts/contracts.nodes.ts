import { canReadProgramData } from "../memberships/memberships.service";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toSupportContract } from "./contracts.mapper";

/** Members (program-associated) and the operator see their contracts; any account sees a contract it linked. */
registerNodeFetcher(NodeType.SupportContract, async (ctx, localId) => {
  const row = await ctx.loaders.supportContract.load(localId);
  if (!row) return null;
  let visible = canReadProgramData(ctx.viewer, row.organizationId);
  if (!visible && ctx.viewer) {
    const links = await ctx.loaders.linksOfUser.load(ctx.viewer.id);
    visible = links.some((link) => link.supportContractId === row.id);
  }
  return visible ? toSupportContract(row, ctx.today) : null;
});
