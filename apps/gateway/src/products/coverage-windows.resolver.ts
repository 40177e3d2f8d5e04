import { coveredUntil, coverageWindows, type IsoDate } from "@support-hub/domain";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DateScalar } from "../common/scalars";
import type { GatewayContext } from "../context";
import { badInput, notFound } from "../errors";
import { CoverageWindow } from "./coverage-window.type";
import { toCoverageProduct } from "./product.mapper";
import { loadVersionContextCached } from "./product.service";
import { ProductVersion } from "./product.type";

/** The coverage timeline of a version: when it is covered, as what, and why that stops. */
@Resolver(() => ProductVersion)
export class ProductVersionCoverageWindowsResolver {
  @FieldResolver(() => [CoverageWindow], {
    description:
      "The version's coverage over [from, to), oldest first: windows of one status each (covered as N, as N-1 in mainstream, " +
      "not covered) and why each ends (a newer release, mainstream end). Computed from the catalog with the `coverage` rule. " +
      "`from` must be before `to` (BAD_USER_INPUT otherwise).",
  })
  async coverageWindows(
    @Root() version: ProductVersion,
    @Arg("from", () => DateScalar, { description: "First day (inclusive)." }) from: IsoDate,
    @Arg("to", () => DateScalar, { description: "End of the range (exclusive)." }) to: IsoDate,
    @Ctx() ctx: GatewayContext,
  ): Promise<CoverageWindow[]> {
    if (from >= to) throw badInput("`from` must be before `to`", "from");
    const context = await loadVersionContextCached(ctx, version.localId);
    if (!context) throw notFound("Product version");
    return coverageWindows(toCoverageProduct(context.product, context.versions), version.localId, from, to);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "The first day the version is no longer covered (exclusive end of its current coverage, as N then N-1), as of today. " +
      "Null when it is not covered today, for cloud products, and while it is N with no newer release in the catalog (not known yet).",
  })
  async coveredUntil(@Root() version: ProductVersion, @Ctx() ctx: GatewayContext): Promise<IsoDate | null> {
    const context = await loadVersionContextCached(ctx, version.localId);
    if (!context) throw notFound("Product version");
    return coveredUntil(toCoverageProduct(context.product, context.versions), version.localId, ctx.today);
  }
}
