import { Role } from "../vocabulary";

/** The roles that may activate the technical benefits (together with program association). */
export const ACTIVATOR_ROLES: readonly Role[] = [Role.GLOBAL_ADMIN, Role.MPN_PARTNER_ADMIN];

/** True when the user is program-associated and holds GLOBAL_ADMIN or MPN_PARTNER_ADMIN. */
export function canActivateBenefits(user: { mpnAssociated: boolean; roles: readonly Role[] }): boolean {
  return user.mpnAssociated && user.roles.some((role) => ACTIVATOR_ROLES.includes(role));
}

/** True when the roles allow managing the organization's users (GLOBAL_ADMIN or USER_MANAGEMENT_ADMIN). */
export function canManageUsers(roles: readonly Role[]): boolean {
  return roles.includes(Role.GLOBAL_ADMIN) || roles.includes(Role.USER_MANAGEMENT_ADMIN);
}

/** True for the program owner's staff, who maintain the catalog and grant offers. */
export function isOperator(roles: readonly Role[]): boolean {
  return roles.includes(Role.SUPPORT_OPERATOR);
}

/** True when the roles include ADMIN_AGENT, the only role that opens cloud incidents for CSP customers. */
export function isAdminAgent(roles: readonly Role[]): boolean {
  return roles.includes(Role.ADMIN_AGENT);
}

/** True when the user is a GLOBAL_ADMIN of that organization (an operator is not, by this rule). */
export function isOrganizationAdmin(
  user: { organizationId: string | null; roles: readonly Role[] },
  organizationId: string | null,
): boolean {
  return organizationId !== null && user.organizationId === organizationId && user.roles.includes(Role.GLOBAL_ADMIN);
}
