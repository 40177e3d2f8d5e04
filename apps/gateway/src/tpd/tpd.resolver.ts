import { type IsoDate, tpdPeriod } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Requirement } from "../auth-checker";
import { DateScalar } from "../common/scalars";
import { assertOrganizationAccess } from "../common/tenant";
import type { GatewayContext } from "../context";
import { entitlementsOf } from "../memberships/memberships.service";
import { Organization } from "../organizations/organization.type";
import { AFTER_ARGUMENT, DEFAULT_PAGE_SIZE, decodeUuidCursor, FIRST_ARGUMENT, toPage } from "../relay/connection";
import { pageSize } from "../relay/cursor";
import { loadActor } from "../users/load-actor";
import { User } from "../users/user.type";
import { RequestTpdEngagementInput, RequestTpdEngagementPayload } from "./tpd.inputs";
import { toTpdBalance, toTpdEngagement } from "./tpd.mapper";
import { requestTpdEngagement } from "./tpd.service";
import { TpdEngagementConnection } from "./tpd-engagement-connection.type";
import { TpdBalance, TpdEngagement } from "./tpd.type";

@Resolver(() => Organization)
export class OrganizationTpdResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => TpdBalance, {
    description:
      "Presales and deployment hours of the period (calendar year) containing the as-of date. Program-associated members and the platform operator.",
  })
  async tpdBalance(
    @Root() organization: Organization,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "As-of date; defaults to today (the UTC date)." })
    asOf: IsoDate | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<TpdBalance> {
    assertOrganizationAccess(ctx, organization.localId);
    const date = asOf ?? ctx.today;
    const period = tpdPeriod(date);
    const [balances, entitlements] = await Promise.all([
      ctx.loaders.tpdBalancesOfOrganization.load(organization.localId),
      entitlementsOf(ctx, organization.localId, date),
    ]);
    const row = balances.find((balance) => balance.periodStart === period.startsOn);
    return toTpdBalance(organization.localId, period, row, entitlements.tpdHours);
  }

  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @FieldResolver(() => TpdEngagementConnection, {
    description: "Every TPD engagement of the organization, newest first. Program-associated members and the platform operator.",
  })
  async tpdEngagements(
    @Root() organization: Organization,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: FIRST_ARGUMENT }) first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_ARGUMENT }) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<TpdEngagementConnection> {
    assertOrganizationAccess(ctx, organization.localId);
    const size = pageSize(first, ctx.limits.maxPageSize);
    const position = decodeUuidCursor(after);
    const parentId = organization.localId;
    const rows = await ctx.loaders.tpdEngagementsPageOfOrganization.load({ parentId, first: size, after: position });
    const cursorOf = (row: (typeof rows)[number]) => ({ value: row.createdAt.toISOString(), id: row.id });
    return {
      ...toPage(rows, { first: size, after: position, cursorOf, toNode: toTpdEngagement }),
      totalCount: 0,
      countTotal: () => ctx.loaders.tpdEngagementCountOfOrganization.load(parentId),
    };
  }
}

@Resolver(() => TpdEngagementConnection)
export class TpdEngagementConnectionResolver {
  @FieldResolver(() => Int, { description: "How many TPD engagements there are, over all pages." })
  totalCount(@Root() connection: TpdEngagementConnection) {
    return connection.countTotal();
  }
}

@Resolver(() => TpdBalance)
export class TpdBalanceResolver {
  @FieldResolver(() => [TpdEngagement], { description: "The engagements paid from this period's balance, newest first." })
  async engagements(@Root() balance: TpdBalance, @Ctx() ctx: GatewayContext): Promise<TpdEngagement[]> {
    const rows = await ctx.loaders.tpdEngagementsOfOrganization.load(balance.organizationLocalId);
    return rows.filter((row) => row.periodStart === balance.periodStartsOn).map(toTpdEngagement);
  }
}

@Resolver(() => TpdEngagement)
export class TpdEngagementResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who requested it; null if the account was deleted." })
  createdBy(@Root() engagement: TpdEngagement, @Ctx() ctx: GatewayContext): Promise<User | null> {
    return loadActor(ctx, engagement.createdByLocalId);
  }
}

@Resolver()
export class RequestTpdResolver {
  @Authorized([Requirement.PROGRAM_ASSOCIATED])
  @Mutation(() => RequestTpdEngagementPayload, {
    description:
      "Requests a presales or deployment engagement, taking its hours from the organization's balance of the year (atomically: never oversold). " +
      "With an idempotency key, the same request again returns the first engagement and takes nothing more; another request with that key is refused (IDEMPOTENCY_KEY_REUSED). " +
      "Any program-associated member of the organization; CSP-only accounts (and the operator, who is no member) get NOT_AUTHORIZED.",
  })
  async requestTpdEngagement(
    @Arg("input", () => RequestTpdEngagementInput, { description: "The request." }) input: RequestTpdEngagementInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RequestTpdEngagementPayload> {
    return requestTpdEngagement(ctx, input);
  }
}
