import type { GraphQLResolveInfo } from "graphql";
import type { GatewayContext } from "../context";
import type { NodeType } from "./global-id";

/**
 * How `node(id:)` fetches each type. A fetcher returns null for a missing object AND for one the
 * viewer may not read, so a foreign ID answers exactly like a missing one. `info` is the `node`
 * (or `nodes`) field's, for a fetcher that reads only what the selection needs.
 */
export type NodeFetcher = (ctx: GatewayContext, localId: string, info?: GraphQLResolveInfo) => Promise<object | null>;

const fetchers = new Map<NodeType, NodeFetcher>();

export function registerNodeFetcher(type: NodeType, fetcher: NodeFetcher): void {
  fetchers.set(type, fetcher);
}

export function nodeFetcher(type: NodeType): NodeFetcher | undefined {
  return fetchers.get(type);
}
