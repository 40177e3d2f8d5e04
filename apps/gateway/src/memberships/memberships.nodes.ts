import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toMembershipOffer } from "./memberships.mapper";
import { canReadProgramData } from "./memberships.service";

registerNodeFetcher(NodeType.MembershipOffer, async (ctx, localId) => {
  const row = await ctx.loaders.membershipOffer.load(localId);
  if (!row || !canReadProgramData(ctx.viewer, row.organizationId)) return null;
  return toMembershipOffer(row);
});
