import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { GatewayContext } from "../context";
import { badInput } from "../errors";
import { isUuid } from "../users/user.queries";
import { fromGlobalId, NodeType } from "./global-id";
import { Node } from "./node.interface";
import { nodeFetcher } from "./node-registry";

const MAX_NODES = 100;

async function fetchNode(ctx: GatewayContext, id: string, info: GraphQLResolveInfo): Promise<object | null> {
  const { type, id: localId } = fromGlobalId(id);
  const numeric = type === NodeType.AuditEntry;
  if (numeric ? !/^\d{1,18}$/.test(localId) : !isUuid(localId)) return null;
  const fetcher = nodeFetcher(type);
  return fetcher ? fetcher(ctx, localId, info) : null;
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: "Any object by its global ID; null when it does not exist or is not yours to see.",
  })
  node(@Arg("id", () => ID, { description: "A global ID." }) id: string, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    return fetchNode(ctx, id, info);
  }

  @Authorized()
  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global ID, in the same order (null where missing or not yours). At most ${MAX_NODES}.`,
  })
  async nodes(
    @Arg("ids", () => [ID], { description: "Global IDs." }) ids: string[],
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (ids.length > MAX_NODES) throw badInput(`At most ${MAX_NODES} ids`, "ids");
    return Promise.all(ids.map((id) => fetchNode(ctx, id, info)));
  }
}
