import { UserErrorCode } from "../errors/user-error-code";
import { isOperator } from "../roles/role-predicates";
import { Role } from "../vocabulary";

/** The roles that see and manage who linked their organization's contracts (with program association). */
export const LINKED_ACCOUNT_MANAGER_ROLES: readonly Role[] = [Role.GLOBAL_ADMIN, Role.MPN_PARTNER_ADMIN];

/**
 * Who may list the accounts linked to an organization's contracts, unlink them and rotate the
 * Access ID: a program-associated GLOBAL_ADMIN or MPN_PARTNER_ADMIN of that organization (the
 * same people who activate), or the platform operator (the seed's "ask your Technical Account
 * Manager for a new Access ID").
 */
export function canManageLinkedAccounts(
  user: { organizationId: string | null; mpnAssociated: boolean; roles: readonly Role[] },
  organizationId: string,
): boolean {
  if (isOperator(user.roles)) return true;
  return (
    user.organizationId === organizationId && user.mpnAssociated && user.roles.some((role) => LINKED_ACCOUNT_MANAGER_ROLES.includes(role))
  );
}

/** Whether a linked account stands outside the organization that owns the contract. */
export function isOutsideAccount(account: { organizationId: string | null }, organizationId: string): boolean {
  return account.organizationId !== organizationId;
}

/** Why an admin's change to linked accounts was refused. */
export const LinkedAccountRefusal = {
  ACCOUNT_NOT_LINKED: UserErrorCode.ACCOUNT_NOT_LINKED,
  NOT_ACTIVATED: UserErrorCode.NOT_ACTIVATED,
} as const;
/** A value of {@link LinkedAccountRefusal}. */
export type LinkedAccountRefusal = (typeof LinkedAccountRefusal)[keyof typeof LinkedAccountRefusal];
