import type { GatewayContext } from "../context";
import type { NodeType } from "./global-id";

/**
 * How `node(id:)` fetches each type. A fetcher returns null for a missing object AND for one the
 * viewer may not read, so a foreign ID answers exactly like a missing one.
 */
export type NodeFetcher = (ctx: GatewayContext, localId: string) => Promise<object | null>;

const fetchers = new Map<NodeType, NodeFetcher>();

export function registerNodeFetcher(type: NodeType, fetcher: NodeFetcher): void {
  fetchers.set(type, fetcher);
}

export function nodeFetcher(type: NodeType): NodeFetcher | undefined {
  return fetchers.get(type);
}
