import { Role } from "@support-hub/domain";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { assertOrganizationAccess, canReadOrganization } from "../common/tenant";
import { toOrganization } from "../organizations/organization.mapper";
import { Organization } from "../organizations/organization.type";
import { pageSize } from "../relay/cursor";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { toUser } from "../users/user.mapper";
import { isUuid } from "../users/user.queries";
import { User } from "../users/user.type";
import { AuditLogFilter } from "./audit.inputs";
import { canReadAuditLog, loadAuditPage } from "./audit.queries";
import { AuditEntry, AuditEntryConnection } from "./audit.type";

const FIRST = "How many entries (newest first); at most the maximum page size (100 by default).";
const AFTER = "Continue after this cursor (`pageInfo.endCursor` of the previous page).";
const FILTER = "Only the entries matching every given criterion.";

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Authorized(Role.SUPPORT_OPERATOR)
  @Query(() => AuditEntryConnection, {
    description: "The audit log of every organization, newest first. Requires SUPPORT_OPERATOR.",
  })
  auditLog(
    @Arg("first", () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after: string | null,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: FILTER }) filter: AuditLogFilter | null,
    @Arg("organizationId", () => ID, { nullable: true, description: "Only this organization's entries." })
    organizationId: string | null,
    @Ctx() ctx: GatewayContext,
  ) {
    let organization: string | undefined;
    if (organizationId) {
      organization = expectGlobalId(organizationId, NodeType.Organization, "organizationId");
      if (!isUuid(organization)) throw notFound("Organization");
    }
    const size = pageSize(first, ctx.limits.maxPageSize);
    return loadAuditPage(ctx, { organizationId: organization, filter, first: size, after });
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      "Who did it; null for an anonymous caller and for an account you may not see (outside your organization, e.g. the platform operator's staff).",
  })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: GatewayContext) {
    if (!entry.actorLocalId) return null;
    const row = await ctx.loaders.user.load(entry.actorLocalId);
    if (!row) return null;
    const visible = row.id === ctx.viewer?.id || (row.organizationId !== null && canReadOrganization(ctx.viewer, row.organizationId));
    return visible ? toUser(row) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organization concerned; null when none (e.g. an account outside any organization).",
  })
  async organization(@Root() entry: AuditEntry, @Ctx() ctx: GatewayContext) {
    if (!entry.organizationLocalId || !canReadOrganization(ctx.viewer, entry.organizationLocalId)) return null;
    const row = await ctx.loaders.organization.load(entry.organizationLocalId);
    return row ? toOrganization(row) : null;
  }
}

@Resolver(() => AuditEntryConnection)
export class AuditEntryConnectionResolver {
  @FieldResolver(() => Int, { description: "How many entries match the filter, over all pages." })
  totalCount(@Root() connection: AuditEntryConnection) {
    return connection.countAll();
  }
}

@Resolver(() => Organization)
export class OrganizationAuditLogResolver {
  @Authorized([Role.GLOBAL_ADMIN, Role.SUPPORT_OPERATOR])
  @FieldResolver(() => AuditEntryConnection, {
    description:
      "The organization's audit log (every mutation: succeeded, refused or denied), newest first. " +
      "Requires GLOBAL_ADMIN of this organization, or SUPPORT_OPERATOR.",
  })
  auditLog(
    @Root() organization: Organization,
    @Arg("first", () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after: string | null,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: FILTER }) filter: AuditLogFilter | null,
    @Ctx() ctx: GatewayContext,
  ) {
    const viewer = assertOrganizationAccess(ctx, organization.localId);
    if (!canReadAuditLog(viewer, organization.localId)) throw notFound("Organization");
    const size = pageSize(first, ctx.limits.maxPageSize);
    return loadAuditPage(ctx, { organizationId: organization.localId, filter, first: size, after });
  }
}
