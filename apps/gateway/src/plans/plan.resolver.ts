import { listSupportPlans } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { requireViewer } from "../common/tenant";
import type { GatewayContext } from "../context";
import { SupportContract } from "../contracts/contracts.type";
import { loadVisibleSupportContract } from "../contracts/load-visible-contract";
import { notFound } from "../errors";
import { loadVersionContextCached } from "../products/product.service";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import { toSupportPlanListing } from "./plan.mapper";
import { loadPlanInput } from "./plan.service";
import { SupportPlan, SupportPlanListing } from "./plan.type";

@Resolver()
export class SupportPlanResolver {
  @Authorized()
  @Query(() => SupportPlanListing, {
    description:
      "The signed-in account's support plans for a product version: available plans (with term and incidents remaining), " +
      "unavailable plans with their reason (expired, no incidents remaining, version not covered, wrong kind of product, not linked, " +
      "benefits not activated, not entitled (e.g. Action Pack on a cloud product), CSP customer rules), " +
      "and paid plan suggestions when nothing is available. The account's contracts are its organization's (linked or not) and those it linked. Any signed-in user.",
  })
  async supportPlans(
    @Arg("productVersionId", () => ID, { description: "The product version (a ProductVersion ID)." }) productVersionId: string,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to evaluate on; default today (the UTC date)." })
    asOf: string | null | undefined,
    @Arg("customerId", () => ID, {
      nullable: true,
      description: "A CSP customer (a CspCustomer ID) the request would be for; omit for your own organization.",
    })
    customerId: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<SupportPlanListing> {
    const viewer = requireViewer(ctx);
    const versionId = expectGlobalId(productVersionId, NodeType.ProductVersion, "productVersionId");
    const customerLocalId = customerId ? expectGlobalId(customerId, NodeType.CspCustomer, "customerId") : null;
    const date = asOf ?? ctx.today;
    const context = isUuid(versionId) ? await loadVersionContextCached(ctx, versionId) : null;
    if (!context) throw notFound("Product version");
    const input = await loadPlanInput(ctx.db, viewer, context, date, customerLocalId);
    const listing = listSupportPlans(input);
    const customer =
      customerLocalId && input.forCustomer?.servedByActorOrganization ? await ctx.loaders.cspCustomer.load(customerLocalId) : undefined;
    return toSupportPlanListing(listing, { asOf: date, context, coverage: input.coverage, customer: customer ?? null });
  }
}

@Resolver(() => SupportPlan)
export class SupportPlanContractResolver {
  @FieldResolver(() => SupportContract, {
    nullable: true,
    description:
      "The support contract of the plan; null for Cloud Solution Provider, and for an unavailable plan that stands for a benefit the organization does not have (BENEFITS_NOT_ACTIVATED, NOT_ENTITLED, NOT_AUTHORIZED, nothing linked).",
  })
  supportContract(@Root() plan: SupportPlan, @Ctx() ctx: GatewayContext) {
    return plan.supportContractLocalId ? loadVisibleSupportContract(ctx, plan.supportContractLocalId) : null;
  }
}
