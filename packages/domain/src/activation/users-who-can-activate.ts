import { canActivateBenefits } from "../roles/role-predicates";
import type { Role } from "../vocabulary";

/** A user of the organization as the activation rules need it. */
export interface OrganizationUser {
  id: string;
  displayName: string;
  email: string;
  mpnAssociated: boolean;
  roles: readonly Role[];
}

/** A user named as someone who can activate. */
export interface UserReference {
  id: string;
  displayName: string;
  email: string;
}

/** The organization's users who may activate, sorted by name then id so the answer is stable. */
export function usersWhoCanActivate(users: readonly OrganizationUser[]): UserReference[] {
  return users
    .filter(canActivateBenefits)
    .map(({ id, displayName, email }) => ({ id, displayName, email }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
