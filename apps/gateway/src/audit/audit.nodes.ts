import { doNotCache } from "../performance/response-cache";
import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toAuditEntry } from "./audit.mapper";
import { canReadAuditLog } from "./audit.queries";

registerNodeFetcher(NodeType.AuditEntry, async (ctx, localId) => {
  doNotCache(ctx);
  const row = await ctx.loaders.auditEntry.load(localId);
  if (!row || !canReadAuditLog(ctx.viewer, row.organizationId)) return null;
  return toAuditEntry(row);
});
