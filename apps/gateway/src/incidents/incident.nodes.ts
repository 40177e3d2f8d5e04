import { toProductVersion } from "../products/product.mapper";
import { findReadableIncidentWithRelated } from "../prefetch/incident-related";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toUser } from "../users/user.mapper";
import { nodeColumnsOf, WHOLE_NODE } from "./incident-columns";
import { toSupportIncident } from "./incident.mapper";

registerNodeFetcher(NodeType.SupportIncident, async (ctx, localId, info) => {
  const found = await findReadableIncidentWithRelated(ctx, localId, info ? nodeColumnsOf(info) : WHOLE_NODE);
  if (!found) return null;
  const { productVersion, createdBy } = found.preloaded;
  const node = toSupportIncident(found.incident);
  node.preloaded = {
    ...(productVersion ? { productVersion: toProductVersion(productVersion) } : {}),
    ...(createdBy !== undefined ? { createdBy: createdBy && toUser(createdBy) } : {}),
  };
  return node;
});
