import { assessBenefitYear, computeEntitlements, explainEligibility, listSupportPlans, usersWhoCanActivate } from "@support-hub/domain";
import { loadCurrentBenefitYear } from "../benefits/benefits.service";
import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { requireViewer } from "../common/tenant";
import type { GatewayContext } from "../context";
import { notAuthorized, notFound } from "../errors";
import { loadPlanInput } from "../plans/plan.service";
import { loadVersionContextCached } from "../products/product.service";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { toUser } from "../users/user.mapper";
import { isUuid } from "../users/user.queries";
import { Eligibility } from "./eligibility.type";

@Resolver()
export class EligibilityResolver {
  @Authorized()
  @Query(() => Eligibility, {
    description:
      "Whether your account can open a request for a product version (and optionally a CSP customer) on `asOf`, walking the rules " +
      "in order (offer, entitlement, activation, contract, link, version coverage, CSP role): each step PASS, FAIL or SKIPPED with " +
      "its reason and the next action (activate, naming who can; link; ask an Admin Agent; buy Premier or Advanced Support). " +
      "Any signed-in account, outside accounts included; CSP-only accounts get NOT_AUTHORIZED.",
  })
  async eligibility(
    @Arg("productVersionId", () => ID, { description: "The product version (a ProductVersion ID)." }) productVersionId: string,
    @Arg("customerId", () => ID, {
      nullable: true,
      description: "A CSP customer the request would be for; omit for your own organization.",
    })
    customerId: string | null | undefined,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to evaluate on; default today." })
    asOf: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<Eligibility> {
    const viewer = requireViewer(ctx);
    if (viewer.cspAssociated && !viewer.mpnAssociated) throw notAuthorized();
    const versionId = expectGlobalId(productVersionId, NodeType.ProductVersion, "productVersionId");
    const customerLocalId = customerId ? expectGlobalId(customerId, NodeType.CspCustomer, "customerId") : null;
    const date = asOf ?? ctx.today;
    const context = isUuid(versionId) ? await loadVersionContextCached(ctx, versionId) : null;
    if (!context) throw notFound("Product version");
    const planInput = await loadPlanInput(ctx.db, viewer, context, date, customerLocalId);

    const organizationId = viewer.organizationId;
    const [offers, activation, users] = organizationId
      ? await Promise.all([
          ctx.loaders.offersOfOrganization.load(organizationId),
          ctx.loaders.activationOfOrganization.load(organizationId),
          ctx.loaders.usersOfOrganization.load(organizationId),
        ])
      : [[], undefined, []];
    const roles = await ctx.loaders.rolesOfUser.loadMany(users.map((user) => user.id));
    const activators = usersWhoCanActivate(users.map((user, i) => ({ ...user, roles: Array.isArray(roles[i]) ? roles[i] : [] })));
    const entitlements = computeEntitlements(
      offers.filter((offer) => offer.revokedAt === null),
      date,
    );
    // Renewal or upgrade: a missing or exhausted contract is then fixed by activating again.
    const year = organizationId && activation ? await loadCurrentBenefitYear(ctx.db, organizationId) : null;
    const yearStatus = year ? assessBenefitYear(year, entitlements, date) : null;
    const answer = explainEligibility({
      hasOrganization: organizationId !== null,
      activeOfferCount: entitlements.activeOffers.length,
      entitlements,
      activated: activation !== undefined,
      activators,
      activationAgain: yearStatus?.isRenewalDue ? "RENEWAL" : yearStatus?.isUpgradeAvailable ? "UPGRADE" : null,
      planInput,
      listing: listSupportPlans(planInput),
    });
    const usersById = new Map(users.map((user) => [user.id, user]));
    return {
      asOf: date,
      isEligible: answer.eligible,
      steps: answer.steps.map((step) => ({
        ...step,
        actors: step.actors.flatMap((actor) => {
          const row = usersById.get(actor.id);
          return row ? [toUser(row)] : [];
        }),
      })),
    };
  }
}
