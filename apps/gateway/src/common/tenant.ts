import { isOperator as hasOperatorRole } from "@support-hub/domain";
import type { GatewayContext, Viewer } from "../context";
import { notFound, unauthenticated } from "../errors";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";

/** The signed-in viewer; resolvers behind `@Authorized` can rely on it. */
export function requireViewer(ctx: GatewayContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** The platform operator (the domain's {@link hasOperatorRole} rule, for a possibly anonymous viewer). */
export function isOperator(viewer: Viewer | null): boolean {
  return viewer !== null && hasOperatorRole(viewer.roles);
}

/** Tenant isolation: a viewer reads its own organization only (the operator reads all). */
export function canReadOrganization(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer) return false;
  return isOperator(viewer) || viewer.organizationId === organizationId;
}

/** A foreign organization answers exactly like a missing one. */
export function assertOrganizationAccess(ctx: GatewayContext, organizationId: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!canReadOrganization(viewer, organizationId)) throw notFound("Organization");
  return viewer;
}

/**
 * The organization a mutation acts for: the viewer's own, or the one named by `organizationId`
 * (a global ID) when the viewer may act for it (the operator). Missing and foreign are NOT_FOUND.
 */
export function targetOrganization(ctx: GatewayContext, viewer: Viewer, organizationGlobalId: string | null | undefined): string {
  let organizationId = viewer.organizationId;
  if (organizationGlobalId) {
    organizationId = expectGlobalId(organizationGlobalId, NodeType.Organization, "organizationId");
    if (!isUuid(organizationId)) throw notFound("Organization");
    assertOrganizationAccess(ctx, organizationId);
  }
  if (!organizationId) throw notFound("Organization");
  return organizationId;
}
