import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toSupportIncident } from "./incident.mapper";
import { findReadableIncident } from "./incident.queries";

registerNodeFetcher(NodeType.SupportIncident, async (ctx, localId) => {
  const row = await findReadableIncident(ctx.db, ctx.viewer, localId);
  return row ? toSupportIncident(row) : null;
});
