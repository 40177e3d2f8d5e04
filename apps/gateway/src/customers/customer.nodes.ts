import { canReadOrganization } from "../common/tenant";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toCspCustomer } from "./customer.mapper";

registerNodeFetcher(NodeType.CspCustomer, async (ctx, localId) => {
  const row = await ctx.loaders.cspCustomer.load(localId);
  if (!row || !canReadOrganization(ctx.viewer, row.partnerOrganizationId)) return null;
  return toCspCustomer(row);
});
