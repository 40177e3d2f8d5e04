import { ProductFamily, Role } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../common/scalars";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { loadOrNotFound } from "../loaders";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { AddProductVersionInput, AddProductVersionPayload, UpsertProductInput, UpsertProductPayload } from "./product.inputs";
import { addProductVersion } from "./add-product-version.service";
import { toProduct, toProductCoverage, toProductVersion } from "./product.mapper";
import { coverageIn, loadVersionContextCached } from "./product.service";
import { Product, ProductCoverage, ProductVersion } from "./product.type";
import { upsertProduct } from "./upsert-product.service";

@Resolver(() => Product)
export class ProductResolver {
  @Authorized()
  @Query(() => [Product], { description: "The product catalog, by name. Any signed-in user." })
  async products(
    @Arg("family", () => ProductFamily, { nullable: true, description: "Only products of this family." })
    family: ProductFamily | null | undefined,
    @Ctx() ctx: GatewayContext,
  ) {
    let query = ctx.db.selectFrom("products").selectAll();
    if (family) query = query.where("family", "=", family);
    // Sorted here, not in SQL: the database collation differs between engines.
    const rows = (await query.execute()).sort((a, b) => a.name.localeCompare(b.name, "en") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const row of rows) ctx.loaders.product.prime(row.id, row);
    return rows.map(toProduct);
  }

  @FieldResolver(() => [ProductVersion], { description: "The product's versions, newest release first." })
  async versions(@Root() product: Product, @Ctx() ctx: GatewayContext) {
    const rows = await ctx.loaders.versionsOfProduct.load(product.localId);
    for (const row of rows) ctx.loaders.productVersion.prime(row.id, row);
    return rows.map(toProductVersion);
  }

  @Authorized(Role.SUPPORT_OPERATOR)
  @Mutation(() => UpsertProductPayload, {
    description:
      "Creates a product, or replaces the one with the same key. Requires SUPPORT_OPERATOR. " +
      "Invalid fields (key format, Microsoft 365 / CSP flags on an on-premises product, family change of a product with versions) are userErrors.",
  })
  async upsertProduct(
    @Arg("input", () => UpsertProductInput, { description: "The product." }) input: UpsertProductInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpsertProductPayload> {
    return upsertProduct(ctx, input);
  }

  @Authorized(Role.SUPPORT_OPERATOR)
  @Mutation(() => AddProductVersionPayload, {
    description:
      "Adds a version to a product. Requires SUPPORT_OPERATOR. A duplicate name (DUPLICATE_VERSION_NAME), a missing " +
      "on-premises lifecycle date or an end before the release are userErrors; an unknown product is NOT_FOUND.",
  })
  async addProductVersion(
    @Arg("input", () => AddProductVersionInput, { description: "The version." }) input: AddProductVersionInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddProductVersionPayload> {
    const productId = expectGlobalId(input.productId, NodeType.Product, "productId");
    return addProductVersion(ctx, productId, input);
  }
}

@Resolver(() => ProductVersion)
export class ProductVersionResolver {
  @FieldResolver(() => Product, { description: "The product this version belongs to." })
  async product(@Root() version: ProductVersion, @Ctx() ctx: GatewayContext) {
    return toProduct(await loadOrNotFound(ctx.loaders.product, version.productLocalId, "Product"));
  }

  @FieldResolver(() => ProductCoverage, {
    description:
      "Whether the version is covered on `asOf` (default: today, the UTC date): N always, N-1 inside mainstream support, N-2 and older never.",
  })
  async coverage(
    @Root() version: ProductVersion,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to compute coverage for; defaults to today (the UTC date)." })
    asOf: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductCoverage> {
    const date = asOf ?? ctx.today;
    const context = await loadVersionContextCached(ctx, version.localId);
    if (!context) throw notFound("Product version");
    return toProductCoverage(coverageIn(context, date), date);
  }
}
