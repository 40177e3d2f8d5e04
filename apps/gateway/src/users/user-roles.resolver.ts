import { Role, RoleChange } from "@support-hub/domain";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { GatewayContext } from "../context";
import { AssignUserRoleInput, RemoveUserRoleInput } from "./user-roles.inputs";
import { changeUserRole } from "./user-roles.service";
import { AssignUserRolePayload, RemoveUserRolePayload } from "./user-roles.type";

const GUARD = "Requires GLOBAL_ADMIN or USER_MANAGEMENT_ADMIN (users of your own organization) or SUPPORT_OPERATOR (any organization).";

@Resolver()
export class UserRolesResolver {
  @Authorized([Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.SUPPORT_OPERATOR])
  @Mutation(() => AssignUserRolePayload, {
    description:
      `Grants a role to a user. ${GUARD} A user outside your organization is NOT_FOUND, like a missing one. ` +
      "Only the operator may grant SUPPORT_OPERATOR, and only a Global Admin or the operator may grant GLOBAL_ADMIN " +
      "(userError ROLE_NOT_ASSIGNABLE). Nobody grants a role to themselves (CANNOT_CHANGE_OWN_ROLES). Idempotent: granting a role the user already holds succeeds and changes nothing. " +
      "Takes effect on the user's next request.",
  })
  assignUserRole(
    @Arg("input", () => AssignUserRoleInput, { description: "Who receives which role." }) input: AssignUserRoleInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AssignUserRolePayload> {
    return changeUserRole(ctx, RoleChange.ASSIGN, input);
  }

  @Authorized([Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.SUPPORT_OPERATOR])
  @Mutation(() => RemoveUserRolePayload, {
    description:
      `Removes a role from a user. ${GUARD} A user outside your organization is NOT_FOUND, like a missing one. ` +
      "Only the operator may remove SUPPORT_OPERATOR, and only a Global Admin or the operator may remove GLOBAL_ADMIN " +
      "(ROLE_NOT_ASSIGNABLE); nobody removes their own roles (CANNOT_CHANGE_OWN_ROLES); " +
      "the organization's last Global Admin keeps the role (LAST_GLOBAL_ADMIN). " +
      "Idempotent: removing a role the user does not hold succeeds and changes nothing. " +
      "Takes effect on the user's next request (roles are read from the database on every request).",
  })
  removeUserRole(
    @Arg("input", () => RemoveUserRoleInput, { description: "Who loses which role." }) input: RemoveUserRoleInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RemoveUserRolePayload> {
    return changeUserRole(ctx, RoleChange.REMOVE, input);
  }
}
