import { canReadOrganization } from "../common/tenant";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toOrganization } from "./organization.mapper";

registerNodeFetcher(NodeType.Organization, async (ctx, localId) => {
  if (!canReadOrganization(ctx.viewer, localId)) return null;
  const row = await ctx.loaders.organization.load(localId);
  return row ? toOrganization(row) : null;
});
