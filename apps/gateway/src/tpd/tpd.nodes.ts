import { canReadProgramData } from "../memberships/memberships.service";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toTpdEngagement } from "./tpd.mapper";

registerNodeFetcher(NodeType.TpdEngagement, async (ctx, localId) => {
  const row = await ctx.loaders.tpdEngagement.load(localId);
  if (!row || !canReadProgramData(ctx.viewer, row.organizationId)) return null;
  return toTpdEngagement(row);
});
