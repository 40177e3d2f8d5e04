import { canManageLinkedAccounts, describeViewerPermissions, Role } from "@support-hub/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { canReadAuditLog } from "../audit/audit.queries";
import type { GatewayContext } from "../context";
import { canReadOrganization, requireViewer } from "../common/tenant";
import { toOrganization } from "../organizations/organization.mapper";
import { organizationLoaderFor } from "../prefetch/organization-prefetch";
import { Organization } from "../organizations/organization.type";
import { toUser } from "./user.mapper";
import { User } from "./user.type";
import { ViewerPermissions } from "./viewer-permissions.type";

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { description: "The signed-in account: who you are, your roles and organization." })
  viewer(@Ctx() ctx: GatewayContext) {
    return toUser(requireViewer(ctx));
  }

  @FieldResolver(() => [Role], { description: "Roles held in the organization, read from the database on every request." })
  roles(@Root() user: User, @Ctx() ctx: GatewayContext) {
    return ctx.loaders.rolesOfUser.load(user.localId);
  }

  @FieldResolver(() => ViewerPermissions, {
    nullable: true,
    description: "What you may do (the rules the API enforces). Only on your own account (`viewer`); null for other users.",
  })
  permissions(@Root() user: User, @Ctx() ctx: GatewayContext): ViewerPermissions | null {
    if (!ctx.viewer || ctx.viewer.id !== user.localId) return null;
    const viewer = ctx.viewer;
    const { actsForOrganization, readsAllOrganizations, ...can } = describeViewerPermissions(viewer);
    return {
      ...can,
      canActForOrganization: actsForOrganization,
      canReadAllOrganizations: readsAllOrganizations,
      // The very checks the linked-accounts and audit-log resolvers make, asked about the viewer's own organization.
      canManageLinkedAccounts:
        actsForOrganization && viewer.organizationId !== null && canManageLinkedAccounts(viewer, viewer.organizationId),
      canReadAuditLog: canReadAuditLog(viewer, viewer.organizationId),
    };
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The user's organization; null for a personal account outside any organization.",
  })
  async organization(@Root() user: User, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo) {
    if (!user.organizationLocalId || !canReadOrganization(ctx.viewer, user.organizationLocalId)) return null;
    const row = await organizationLoaderFor(ctx, info).load(user.organizationLocalId);
    return row ? toOrganization(row) : null;
  }
}
