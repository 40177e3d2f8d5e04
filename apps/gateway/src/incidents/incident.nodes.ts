import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toSupportIncident } from "./incident.mapper";
import { findReadableIncidentWithRelated } from "../prefetch/incident-related";

registerNodeFetcher(NodeType.SupportIncident, async (ctx, localId) => {
  const row = await findReadableIncidentWithRelated(ctx, localId);
  return row ? toSupportIncident(row) : null;
});
