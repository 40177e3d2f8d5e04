import type { Executor, Product as ProductRow, ProductVersion as ProductVersionRow } from "@support-hub/db";
import { type IsoDate, productCoverage, type ProductCoverage } from "@support-hub/domain";
import type { GatewayContext } from "../context";
import { toCoverageProduct } from "./product.mapper";

/** A version with its product and all the product's versions: what coverage and the plan rules need. */
export interface VersionContext {
  version: ProductVersionRow;
  product: ProductRow;
  versions: ProductVersionRow[];
}

/** Loads a version's context on any executor (use the transaction inside a mutation). */
export async function loadVersionContext(db: Executor, versionId: string): Promise<VersionContext | null> {
  const version = await db.selectFrom("productVersions").selectAll().where("id", "=", versionId).executeTakeFirst();
  if (!version) return null;
  const product = await db.selectFrom("products").selectAll().where("id", "=", version.productId).executeTakeFirstOrThrow();
  const versions = await db.selectFrom("productVersions").selectAll().where("productId", "=", product.id).execute();
  return { version, product, versions };
}

/** Same as {@link loadVersionContext}, batched through the request's DataLoaders (queries only). */
export async function loadVersionContextCached(ctx: GatewayContext, versionId: string): Promise<VersionContext | null> {
  const version = await ctx.loaders.productVersion.load(versionId);
  if (!version) return null;
  const [product, versions] = await Promise.all([
    ctx.loaders.product.load(version.productId),
    ctx.loaders.versionsOfProduct.load(version.productId),
  ]);
  if (!product) return null;
  return { version, product, versions };
}

/** The domain's coverage of the context's version on `asOf`. */
export function coverageIn(context: VersionContext, asOf: IsoDate): ProductCoverage {
  return productCoverage(toCoverageProduct(context.product, context.versions), context.version.id, asOf);
}
