import { findReadableIncidentWithRelated } from "../prefetch/incident-related";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { nodeColumnsOf, WHOLE_NODE } from "./incident-columns";
import { toPreloaded, toSupportIncident } from "./incident.mapper";

registerNodeFetcher(NodeType.SupportIncident, async (ctx, localId, info) => {
  const found = await findReadableIncidentWithRelated(ctx, localId, info ? nodeColumnsOf(info) : WHOLE_NODE);
  if (!found) return null;
  const node = toSupportIncident(found.incident);
  node.preloaded = toPreloaded(found.preloaded);
  return node;
});
