import { canReadOrganization } from "../common/tenant";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toUser } from "./user.mapper";

registerNodeFetcher(NodeType.User, async (ctx, localId) => {
  const row = await ctx.loaders.user.load(localId);
  if (!row || row.deletedAt) return null;
  const visible = row.id === ctx.viewer?.id || (row.organizationId !== null && canReadOrganization(ctx.viewer, row.organizationId));
  return visible ? toUser(row) : null;
});
