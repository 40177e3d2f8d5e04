import { Role } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context";
import { assertOrganizationAccess, canReadOrganization, requireViewer } from "../common/tenant";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { toUser } from "../users/user.mapper";
import { User } from "../users/user.type";
import { isUuid } from "../users/user.queries";
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
  async organization(@Arg("id", () => ID, { description: "Organization ID." }) id: string, @Ctx() ctx: GatewayContext) {
    const localId = expectGlobalId(id, NodeType.Organization);
    if (!isUuid(localId) || !canReadOrganization(requireViewer(ctx), localId)) return null;
    const row = await ctx.loaders.organization.load(localId);
    return row ? toOrganization(row) : null;
  }

  @Authorized(Role.SUPPORT_OPERATOR)
  @Query(() => [Organization], { description: "Every partner organization, by name. Requires SUPPORT_OPERATOR." })
  async organizations(@Ctx() ctx: GatewayContext) {
    const rows = await ctx.db.selectFrom("organizations").selectAll().orderBy("name").execute();
    return rows.map(toOrganization);
  }

  @FieldResolver(() => [User], { description: "The organization's users, by display name. Any member may read them." })
  async users(@Root() organization: Organization, @Ctx() ctx: GatewayContext) {
    assertOrganizationAccess(ctx, organization.localId);
    const rows = await ctx.db
      .selectFrom("users")
      .selectAll()
      .where("organizationId", "=", organization.localId)
      .where("deletedAt", "is", null)
      .orderBy("displayName")
      .execute();
    return rows.map(toUser);
  }
}
