import { Role } from "@support-hub/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context";
import {
  childColumns,
  organizationLoaderFor,
  plannedOrganizationChildren,
  primeOrganizations,
  selectsOwnField,
} from "../prefetch/organization-prefetch";
import { AFTER_ARGUMENT, DEFAULT_PAGE_SIZE, decodeUuidCursor, FIRST_ARGUMENT, toPage } from "../relay/connection";
import { pageSize } from "../relay/cursor";
import { sharedRows } from "../performance/shared-statements";
import { assertOrganizationAccess, canReadOrganization, requireViewer } from "../common/tenant";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { UserConnection } from "../users/user-connection.type";
import { toUser } from "../users/user.mapper";
import { isUuid } from "../users/user.queries";
import { OrganizationConnection } from "./organization-connection.type";
import { selectOrganizationPage } from "./organization-pages.queries";
import { toOrganization } from "./organization.mapper";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Organization, {
    nullable: true,
    description:
      "An organization by ID: your own organization, or any for the platform operator (SUPPORT_OPERATOR). Null when it does not exist or is not yours to see (never an error, so the two cannot be told apart).",
  })
  async organization(
    @Arg("id", () => ID, { description: "Organization ID." }) id: string,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const localId = expectGlobalId(id, NodeType.Organization);
    if (!isUuid(localId) || !canReadOrganization(requireViewer(ctx), localId)) return null;
    const row = await organizationLoaderFor(ctx, info).load(localId);
    return row ? toOrganization(row) : null;
  }

  @Authorized(Role.SUPPORT_OPERATOR)
  @Query(() => OrganizationConnection, { description: "Every partner organization, by name. Requires SUPPORT_OPERATOR." })
  async organizations(
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: FIRST_ARGUMENT }) first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_ARGUMENT }) after: string | null,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganizationConnection> {
    const size = pageSize(first, ctx.limits.maxPageSize);
    const position = decodeUuidCursor(after);
    // The selected children of every organization of the page come in the same statement.
    const planned = plannedOrganizationChildren(info, [["nodes"], ["edges", "node"]]);
    const countAll = ctx.db.selectFrom("organizations").select((eb) => eb.fn.countAll<number>().as("count"));
    // `totalCount` rides along as a scalar subquery (a page without rows counts on its own).
    const columns = [...childColumns(ctx, planned), ...(selectsOwnField(info, "totalCount") ? [countAll.as("prefetchTotal")] : [])];
    // Operators paging at once through the same page share one execution.
    const selected = (await sharedRows(ctx, selectOrganizationPage(ctx.db, size, position, columns))) as readonly Record<string, unknown>[];
    const total = selected[0]?.prefetchTotal;
    const rows = primeOrganizations(ctx, planned, selected, ["prefetchTotal"]);
    return {
      ...toPage(rows, { first: size, after: position, cursorOf: (row) => ({ value: row.name, id: row.id }), toNode: toOrganization }),
      totalCount: 0,
      countTotal: async () => (total !== undefined ? Number(total) : Number((await countAll.executeTakeFirstOrThrow()).count)),
    };
  }

  @FieldResolver(() => UserConnection, { description: "The organization's users, by display name. Any member may read them." })
  async users(
    @Root() organization: Organization,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: FIRST_ARGUMENT }) first: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_ARGUMENT }) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<UserConnection> {
    assertOrganizationAccess(ctx, organization.localId);
    const size = pageSize(first, ctx.limits.maxPageSize);
    const position = decodeUuidCursor(after);
    const parentId = organization.localId;
    const rows = await ctx.loaders.usersPageOfOrganization.load({ parentId, first: size, after: position });
    for (const row of rows) ctx.loaders.user.prime(row.id, row);
    return {
      ...toPage(rows, { first: size, after: position, cursorOf: (row) => ({ value: row.displayName, id: row.id }), toNode: toUser }),
      totalCount: 0,
      countTotal: () => ctx.loaders.userCountOfOrganization.load(parentId),
    };
  }
}

@Resolver(() => OrganizationConnection)
export class OrganizationConnectionResolver {
  @FieldResolver(() => Int, { description: "How many organizations there are, over all pages." })
  totalCount(@Root() connection: OrganizationConnection) {
    return connection.countTotal();
  }
}

@Resolver(() => UserConnection)
export class UserConnectionResolver {
  @FieldResolver(() => Int, { description: "How many users there are, over all pages." })
  totalCount(@Root() connection: UserConnection) {
    return connection.countTotal();
  }
}
