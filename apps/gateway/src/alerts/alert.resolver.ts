import { canManageLinkedAccounts, type IsoDate } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { DateScalar } from "../common/scalars";
import { assertOrganizationAccess } from "../common/tenant";
import type { GatewayContext } from "../context";
import { toSupportContract } from "../contracts/contracts.mapper";
import { SupportContract } from "../contracts/contracts.type";
import { toMembershipOffer } from "../memberships/memberships.mapper";
import { MembershipOffer } from "../memberships/memberships.type";
import { Organization } from "../organizations/organization.type";
import { toUser } from "../users/user.mapper";
import { User } from "../users/user.type";
import { loadOrganizationAlerts } from "./alert.service";
import { OrganizationAlert } from "./alert.type";

@Resolver(() => Organization)
export class OrganizationAlertsResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => [OrganizationAlert], {
    description:
      "What the organization should act on, soonest first: contracts ending within 30 days or with 20% or fewer incidents left, " +
      "offers ending within 30 days, a benefit year ready to activate, outside accounts that linked in the last 30 days. " +
      "Program-associated members and the platform operator; CSP-only accounts get NOT_AUTHORIZED.",
  })
  async alerts(
    @Root() organization: Organization,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date; defaults to today." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrganizationAlert[]> {
    assertOrganizationAccess(ctx, organization.localId);
    const date = asOf ?? ctx.today;
    const alerts = await loadOrganizationAlerts(ctx, organization.localId, date);
    return alerts.map((alert) => ({
      kind: alert.kind,
      message: alert.message,
      actionHint: alert.actionHint,
      occursOn: alert.occursOn,
      daysFromAsOf: alert.daysFromAsOf,
      supportContractLocalId: alert.supportContractId,
      membershipOfferLocalId: alert.membershipOfferId,
      userLocalId: alert.userId,
      actorLocalIds: alert.actors.map((actor) => actor.id),
      organizationLocalId: organization.localId,
      asOf: date,
      actors: [],
      supportContract: null,
      membershipOffer: null,
      user: null,
    }));
  }
}

@Resolver(() => OrganizationAlert)
export class OrganizationAlertResolver {
  @FieldResolver(() => [User], { description: "The users who can do what `actionHint` says." })
  async actors(@Root() alert: OrganizationAlert, @Ctx() ctx: GatewayContext): Promise<User[]> {
    const users = await ctx.loaders.usersOfOrganization.load(alert.organizationLocalId);
    return users.filter((user) => alert.actorLocalIds.includes(user.id)).map(toUser);
  }

  @FieldResolver(() => SupportContract, { nullable: true, description: "The contract concerned, if any." })
  async supportContract(@Root() alert: OrganizationAlert, @Ctx() ctx: GatewayContext): Promise<SupportContract | null> {
    if (!alert.supportContractLocalId) return null;
    const row = await ctx.loaders.supportContract.load(alert.supportContractLocalId);
    return row ? toSupportContract(row) : null;
  }

  @FieldResolver(() => MembershipOffer, { nullable: true, description: "The membership offer concerned, if any." })
  async membershipOffer(@Root() alert: OrganizationAlert, @Ctx() ctx: GatewayContext): Promise<MembershipOffer | null> {
    if (!alert.membershipOfferLocalId) return null;
    const offers = await ctx.loaders.offersOfOrganization.load(alert.organizationLocalId);
    const row = offers.find((offer) => offer.id === alert.membershipOfferLocalId);
    return row ? toMembershipOffer(row) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "The outside account concerned (OUTSIDE_ACCOUNT_LINKED); only for those who manage linked accounts, else null.",
  })
  async user(@Root() alert: OrganizationAlert, @Ctx() ctx: GatewayContext): Promise<User | null> {
    if (!alert.userLocalId || !ctx.viewer || !canManageLinkedAccounts(ctx.viewer, alert.organizationLocalId)) return null;
    const row = await ctx.loaders.user.load(alert.userLocalId);
    return row && row.deletedAt === null ? toUser(row) : null;
  }
}
