import {
  type CatalogFieldError,
  ProductFamily,
  Role,
  validateProductDraft,
  validateProductVersionDraft,
} from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { runMutation } from "../common/run-mutation";
import { DateScalar } from "../common/scalars";
import { type UserError, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import { AddProductVersionInput, AddProductVersionPayload, UpsertProductInput, UpsertProductPayload } from "./product.inputs";
import { toProduct, toProductCoverage, toProductVersion } from "./product.mapper";
import { coverageIn, loadVersionContextCached } from "./product.service";
import { Product, ProductCoverage, ProductVersion } from "./product.type";

const fieldErrors = (errors: readonly CatalogFieldError[]): UserError[] =>
  errors.map((error) => userError(error.code, ["input", error.field], error.message));

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
    const rows = (await query.execute()).sort(
      (a, b) => a.name.localeCompare(b.name, "en") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
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
    return runMutation<UpsertProductPayload>(ctx, { action: "upsertProduct", targetType: "product" }, async (trx) => {
      const refuse = (errors: readonly CatalogFieldError[]) => ({
        ok: false as const,
        payload: { product: null, created: null, userErrors: fieldErrors(errors) },
        organizationId: null,
        targetId: null,
        detail: { key: input.key.slice(0, 100) },
      });
      const draft = {
        key: input.key,
        name: input.name,
        family: input.family,
        isMicrosoft365: input.isMicrosoft365 ?? false,
        cspEligible: input.cspEligible ?? false,
      };
      const first = validateProductDraft(draft);
      if (!first.ok) return refuse(first.errors);
      const existing = await trx
        .selectFrom("products")
        .select(["id", "family"])
        .where("key", "=", first.value.key)
        .forUpdate()
        .executeTakeFirst();
      let versionCount = 0;
      if (existing) {
        const counted = await trx
          .selectFrom("productVersions")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("productId", "=", existing.id)
          .executeTakeFirstOrThrow();
        versionCount = Number(counted.count);
      }
      const checked = validateProductDraft(draft, existing ? { family: existing.family, versionCount } : null);
      if (!checked.ok) return refuse(checked.errors);
      const { key, name, family, isMicrosoft365, cspEligible } = checked.value;
      const values = { name, family, isMicrosoft365, cspPlanEligible: cspEligible };
      let row = existing
        ? undefined
        : await trx
            .insertInto("products")
            .values({ key, ...values })
            .onConflict((oc) => oc.column("key").doNothing())
            .returningAll()
            .executeTakeFirst();
      const created = row !== undefined;
      // Replaced, or created concurrently by another request since we looked: update it.
      row ??= await trx.updateTable("products").set(values).where("key", "=", key).returningAll().executeTakeFirstOrThrow();
      return {
        ok: true,
        payload: { product: toProduct(row), created, userErrors: [] },
        organizationId: null,
        targetId: row.id,
        detail: { key, created },
      };
    });
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
    if (!isUuid(productId)) throw notFound("Product");
    return runMutation<AddProductVersionPayload>(
      ctx,
      { action: "addProductVersion", targetType: "productVersion" },
      async (trx) => {
        // Locking the product serializes concurrent additions, so the duplicate check holds.
        const product = await trx.selectFrom("products").selectAll().where("id", "=", productId).forUpdate().executeTakeFirst();
        if (!product) throw notFound("Product");
        const existing = await trx.selectFrom("productVersions").select("name").where("productId", "=", productId).execute();
        const refuse = (errors: UserError[]) => ({
          ok: false as const,
          payload: { productVersion: null, userErrors: errors },
          organizationId: null,
          targetId: null,
          detail: { productId, name: input.name.slice(0, 100) },
        });
        const checked = validateProductVersionDraft(
          {
            name: input.name,
            releasedOn: input.releasedOn,
            mainstreamEndOn: input.mainstreamEndOn ?? null,
            extendedEndOn: input.extendedEndOn ?? null,
          },
          { family: product.family, versionNames: existing.map((row) => row.name) },
        );
        if (!checked.ok) return refuse(fieldErrors(checked.errors));
        const row = await trx
          .insertInto("productVersions")
          .values({ productId, ...checked.value })
          .onConflict((oc) => oc.columns(["productId", "name"]).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!row) return refuse([userError("DUPLICATE_VERSION_NAME", ["input", "name"])]);
        return {
          ok: true,
          payload: { productVersion: toProductVersion(row), userErrors: [] },
          organizationId: null,
          targetId: row.id,
          detail: { productId, name: row.name },
        };
      },
    );
  }
}

@Resolver(() => ProductVersion)
export class ProductVersionResolver {
  @FieldResolver(() => Product, { description: "The product this version belongs to." })
  async product(@Root() version: ProductVersion, @Ctx() ctx: GatewayContext) {
    const row = await ctx.loaders.product.load(version.productLocalId);
    if (!row) throw notFound("Product");
    return toProduct(row);
  }

  @FieldResolver(() => ProductCoverage, {
    description: "Whether the version is covered on `asOf` (default: today): N always, N-1 inside mainstream support, N-2 and older never.",
  })
  async coverage(
    @Root() version: ProductVersion,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to compute coverage for; default today." })
    asOf: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductCoverage> {
    const date = asOf ?? ctx.today;
    const context = await loadVersionContextCached(ctx, version.localId);
    if (!context) throw notFound("Product version");
    return toProductCoverage(coverageIn(context, date), date);
  }
}
