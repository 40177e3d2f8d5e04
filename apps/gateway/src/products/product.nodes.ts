import { NodeType } from "../relay/global-id";
import { registerNodeFetcher } from "../relay/node-registry";
import { toProduct, toProductVersion } from "./product.mapper";

// The catalog is public to every signed-in user.
registerNodeFetcher(NodeType.Product, async (ctx, localId) => {
  const row = await ctx.loaders.product.load(localId);
  return row ? toProduct(row) : null;
});

registerNodeFetcher(NodeType.ProductVersion, async (ctx, localId) => {
  const row = await ctx.loaders.productVersion.load(localId);
  return row ? toProductVersion(row) : null;
});
