import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { Role } from "../vocabulary";
import { canManageUsers, isOperator } from "./role-predicates";

/** Granting or removing a role. */
export const RoleChange = {
  ASSIGN: "ASSIGN",
  REMOVE: "REMOVE",
} as const;
/** A value of {@link RoleChange}. */
export type RoleChange = (typeof RoleChange)[keyof typeof RoleChange];

/** Why a role change is refused. */
export const RoleChangeRefusal = {
  ROLE_NOT_ASSIGNABLE: UserErrorCode.ROLE_NOT_ASSIGNABLE,
  LAST_GLOBAL_ADMIN: UserErrorCode.LAST_GLOBAL_ADMIN,
  CANNOT_CHANGE_OWN_ROLES: UserErrorCode.CANNOT_CHANGE_OWN_ROLES,
} as const;
/** A value of {@link RoleChangeRefusal}. */
export type RoleChangeRefusal = (typeof RoleChangeRefusal)[keyof typeof RoleChangeRefusal];

/** Input of {@link decideRoleChange}. The caller has already checked that the target is visible to the actor. */
export interface DecideRoleChangeInput {
  change: RoleChange;
  role: Role;
  actorRoles: readonly Role[];
  /** The actor asks to change its own roles. */
  actorIsTarget: boolean;
  target: {
    /** False for a personal account outside any organization: it holds no roles. */
    hasOrganization: boolean;
    roles: readonly Role[];
  };
  /** Live users of the target's organization who hold GLOBAL_ADMIN, the target included. */
  globalAdminCount: number;
}

/** What a role change should do. */
export type RoleChangeDecision =
  | { outcome: "CHANGE" }
  /** Assigning a role already held, or removing one not held: success, nothing to write. */
  | { outcome: "UNCHANGED" }
  | { outcome: "REFUSED"; reason: RoleChangeRefusal; message: string };

/**
 * Decide a role grant or removal. Checks, in order:
 * 0. nobody changes their own roles, whatever they hold (a User Management Admin could otherwise
 *    make itself MPN_PARTNER_ADMIN, an admin drop its own role by mistake) -> CANNOT_CHANGE_OWN_ROLES;
 * 1. who may touch the role: SUPPORT_OPERATOR only by the operator; GLOBAL_ADMIN only by a Global
 *    Admin or the operator (a USER_MANAGEMENT_ADMIN cannot escalate); any other role by a Global
 *    Admin, a User Management Admin or the operator; an account outside any organization holds
 *    no roles -> ROLE_NOT_ASSIGNABLE;
 * 2. idempotency: assigning a held role / removing a role not held -> UNCHANGED (success);
 * 3. the organization keeps at least one Global Admin -> LAST_GLOBAL_ADMIN.
 */
export function decideRoleChange(input: DecideRoleChangeInput): RoleChangeDecision {
  const { change, role, actorRoles, actorIsTarget, target, globalAdminCount } = input;
  const operator = isOperator(actorRoles);
  if (actorIsTarget) return refused(RoleChangeRefusal.CANNOT_CHANGE_OWN_ROLES);
  if (!target.hasOrganization) {
    return refused(RoleChangeRefusal.ROLE_NOT_ASSIGNABLE, "A personal account outside any organization cannot hold roles");
  }
  if (role === Role.SUPPORT_OPERATOR && !operator) {
    return refused(RoleChangeRefusal.ROLE_NOT_ASSIGNABLE, "Only the platform operator can grant or remove SUPPORT_OPERATOR");
  }
  if (role === Role.GLOBAL_ADMIN && !operator && !actorRoles.includes(Role.GLOBAL_ADMIN)) {
    return refused(RoleChangeRefusal.ROLE_NOT_ASSIGNABLE, "Only a Global Admin can grant or remove GLOBAL_ADMIN");
  }
  if (!operator && !canManageUsers(actorRoles)) {
    return refused(RoleChangeRefusal.ROLE_NOT_ASSIGNABLE);
  }
  const held = target.roles.includes(role);
  if (change === RoleChange.ASSIGN ? held : !held) return { outcome: "UNCHANGED" };
  if (change === RoleChange.REMOVE && role === Role.GLOBAL_ADMIN && globalAdminCount <= 1) {
    return refused(RoleChangeRefusal.LAST_GLOBAL_ADMIN);
  }
  return { outcome: "CHANGE" };
}

function refused(reason: RoleChangeRefusal, message = USER_ERROR_MESSAGES[reason]): RoleChangeDecision {
  return { outcome: "REFUSED", reason, message };
}
