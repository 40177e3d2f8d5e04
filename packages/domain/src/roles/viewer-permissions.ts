import { Role } from "../vocabulary";
import { decideRoleChange, RoleChange } from "./decide-role-change";
import { canManageUsers, isOperator } from "./role-predicates";

/** What the signed-in user may do, so that a client shows only what the API would allow. */
export interface ViewerPermissions {
  /** Acts for an organization of the program (not the platform operator): its offers, benefits, TPD. */
  actsForOrganization: boolean;
  /** Reads and manages every organization (the platform operator), instead of one's own. */
  readsAllOrganizations: boolean;
  /** May link a support contract to the account (everyone but the platform operator). */
  canLinkContracts: boolean;
  /** May maintain the product catalog and grant membership offers (the platform operator). */
  canManageCatalog: boolean;
  /** May assign and remove roles (a Global Admin, a User Management Admin, the operator). */
  canManageRoles: boolean;
  /** The roles this user may grant to another user, in the vocabulary's order. */
  assignableRoles: Role[];
}

/**
 * The viewer's permissions, from the same rules the API enforces: `assignableRoles` asks
 * {@link decideRoleChange} about each role for another user of an organization, so the two cannot differ.
 */
export function describeViewerPermissions(viewer: { roles: readonly Role[]; organizationId: string | null }): ViewerPermissions {
  const operator = isOperator(viewer.roles);
  const canManageRoles = operator || canManageUsers(viewer.roles);
  const assignableRoles = canManageRoles
    ? Object.values(Role).filter(
        (role) =>
          decideRoleChange({
            change: RoleChange.ASSIGN,
            role,
            actorRoles: viewer.roles,
            actorIsTarget: false,
            target: { hasOrganization: true, roles: [] },
            globalAdminCount: 2,
          }).outcome !== "REFUSED",
      )
    : [];
  return {
    actsForOrganization: viewer.organizationId !== null && !operator,
    readsAllOrganizations: operator,
    canLinkContracts: !operator,
    canManageCatalog: operator,
    canManageRoles,
    assignableRoles,
  };
}
